package org.familyhub.feedback.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.familyhub.feedback.ProblemKind;
import org.familyhub.feedback.ProblemStatus;
import org.jspecify.annotations.Nullable;

/** Someone told us a listing is wrong: a task for the editors until it is resolved or dismissed. */
@Entity
public class ProblemReport {

    @Id
    private UUID id;
    private String reference;
    private UUID serviceId;
    private String serviceName;
    @Enumerated(EnumType.STRING)
    private ProblemKind kind;
    private String description;
    private @Nullable String reporterEmail;
    @Enumerated(EnumType.STRING)
    private ProblemStatus status;
    private Instant reportedAt;
    private @Nullable Instant closedAt;
    private @Nullable String closedBy;
    private @Nullable String editorNote;
    private boolean replied;
    private @Nullable UUID upstreamFeedId;
    private @Nullable String upstreamFeedName;
    private @Nullable Instant upstreamSentAt;
    private @Nullable Instant upstreamChangedAt;

    protected ProblemReport() {
    }

    public ProblemReport(UUID id, String reference, UUID serviceId, String serviceName, ProblemKind kind,
            String description, @Nullable String reporterEmail, Instant reportedAt) {
        this.id = id;
        this.reference = reference;
        this.serviceId = serviceId;
        this.serviceName = serviceName;
        this.kind = kind;
        this.description = description;
        this.reporterEmail = reporterEmail;
        this.status = ProblemStatus.OPEN;
        this.reportedAt = reportedAt;
    }

    /** Closes the task; the reporter's address is dropped, as it was only ever kept for this reply. */
    public void close(ProblemStatus outcome, @Nullable String note, boolean replied, String editor, Instant at) {
        if (status != ProblemStatus.OPEN || outcome == ProblemStatus.OPEN) {
            throw new IllegalStateException("Report " + reference + " is already " + status.name().toLowerCase());
        }
        this.status = outcome;
        this.editorNote = note;
        this.replied = replied;
        this.reporterEmail = null;
        this.closedBy = editor;
        this.closedAt = at;
    }

    /** Passed on to the publisher of the feed the listing came from (without the reporter's details). */
    public void passedOn(UUID feedId, String feedName, Instant at) {
        this.upstreamFeedId = feedId;
        this.upstreamFeedName = feedName;
        this.upstreamSentAt = at;
    }

    /** Kept from the feed's publisher: the words may hold personal details, which stay with us. */
    public void withheldFrom(UUID feedId, String feedName) {
        this.upstreamFeedId = feedId;
        this.upstreamFeedName = feedName;
    }

    /** The feed sent a changed version of the listing after the report was passed on; the first change counts. */
    public void publisherChanged(UUID feedId, Instant at) {
        if (feedId.equals(upstreamFeedId) && upstreamSentAt != null && upstreamChangedAt == null
                && at.isAfter(upstreamSentAt)) {
            this.upstreamChangedAt = at;
        }
    }

    public UUID getId() { return id; }
    public String getReference() { return reference; }
    public UUID getServiceId() { return serviceId; }
    public String getServiceName() { return serviceName; }
    public ProblemKind getKind() { return kind; }
    public String getDescription() { return description; }
    public @Nullable String getReporterEmail() { return reporterEmail; }
    public ProblemStatus getStatus() { return status; }
    public Instant getReportedAt() { return reportedAt; }
    public @Nullable Instant getClosedAt() { return closedAt; }
    public @Nullable String getClosedBy() { return closedBy; }
    public @Nullable String getEditorNote() { return editorNote; }
    public boolean isReplied() { return replied; }
    public @Nullable String getUpstreamFeedName() { return upstreamFeedName; }
    public @Nullable Instant getUpstreamSentAt() { return upstreamSentAt; }
    public @Nullable Instant getUpstreamChangedAt() { return upstreamChangedAt; }
}
