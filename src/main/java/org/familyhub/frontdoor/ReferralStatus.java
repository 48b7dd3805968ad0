package org.familyhub.frontdoor;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A professional's own referral as "My referrals" lists it: status, dates and any reason it was declined. */
public record ReferralStatus(UUID id, String reference, @Nullable String familyName, @Nullable String serviceName,
        RequestStatus status, Instant sentAt, @Nullable Instant firstResponseAt, @Nullable Instant allocatedAt,
        @Nullable Instant closedAt, @Nullable String declineReason, @Nullable Outcome outcome, Instant updatedAt) {
}
