package org.familyhub.workspace.domain;

/** Where a proposed change is: being written, waiting for review, sent back with comments, or live. */
public enum DraftStatus {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED;

    /** The author may still change it. */
    public boolean open() {
        return this == DRAFT || this == RETURNED;
    }
}
