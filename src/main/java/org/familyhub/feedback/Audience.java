package org.familyhub.feedback;

/** Who a survey asks. */
public enum Audience {
    FAMILIES,
    YOUNG_PEOPLE,
    PRACTITIONERS
}
