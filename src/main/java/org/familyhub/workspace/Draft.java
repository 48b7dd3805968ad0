package org.familyhub.workspace;

import java.time.Instant;
import java.util.UUID;

import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.workspace.domain.DraftStatus;
import org.jspecify.annotations.Nullable;

/**
 * A proposed version of a listing, as the workspace shows it: the form's values, and the
 * description as parents will read it (plain text).
 */
public record Draft(UUID id, UUID serviceId, UUID organisationId, String organisationName, boolean newListing,
        Status status, String author, Instant updatedAt, @Nullable String reviewComment,
        @Nullable String reviewedBy, ListingForm form, @Nullable String previewText, long version,
        HsdsDocuments.Service document) {

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

    /** The same draft with other values in its form: what a screen shows after an edit conflict. */
    public Draft withForm(ListingForm other) {
        return new Draft(id, serviceId, organisationId, organisationName, newListing, status, author, updatedAt,
                reviewComment, reviewedBy, other, previewText, version, document);
    }

    public String name() {
        return form.name();
    }
}
