package org.familyhub.frontdoor;

/** How a request ended: what the report card counts after the personal data is gone. */
public enum Outcome {
    HELPED,
    REFERRED_ELSEWHERE,
    NO_LONGER_NEEDED,
    COULD_NOT_CONTACT,
    NOT_ELIGIBLE
}
