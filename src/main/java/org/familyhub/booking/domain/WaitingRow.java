package org.familyhub.booking.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of {@code waiting_list_entry}. */
public record WaitingRow(UUID id, UUID courseId, UUID bookingId, int position, Instant queuedAt, String status,
        @Nullable Instant offeredAt, @Nullable Instant offerExpiresAt, @Nullable String offerTokenHash,
        @Nullable Instant decidedAt) {
}
