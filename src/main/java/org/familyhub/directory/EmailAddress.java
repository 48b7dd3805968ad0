package org.familyhub.directory;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An e-mail address a listing gives families: the one rule the listing form, content files and feed imports share,
 * so an address the form refuses is never let in another way (and the other way round).
 *
 * @param value the address as given, without surrounding spaces
 */
public record EmailAddress(String value) {

    /**
     * Something before the @, and a domain of dotted labels ending in two or more letters: loose enough for any real
     * mailbox, strict enough to refuse "bookings", "a@b" and a name with a space in it.
     */
    private static final Pattern SHAPE = Pattern.compile(
            "^[^@\\s<>(),;:\"]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$");

    public EmailAddress {
        if (!SHAPE.matcher(value).matches() || value.length() > 254) {
            throw new IllegalArgumentException("not an e-mail address");
        }
    }

    /** The address, or empty when the text is not one (blank included). */
    public static Optional<EmailAddress> parse(@Nullable String text) {
        String stripped = text == null ? "" : text.strip();
        return SHAPE.matcher(stripped).matches() && stripped.length() <= 254
                ? Optional.of(new EmailAddress(stripped))
                : Optional.empty();
    }

    /** Blank (nothing given) or an e-mail address: what an optional e-mail field accepts. */
    public static boolean allowedOrBlank(@Nullable String text) {
        return text == null || text.isBlank() || parse(text).isPresent();
    }

    @Override
    public String toString() {
        return value;
    }
}
