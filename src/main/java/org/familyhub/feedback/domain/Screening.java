package org.familyhub.feedback.domain;

/** Where a free-text answer is in moderation. Only APPROVED and REDACTED text is ever shown. */
public enum Screening {
    PENDING,
    APPROVED,
    REDACTED,
    HIDDEN;

    public boolean shown() {
        return this == APPROVED || this == REDACTED;
    }
}
