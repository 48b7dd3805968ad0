package org.familyhub.shared;

import java.util.Optional;
import java.util.UUID;

/**
 * An id from a link (a route parameter, a path variable): empty for anything that is not one, so a bad or
 * truncated link shows "not found" rather than an error. Only the canonical 36-character form counts:
 * {@link UUID#fromString} would also take "1-1-1-1-1".
 */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> parse(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
