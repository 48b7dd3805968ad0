package org.familyhub.booking.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.familyhub.booking.CourseBookings;
import org.familyhub.booking.CourseStatus;
import org.familyhub.booking.CourseSummary;
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
 * session (the dates skip school holidays, so no rule would describe them). Times are written in UTC, worked
 * out in the council's zone, so no time zone block is needed. Course dates are public, like the listing.
 */
@RestController
class CourseCalendarEndpoint {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

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
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//familyhub//courses//EN");
        line(ics, "CALSCALE:GREGORIAN");
        String stamp = UTC.format(clock.instant());
        for (LocalDate session : course.sessions()) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + course.id() + "-" + session + "@familyhub");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART:" + at(session, course.startTime()));
            line(ics, "DTEND:" + at(session, course.endTime()));
            line(ics, "SUMMARY:" + text(course.title()));
            line(ics, "LOCATION:" + text(course.venue()));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private String at(LocalDate date, LocalTime time) {
        return UTC.format(date.atTime(time).atZone(clock.getZone()).toInstant());
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newline escaped. */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    private static void line(StringBuilder ics, String line) {
        ics.append(line).append("\r\n");
    }
}
