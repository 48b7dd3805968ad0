package org.familyhub.workspace.quality;

import java.time.Instant;
import java.util.UUID;

/** An open finding as editors see it: which listing, what is wrong and since when. */
public record QualityTask(UUID id, UUID serviceId, String serviceName, QualityKind kind, String details,
        Instant foundAt) {
}
