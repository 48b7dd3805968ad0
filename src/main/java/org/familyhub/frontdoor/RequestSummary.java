package org.familyhub.frontdoor;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A card in an inbox: enough to choose what to open and what to do first. The family's name shows only to
 * those who may open the request anyway; the rest of their details only inside.
 *
 * @param localityName the locality in words (its code when the directory no longer has it)
 * @param due          the next target and whether it has passed; none once a worker has it or it is closed
 * @param daysWaiting  whole days from the day it arrived to today, in the council's zone by the application's clock
 */
public record RequestSummary(UUID id, String reference, RequestKind kind, RequestStatus status, String localityCode,
        @Nullable UUID serviceId, @Nullable String serviceName, @Nullable String team, boolean safeguarding,
        @Nullable Urgency urgency, Instant createdAt, String localityName, @Nullable String familyName,
        @Nullable Outcome outcome, @Nullable Due due, long daysWaiting) {
}
