package org.familyhub.workspace;

/** The signed-in person's role does not allow this, or the listing is another organisation's. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
