package org.familyhub.booking.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of {@code course}. */
public record CourseRow(UUID id, UUID serviceId, UUID organisationId, String title, String venue,
        @Nullable String facilitator, LocalTime startTime, LocalTime endTime, int capacity, int placesTaken,
        int crechePlaces, String whoMayBook, Instant bookingOpensAt, Instant bookingClosesAt,
        LocalDate firstSession, LocalDate lastSession, String status, Instant createdAt) {
}
