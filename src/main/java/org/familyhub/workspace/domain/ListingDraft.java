package org.familyhub.workspace.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A proposed version of one listing; the published service stays live until an editor publishes it. */
@Entity
public class ListingDraft {

    @Id
    private UUID id;
    private UUID serviceId;
    private UUID organisationId;
    private boolean newListing;
    private String document;
    @Enumerated(EnumType.STRING)
    private DraftStatus status;
    private String author;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable String reviewComment;
    private @Nullable String reviewedBy;
    private @Nullable Instant reviewedAt;
    /** Counts saves, so a save made from an older copy is refused rather than overwriting another person's. */
    @Version
    private @Nullable Long version;

    protected ListingDraft() {
    }

    public ListingDraft(UUID id, UUID serviceId, UUID organisationId, boolean newListing, String document,
            String author, Instant now) {
        this.id = id;
        this.serviceId = serviceId;
        this.organisationId = organisationId;
        this.newListing = newListing;
        this.document = document;
        this.status = DraftStatus.DRAFT;
        this.author = author;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void update(String document, Instant now) {
        this.document = document;
        this.updatedAt = now;
    }

    public void submit(Instant now) {
        this.status = DraftStatus.SUBMITTED;
        this.updatedAt = now;
    }

    public void returnToAuthor(String comment, String editor, Instant now) {
        this.status = DraftStatus.RETURNED;
        review(comment, editor, now);
    }

    public void publish(String editor, Instant now) {
        this.status = DraftStatus.PUBLISHED;
        review(reviewComment, editor, now);
    }

    private void review(@Nullable String comment, String editor, Instant now) {
        this.reviewComment = comment;
        this.reviewedBy = editor;
        this.reviewedAt = now;
        this.updatedAt = now;
    }

    public UUID getId() { return id; }
    public UUID getServiceId() { return serviceId; }
    public UUID getOrganisationId() { return organisationId; }
    public boolean isNewListing() { return newListing; }
    public String getDocument() { return document; }
    public DraftStatus getStatus() { return status; }
    public String getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public @Nullable String getReviewComment() { return reviewComment; }
    public @Nullable String getReviewedBy() { return reviewedBy; }
    public @Nullable Instant getReviewedAt() { return reviewedAt; }
    public long getVersion() { return version == null ? 0 : version; }
}
