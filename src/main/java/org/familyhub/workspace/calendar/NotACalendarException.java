package org.familyhub.workspace.calendar;

/** A calendar feed that could not be used; its message says why in words an editor can act on. */
public class NotACalendarException extends RuntimeException {

    public NotACalendarException(String reason) {
        super(reason);
    }
}
