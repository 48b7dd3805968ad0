package org.familyhub.booking;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A booking a professional made for a family, as their own list shows it. */
public record BookedForFamily(String reference, @Nullable String familyName, String courseTitle, String venue,
        LocalDate firstSession, BookingStatus status, Instant bookedAt) {
}
