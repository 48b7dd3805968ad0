package org.familyhub.booking;

/**
 * A booking, cancellation or offer that cannot be done as asked: a past or closed course, nonsense ages, a
 * link that is not valid. Nothing was changed. {@link #key()} names the message in the {@code booking}
 * bundle (with {@link #getMessage()} in plain English for logs and tests); {@link #field()} the form field
 * to fix, when there is one.
 */
public class InvalidBookingException extends RuntimeException {

    private final String key;
    private final String field;

    public InvalidBookingException(String field, String key, String message) {
        super(message);
        this.field = field;
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The form field at fault, or "" when it is the course or the link. */
    public String field() {
        return field;
    }
}
