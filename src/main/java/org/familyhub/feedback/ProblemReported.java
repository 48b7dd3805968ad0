package org.familyhub.feedback;

import java.util.UUID;

/**
 * A problem report was stored. Published in the reporting transaction, so an {@code @ApplicationModuleListener}
 * acts only once it is committed. Ids only: the event waits in {@code event_publication} until delivered.
 */
public record ProblemReported(UUID reportId, UUID serviceId) {
}
