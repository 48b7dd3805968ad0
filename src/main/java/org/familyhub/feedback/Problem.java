package org.familyhub.feedback;

import java.util.List;

/**
 * Why a submission was turned down, for one field ({@code field} is a question key, {@code contact.email},
 * {@code description} …, or empty for the whole form). {@code messageKey} is a key of the feedback
 * interface text, with its arguments.
 */
public record Problem(String field, String messageKey, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }
}
