package org.familyhub.reporting;

/** What a manager decided a group of searches that found nothing shows. */
public enum GapVerdict {
    /** Families ask for something no service offers: a commissioning question. */
    GAP_IN_OFFER,
    /** A service exists but the search does not know the family's word for it: a task for editors. */
    MISSING_SYNONYM
}
