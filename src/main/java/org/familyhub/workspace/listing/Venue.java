package org.familyhub.workspace.listing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.familyhub.directory.Postcode;
import org.jspecify.annotations.Nullable;

/**
 * A place where the listing meets, as the editor sets it: a venue already in the directory ({@code locationId} of
 * one chosen, kept as the directory has it) or a new one typed in, with its sessions, and, as the venue screen
 * gives any venue, its accessibility features and how to get there.
 *
 * @param linkId        the stored {@code service_at_locations} entry this is, or {@code null} for one added
 * @param locationId    the venue's id: a stored or chosen one, or {@code null} for a new venue
 * @param accessibility the codes of its accessibility features ({@code wheelchair-access}, {@code hearing-loop})
 * @param transport     how to get there: buses, trains, parking and the way in
 */
public record Venue(@Nullable String linkId, @Nullable String locationId, @Nullable String name,
        @Nullable String address, @Nullable String town, @Nullable String postcode, List<Session> sessions,
        Set<String> accessibility, @Nullable String transport) {

    /** The venue has no name. */
    public static final String NAME_MISSING = "editor.venue.nameMissing";
    /** The venue has no street address. */
    public static final String ADDRESS_MISSING = "editor.venue.addressMissing";
    /** The venue's postcode is not a full UK postcode. */
    public static final String POSTCODE_WRONG = "editor.venue.postcodeWrong";

    public Venue {
        sessions = List.copyOf(sessions);
        accessibility = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(accessibility));
    }

    /** A venue with no accessibility features or directions given. */
    public Venue(@Nullable String linkId, @Nullable String locationId, @Nullable String name,
            @Nullable String address, @Nullable String town, @Nullable String postcode, List<Session> sessions) {
        this(linkId, locationId, name, address, town, postcode, sessions, Set.of(), null);
    }

    public Venue withSessions(List<Session> changed) {
        return new Venue(linkId, locationId, name, address, town, postcode, changed, accessibility, transport);
    }

    /**
     * What is wrong with the venue's own details, as message keys ({@code editor.venue.*}) to say in the reader's
     * language; empty when it can be saved. Its sessions check themselves.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (locationId == null) {
            if (blank(name)) {
                problems.add(NAME_MISSING);
            }
            if (blank(address)) {
                problems.add(ADDRESS_MISSING);
            }
            if (postcode == null || Postcode.parseFull(postcode).isEmpty()) {
                problems.add(POSTCODE_WRONG);
            }
        }
        return problems;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
