package org.familyhub.feedback;

/** What is wrong with a listing, as the person reporting it chose. */
public enum ProblemKind {
    WRONG_PHONE,
    CLOSED,
    WRONG_TIMES,
    OTHER
}
