package org.familyhub.workspace.quality;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An open finding as editors see it: which listing, what is wrong and since when.
 *
 * @param otherServiceId for a likely duplicate, the other listing (linked on the page, never shown as an id)
 */
public record QualityTask(UUID id, UUID serviceId, String serviceName, QualityKind kind, String details,
        Instant foundAt, @Nullable UUID otherServiceId) {
}
