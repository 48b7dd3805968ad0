package org.familyhub.childcare;

/** Bad input about childcare: which field, the message key for the screen, and the plain-English message. */
public class InvalidChildcareException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidChildcareException(String field, String messageKey, String message) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
