package org.familyhub.workspace.listing;

import java.util.ArrayList;
import java.util.List;

import org.familyhub.directory.Postcode;
import org.jspecify.annotations.Nullable;

/**
 * A place where the listing meets, as the editor sets it: a venue already in the directory ({@code locationId} of
 * one chosen, kept as the directory has it) or a new one typed in, with its sessions.
 *
 * @param linkId     the stored {@code service_at_locations} entry this is, or {@code null} for one added
 * @param locationId the venue's id: a stored or chosen one, or {@code null} for a new venue
 */
public record Venue(@Nullable String linkId, @Nullable String locationId, @Nullable String name,
        @Nullable String address, @Nullable String town, @Nullable String postcode, List<Session> sessions) {

    public Venue {
        sessions = List.copyOf(sessions);
    }

    public Venue withSessions(List<Session> changed) {
        return new Venue(linkId, locationId, name, address, town, postcode, changed);
    }

    /** What is wrong, in plain words; empty when it can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (locationId == null) {
            if (blank(name)) {
                problems.add("Give the venue's name.");
            }
            if (blank(address)) {
                problems.add("Give the venue's address.");
            }
            if (postcode == null || Postcode.parseFull(postcode).isEmpty()) {
                problems.add("Give the venue's full postcode, like CW1 3AB.");
            }
        }
        sessions.forEach(s -> problems.addAll(s.problems()));
        return problems;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
