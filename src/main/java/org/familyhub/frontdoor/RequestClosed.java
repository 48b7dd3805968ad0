package org.familyhub.frontdoor;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request for help was closed with an outcome. Published in the closing transaction, so listeners
 * using {@code @ApplicationModuleListener} (the outcome survey) get it exactly when the close committed.
 * Ids only, no personal data: the event is stored in {@code event_publication} until delivered, so a listener
 * needing the family's address asks {@link FamilyAddresses}.
 *
 * @param serviceId the service that handled it; null when the front door's own team did
 */
public record RequestClosed(UUID requestId, String reference, @Nullable UUID serviceId, String localityCode,
        String outcome, Instant closedAt) {
}
