package org.familyhub.frontdoor;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request for help was closed with an outcome. Published in the closing transaction, so listeners
 * using {@code @ApplicationModuleListener} (the outcome survey) get it exactly when the close committed.
 *
 * @param familyEmail the family's address when they gave one and agreed to e-mail; null otherwise
 * @param serviceId   the service that handled it; null when the front door's own team did
 */
public record RequestClosed(UUID requestId, String reference, @Nullable String familyEmail, @Nullable UUID serviceId,
        String localityCode, String outcome, Instant closedAt) {
}
