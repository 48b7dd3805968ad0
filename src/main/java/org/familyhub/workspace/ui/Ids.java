package org.familyhub.workspace.ui;

import java.util.Optional;
import java.util.UUID;

/** An id from a route parameter; empty for anything that is not one, so a bad link shows "not found". */
final class Ids {

    private Ids() {
    }

    static Optional<UUID> parse(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
