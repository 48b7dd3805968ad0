package org.familyhub.booking.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of {@code booking}; the personal columns are null once purged. */
public record BookingRow(UUID id, String reference, UUID courseId, String status, String idempotencyKey,
        @Nullable String cancelTokenHash, int childrenCount, int crecheChildren, @Nullable UUID bookedByUserId,
        @Nullable Instant consentRecordedAt, Instant createdAt, @Nullable Instant cancelledAt,
        @Nullable String parentName, @Nullable String email, @Nullable String phone, @Nullable String childrenAges,
        @Nullable String crecheNeeds, @Nullable String accessNeeds, boolean consentToContact,
        @Nullable String bookedByName, @Nullable String consentGivenBy) {
}
