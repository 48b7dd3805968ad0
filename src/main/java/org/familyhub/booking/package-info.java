/**
 * Parenting programme courses: dated runs of a programme service with a limited number of places, booked by
 * families without an account ({@link org.familyhub.booking.CourseBookings}) or by professionals on a family's
 * behalf, with a waiting list that offers freed places in turn, and the provider's registers
 * ({@link org.familyhub.booking.CourseAdmin}). The database keeps a course from ever being overbooked: see
 * {@code V11_6__courses_and_bookings.sql}.
 */
@NullMarked
@ApplicationModule(displayName = "Course booking")
package org.familyhub.booking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
