package org.familyhub.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A course's bookings and waiting list as its provider sees them, with the crèche numbers. */
public record Roster(CourseSummary course, List<Line> booked, List<Line> waiting, int crecheChildren) {

    public Roster {
        booked = List.copyOf(booked);
        waiting = List.copyOf(waiting);
    }

    /** One family; personal fields are null once the retention purge has run. */
    public record Line(UUID bookingId, String reference, BookingStatus status, @Nullable WaitingStatus waitingStatus,
            int position, @Nullable String parentName, @Nullable String email, @Nullable String phone,
            @Nullable String childrenAges, int crecheChildren, @Nullable String crecheNeeds,
            @Nullable String accessNeeds, @Nullable String bookedBy, Instant createdAt) {
    }
}
