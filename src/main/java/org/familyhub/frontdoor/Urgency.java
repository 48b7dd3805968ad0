package org.familyhub.frontdoor;

/** How soon a professional judges the family needs a response. A child at risk is never "urgent": call. */
public enum Urgency {
    ROUTINE,
    SOON,
    URGENT
}
