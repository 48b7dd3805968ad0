package org.familyhub.booking;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a booking form came to: a place ({@link BookingStatus#BOOKED}) or a place on the waiting list
 * ({@link BookingStatus#WAITING}, {@code waitingPosition} from 1).
 */
public record BookingOutcome(UUID bookingId, String reference, BookingStatus status, UUID courseId,
        String courseTitle, LocalDate firstSession, int waitingPosition) {
}
