package org.familyhub.workspace.quality;

import java.time.Instant;
import java.util.UUID;

import org.familyhub.shared.SavedWords;
import org.jspecify.annotations.Nullable;

/**
 * An open finding as editors see it: which listing, what is wrong and since when.
 *
 * @param details        what is wrong, to be said in the reader's language (older rows: an English sentence)
 * @param otherServiceId for a likely duplicate, the other listing (linked on the page, never shown as an id)
 */
public record QualityTask(UUID id, UUID serviceId, String serviceName, QualityKind kind, SavedWords details,
        Instant foundAt, @Nullable UUID otherServiceId) {
}
