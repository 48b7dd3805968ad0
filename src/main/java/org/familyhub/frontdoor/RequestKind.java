package org.familyhub.frontdoor;

/**
 * How a request arrived: a family asking for themselves, a professional referring a family, or a family
 * asking the Family Information Service to find childcare for them (brokerage, Childcare Act 2006 s.12).
 */
public enum RequestKind {
    SELF_REFERRAL,
    PROFESSIONAL_REFERRAL,
    CHILDCARE_BROKERAGE
}
