package org.familyhub.frontdoor;

/**
 * The government-funded childcare a family hopes to use, as they understand it. The Family Information
 * Service checks eligibility; the family only says what they are looking for.
 */
public enum FundedHours {
    /** No funded hours: the family will pay. */
    NONE,
    /** 15 hours for eligible 2-year-olds (families getting some benefits). */
    TWO_YEAR_OLD_15,
    /** 15 hours for every 3- and 4-year-old. */
    UNIVERSAL_15,
    /** 30 hours for 3- and 4-year-olds of working parents. */
    EXTENDED_30,
    /** Hours for children from 9 months old of working parents. */
    WORKING_PARENT,
    /** The family does not know which they can get. */
    NOT_SURE
}
