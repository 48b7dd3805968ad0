package org.familyhub.directory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK postcode, or just its outward part ("CW1"): what a parent types in a "near me" box.
 *
 * @param district the outward code, e.g. {@code CW1}
 * @param inward   the inward code, e.g. {@code 3AB}, or empty for a district alone
 */
public record Postcode(String district, String inward) {

    private static final Pattern SHAPE = Pattern.compile("^([A-Z]{1,2}[0-9][0-9A-Z]?)\\s*([0-9][A-Z]{2})?$");

    public static Optional<Postcode> parse(String text) {
        Matcher matcher = SHAPE.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Postcode(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2)));
    }

    /**
     * A whole postcode, district and inward code ("CW1 3AB"), or empty: what a venue's address needs, where
     * {@link #parse} also takes a district alone for a "near me" search.
     */
    public static Optional<Postcode> parseFull(String text) {
        return parse(text).filter(Postcode::full);
    }

    /** Whether the inward code is known, so the postcode names a street rather than a district. */
    public boolean full() {
        return !inward.isEmpty();
    }

    /** The sector, e.g. {@code CW1 3}, when the inward code is known. */
    public Optional<String> sector() {
        return inward.isEmpty() ? Optional.empty() : Optional.of(district + " " + inward.charAt(0));
    }

    @Override
    public String toString() {
        return inward.isEmpty() ? district : district + " " + inward;
    }
}
