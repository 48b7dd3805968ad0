package org.familyhub.booking.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.familyhub.booking.CourseStatus;
import org.familyhub.booking.CourseSummary;
import org.familyhub.booking.WhoMayBook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A course's calendar file, pinned to the text it published before it was written by the portal's one calendar
 * writer: one event per dated session in UTC (10:00 in December is 10:00Z, in April 09:00Z), text escaped.
 */
class CourseCalendarEndpointTest {

    static final UUID COURSE = UUID.fromString("6b1f0c1e-4f7a-4a57-9f0e-1d2c3b4a5f60");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneId.of("Europe/London"));

    @Test
    void aCoursesFileHasOneEventPerSessionInUtcWithItsTitleAndVenue() {
        CourseSummary course = new CourseSummary(COURSE, UUID.randomUUID(), UUID.randomUUID(),
                "Baby massage, weeks 1; 2", "Crewe Library", null,
                List.of(LocalDate.of(2026, 12, 9), LocalDate.of(2027, 4, 7)), LocalTime.of(10, 0), LocalTime.of(11, 30),
                10, 0, 0, WhoMayBook.BOTH, Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-08T00:00:00Z"),
                CourseStatus.OPEN, 0);

        String ics = new CourseCalendarEndpoint(null, CLOCK).ics(course);

        assertThat(ics).isEqualTo(String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//familyhub//courses//EN",
                "CALSCALE:GREGORIAN",
                "BEGIN:VEVENT",
                "UID:" + COURSE + "-2026-12-09@familyhub",
                "DTSTAMP:20261202T080000Z",
                "DTSTART:20261209T100000Z",
                "DTEND:20261209T113000Z",
                "SUMMARY:Baby massage\\, weeks 1\\; 2",
                "LOCATION:Crewe Library",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:" + COURSE + "-2027-04-07@familyhub",
                "DTSTAMP:20261202T080000Z",
                "DTSTART:20270407T090000Z",
                "DTEND:20270407T103000Z",
                "SUMMARY:Baby massage\\, weeks 1\\; 2",
                "LOCATION:Crewe Library",
                "END:VEVENT",
                "END:VCALENDAR",
                ""));
    }
}
