package org.familyhub.workspace.quality;

/** What a data quality check found wrong with a published listing. */
public enum QualityKind {
    DUPLICATE, BROKEN_LINK, BAD_PHONE, PAST_REVIEW, NO_MAIL_DOMAIN
}
