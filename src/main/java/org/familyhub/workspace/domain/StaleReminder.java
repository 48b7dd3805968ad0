package org.familyhub.workspace.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** When an organisation's providers were last reminded about their out-of-date listings. */
@Entity
public class StaleReminder {

    @Id
    private UUID organisationId;
    private Instant lastSentAt;

    protected StaleReminder() {
    }

    public StaleReminder(UUID organisationId, Instant lastSentAt) {
        this.organisationId = organisationId;
        this.lastSentAt = lastSentAt;
    }

    public void sent(Instant now) {
        this.lastSentAt = now;
    }

    public UUID getOrganisationId() { return organisationId; }
    public Instant getLastSentAt() { return lastSentAt; }
}
