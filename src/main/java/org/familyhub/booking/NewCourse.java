package org.familyhub.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A course as a provider or editor sets it up: weekly sessions from {@code firstSession}, {@code sessionCount}
 * of them, school holidays skipped; booking open from {@code bookingOpens} until the end of {@code bookingCloses}.
 */
public record NewCourse(@Nullable UUID serviceId, @Nullable String title, @Nullable String venue,
        @Nullable String facilitator, @Nullable LocalDate firstSession, int sessionCount,
        @Nullable LocalTime startTime, @Nullable LocalTime endTime, int capacity, int crechePlaces,
        @Nullable WhoMayBook whoMayBook, @Nullable LocalDate bookingOpens, @Nullable LocalDate bookingCloses) {
}
