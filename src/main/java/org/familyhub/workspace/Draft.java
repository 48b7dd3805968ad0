package org.familyhub.workspace;

import java.time.Instant;
import java.util.UUID;

import org.familyhub.workspace.domain.DraftStatus;
import org.jspecify.annotations.Nullable;

/**
 * A proposed version of a listing, as the workspace shows it: the form's values, and the
 * description as parents will read it (plain text).
 */
public record Draft(UUID id, UUID serviceId, UUID organisationId, String organisationName, boolean newListing,
        Status status, String author, Instant updatedAt, @Nullable String reviewComment,
        @Nullable String reviewedBy, ListingForm form, @Nullable String previewText) {

    /** Where the draft is in review. */
    public enum Status {
        DRAFT, SUBMITTED, RETURNED, PUBLISHED;

        static Status of(DraftStatus status) {
            return valueOf(status.name());
        }

        /** The author may still change it. */
        public boolean open() {
            return this == DRAFT || this == RETURNED;
        }
    }

    public String name() {
        return form.name();
    }
}
