package org.familyhub.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A course as families and providers see it. */
public record CourseSummary(UUID id, UUID serviceId, UUID organisationId, String title, String venue,
        @Nullable String facilitator, List<LocalDate> sessions, LocalTime startTime, LocalTime endTime,
        int capacity, int placesTaken, int crechePlaces, WhoMayBook whoMayBook, Instant bookingOpensAt,
        Instant bookingClosesAt, CourseStatus status, int waiting) {

    public CourseSummary {
        sessions = List.copyOf(sessions);
    }

    public int placesLeft() {
        return Math.max(0, capacity - placesTaken);
    }

    public LocalDate firstSession() {
        return sessions.getFirst();
    }

    public boolean full() {
        return placesLeft() == 0;
    }

    public boolean bookable(Instant now, LocalDate today) {
        return status == CourseStatus.OPEN && firstSession().isAfter(today) && !now.isBefore(bookingOpensAt)
                && now.isBefore(bookingClosesAt);
    }
}
