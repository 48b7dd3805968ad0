package org.familyhub.workspace.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * One published change to a listing: who, when, what kind, the fields that changed (JSON) and the
 * whole document before and after, so an earlier version can be put back.
 */
@Entity
public class ListingChange {

    @Id
    private UUID id;
    private UUID serviceId;
    private Instant changedAt;
    private String changedBy;
    private String action;
    private String fields;
    private @Nullable String documentBefore;
    private String documentAfter;

    protected ListingChange() {
    }

    public ListingChange(UUID id, UUID serviceId, Instant changedAt, String changedBy, String action, String fields,
            @Nullable String documentBefore, String documentAfter) {
        this.id = id;
        this.serviceId = serviceId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.action = action;
        this.fields = fields;
        this.documentBefore = documentBefore;
        this.documentAfter = documentAfter;
    }

    public UUID getId() { return id; }
    public UUID getServiceId() { return serviceId; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getAction() { return action; }
    public String getFields() { return fields; }
    public @Nullable String getDocumentBefore() { return documentBefore; }
    public String getDocumentAfter() { return documentAfter; }
}
