package org.familyhub.frontdoor;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A line in an inbox: enough to choose what to open, without the family's details. */
public record RequestSummary(UUID id, String reference, RequestKind kind, RequestStatus status, String localityCode,
        @Nullable UUID serviceId, @Nullable String serviceName, @Nullable String team, boolean safeguarding,
        @Nullable Urgency urgency, Instant createdAt) {
}
