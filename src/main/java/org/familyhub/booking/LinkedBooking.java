package org.familyhub.booking;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a cancel or offer link shows before the family confirms: their booking, its course, and for an offer
 * when it lapses.
 */
public record LinkedBooking(String reference, String courseTitle, String venue, LocalDate firstSession,
        BookingStatus status, @Nullable WaitingStatus waitingStatus, @Nullable Instant offerExpiresAt) {
}
