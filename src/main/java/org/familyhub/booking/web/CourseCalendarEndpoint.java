package org.familyhub.booking.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.familyhub.booking.CourseBookings;
import org.familyhub.booking.CourseStatus;
import org.familyhub.booking.CourseSummary;
import org.familyhub.portal.web.SessionEvents;
import org.familyhub.shared.Ids;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/courses/{id}.ics}: a course's sessions as an iCalendar file (RFC 5545), one event per
 * session (the dates skip school holidays, so no rule would describe them), written by the portal's one calendar
 * writer ({@link SessionEvents}). Times are worked out in the council's zone and written in UTC, so no time zone
 * block is needed. Course dates are public, like the listing.
 */
@RestController
class CourseCalendarEndpoint {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CourseBookings bookings;
    private final Clock clock;

    CourseCalendarEndpoint(CourseBookings bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    @GetMapping("/calendar/courses/{courseId}.ics")
    ResponseEntity<String> course(@PathVariable String courseId) {
        CourseSummary course = Ids.parse(courseId).flatMap(bookings::course).filter(c -> c.status() == CourseStatus.OPEN).orElse(null);
        if (course == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("course.ics").build()
                        .toString())
                .body(ics(course));
    }

    String ics(CourseSummary course) {
        return SessionEvents.datedFile("courses", course.sessions().stream()
                .map(session -> new SessionEvents.DatedEvent(course.id() + "-" + session + "@familyhub",
                        at(session, course.startTime()), at(session, course.endTime()), course.title(), course.venue()))
                .toList(), clock.instant());
    }

    private Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(clock.getZone()).toInstant();
    }
}
