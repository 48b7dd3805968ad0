package org.familyhub.frontdoor;

/** The orders the inbox offers; safeguarding concerns come first in each. */
public enum InboxSort {
    OLDEST,
    DUE,
    URGENCY
}
