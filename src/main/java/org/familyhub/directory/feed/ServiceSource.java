package org.familyhub.directory.feed;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Marks a service as imported from a feed; the import only ever changes services it marked. */
@Entity
class ServiceSource {

    @Id
    private UUID serviceId;
    private UUID feedSourceId;
    private String externalId;
    private String contentHash;
    private Instant lastSeenAt;

    protected ServiceSource() {
    }

    ServiceSource(UUID serviceId, UUID feedSourceId, String externalId, String contentHash, Instant lastSeenAt) {
        this.serviceId = serviceId;
        this.feedSourceId = feedSourceId;
        this.externalId = externalId;
        this.contentHash = contentHash;
        this.lastSeenAt = lastSeenAt;
    }

    void seen(String contentHash, Instant at) {
        this.contentHash = contentHash;
        this.lastSeenAt = at;
    }

    UUID getServiceId() { return serviceId; }
    UUID getFeedSourceId() { return feedSourceId; }
    String getExternalId() { return externalId; }
    String getContentHash() { return contentHash; }
    Instant getLastSeenAt() { return lastSeenAt; }
}
