package org.familyhub.workspace.calendar;

import org.familyhub.shared.SavedWords;

/**
 * A calendar feed that could not be used; its reason is a message key ({@code calendarFeed.error.*}) and values,
 * said to the editor in their language. The exception's message is the key, for logs.
 */
public class NotACalendarException extends RuntimeException {

    private final transient SavedWords reason;

    public NotACalendarException(String key, Object... values) {
        super(key);
        this.reason = SavedWords.of(key, values);
    }

    public SavedWords reason() {
        return reason;
    }
}
