package org.familyhub.frontdoor;

/** How a family agrees to be contacted. */
public enum ContactMethod {
    PHONE,
    TEXT,
    EMAIL
}
