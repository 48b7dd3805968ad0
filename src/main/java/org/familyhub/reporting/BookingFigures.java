package org.familyhub.reporting;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Parenting programme bookings and attendance on the report card, read from the booking module's tables
 * ({@code reporting.internal.CourseFigures}). Until the portal has had a course the card says bookings are not
 * recorded yet, rather than showing zero.
 */
public interface BookingFigures {

    /**
     * @param locality null for the whole area
     * @return empty when nothing can be said for this period
     */
    Optional<Counts> between(LocalDate from, LocalDate to, @Nullable String locality);

    /** @param completed people who finished a programme that started in the period, of {@code started} */
    record Counts(long bookings, long attendances, long started, long completed) {
    }
}
