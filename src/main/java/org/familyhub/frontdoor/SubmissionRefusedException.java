package org.familyhub.frontdoor;

/**
 * A public form was not accepted because of abuse protection: too many submissions from one place
 * (the rate limit) or a robot filled in the hidden field. Nothing was stored.
 */
public class SubmissionRefusedException extends RuntimeException {

    public enum Reason { TOO_MANY, ROBOT }

    private final Reason reason;

    public SubmissionRefusedException(Reason reason) {
        super("Submission refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
