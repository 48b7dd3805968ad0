package org.familyhub.directory.feed;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** Marks a service as imported from a feed; the import only ever changes services it marked. */
@Entity
class ServiceSource {

    @Id
    private UUID serviceId;
    private UUID feedSourceId;
    private String externalId;
    private String contentHash;
    private Instant lastSeenAt;
    /** Fields an editor changed, kept from the feed while its rule is local edits; see {@link LocalEdits}. */
    private @Nullable String lockedFields;

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

    Set<String> lockedFields() {
        Set<String> fields = new LinkedHashSet<>();
        if (lockedFields != null && !lockedFields.isBlank()) {
            fields.addAll(Arrays.asList(lockedFields.split(",")));
        }
        return fields;
    }

    void lock(Collection<String> fields) {
        Set<String> locked = lockedFields();
        locked.addAll(fields);
        lockedFields = locked.isEmpty() ? null : String.join(",", locked);
    }

    /**
     * Unlocks the fields (all when none are named). The stored hash is forgotten too, so the next pull writes the
     * record again even if the feed has not changed it, and the feed's values replace the released ones.
     */
    void release(Collection<String> fields) {
        Set<String> locked = lockedFields();
        if (fields.isEmpty()) {
            locked.clear();
        } else {
            locked.removeAll(fields);
        }
        lockedFields = locked.isEmpty() ? null : String.join(",", locked);
        contentHash = "";
    }

    UUID getServiceId() { return serviceId; }
    UUID getFeedSourceId() { return feedSourceId; }
    String getExternalId() { return externalId; }
    String getContentHash() { return contentHash; }
    Instant getLastSeenAt() { return lastSeenAt; }
}
