package org.familyhub.frontdoor;

/** How a request arrived: a family asking for themselves, or a professional referring a family. */
public enum RequestKind {
    SELF_REFERRAL,
    PROFESSIONAL_REFERRAL
}
