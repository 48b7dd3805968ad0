package org.familyhub.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familyhub.directory.Directory;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.ServiceDetails.Session;
import org.familyhub.directory.ServiceDetails.Venue;
import org.familyhub.directory.SchoolTerms;
import org.familyhub.directory.SessionDates;
import org.familyhub.directory.TermDates;
import org.familyhub.portal.PortalPageProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/{service}/{venue}/{n}.ics}: one session series as an iCalendar file (RFC 5545),
 * so a parent can put "every Tuesday, 9:30" in their phone's calendar with the place and a link back.
 * A term-time session lists the school-holiday dates it skips as {@code EXDATE}s.
 */
@RestController
class CalendarEndpoint {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final String ZONE = "Europe/London";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * RFC 5545 (3.6.5) wants a VTIMEZONE for every TZID a file uses. The United Kingdom's rule has been the same
     * since 1996 (EU summer time: last Sunday of March at 01:00 UTC to last Sunday of October at 01:00 UTC), so
     * the two yearly rules describe every date a session can fall on.
     */
    static final List<String> EUROPE_LONDON = List.of(
            "BEGIN:VTIMEZONE", "TZID:" + ZONE,
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19960331T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19961027T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE");

    private final Directory directory;
    private final SchoolTerms schoolTerms;
    private final PortalPageProperties pages;
    private final Clock clock;

    CalendarEndpoint(Directory directory, SchoolTerms schoolTerms, PortalPageProperties pages, Clock clock) {
        this.directory = directory;
        this.schoolTerms = schoolTerms;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/calendar/{serviceId}/{venueId}/{index}.ics")
    ResponseEntity<String> session(@PathVariable String serviceId, @PathVariable String venueId,
            @PathVariable int index) {
        UUID service;
        UUID venue;
        try {
            service = UUID.fromString(serviceId);
            venue = UUID.fromString(venueId);
        } catch (IllegalArgumentException e) {
            return notFound();
        }
        ServiceDetails details = directory.service(service).filter(d -> "active".equals(d.status())).orElse(null);
        if (details == null) {
            return notFound();
        }
        Venue at = details.venues().stream().filter(v -> v.id().equals(venue)).findFirst().orElse(null);
        if (at == null || index < 0 || index >= at.sessions().size() || at.sessions().get(index).days().isEmpty()) {
            return notFound();
        }
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(slug(details.name()) + ".ics").build().toString())
                .body(ics(details, at, at.sessions().get(index), index));
    }

    String ics(ServiceDetails service, Venue venue, Session session, int index) {
        TermDates terms = schoolTerms.termDates();
        LocalDate from = session.startsOn() != null ? session.startsOn() : LocalDate.now(clock);
        LocalDate first = SessionDates.next(session, from, terms).orElse(from);
        LocalTime opens = session.opensAt() != null ? session.opensAt() : LocalTime.of(9, 0);
        LocalTime closes = session.closesAt() != null ? session.closesAt() : opens.plusHours(1);
        StringBuilder rule = new StringBuilder("FREQ=").append(session.frequency());
        if (session.interval() > 1) {
            rule.append(";INTERVAL=").append(session.interval());
        }
        rule.append(";BYDAY=").append(String.join(",", session.days()));
        if (session.endsOn() != null) {
            rule.append(";UNTIL=").append(DATE.format(session.endsOn())).append("T235959Z");
        } else if (session.count() != null) {
            rule.append(";COUNT=").append(session.count());
        }
        String url = pages.base() + "/services/" + service.id();
        List<String> where = new ArrayList<>();
        if (venue.name() != null) {
            where.add(venue.name());
        }
        where.addAll(venue.addressLines());
        if (venue.postcode() != null) {
            where.add(venue.postcode());
        }
        String description = (session.description() == null ? "" : session.description() + "\n") + url;
        List<String> lines = new ArrayList<>(List.of(
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Family directory//Sessions//EN", "CALSCALE:GREGORIAN"));
        lines.addAll(EUROPE_LONDON);
        lines.addAll(List.of(
                "BEGIN:VEVENT",
                "UID:" + service.id() + "-" + venue.id() + "-" + index + "@familyhub",
                "DTSTAMP:" + STAMP.format(clock.instant()),
                "DTSTART;TZID=" + ZONE + ":" + DATE.format(first) + "T" + TIME.format(opens),
                "DTEND;TZID=" + ZONE + ":" + DATE.format(first) + "T" + TIME.format(closes),
                "RRULE:" + rule));
        // EXDATE values must match the start of the instance they cancel, time of day included
        List<LocalDate> holidays = SessionDates.skippedDates(session, first, terms);
        if (!holidays.isEmpty()) {
            lines.add("EXDATE;TZID=" + ZONE + ":" + String.join(",", holidays.stream()
                    .map(date -> DATE.format(date) + "T" + TIME.format(opens)).toList()));
        }
        lines.addAll(List.of(
                "SUMMARY:" + escape(service.name()),
                "LOCATION:" + escape(String.join(", ", where)),
                "DESCRIPTION:" + escape(description),
                "URL:" + url,
                "END:VEVENT", "END:VCALENDAR"));
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append("\r\n"));
        return out.toString();
    }

    /** RFC 5545: text values escape backslash, semicolon, comma and newline. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
                .replace("\n", "\\n");
    }

    /** RFC 5545: lines longer than 75 octets continue on the next line after a space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int count = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int bytes = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (count + bytes > 75) {
                folded.append("\r\n ");
                count = 1;
            }
            folded.appendCodePoint(cp);
            count += bytes;
            i += Character.charCount(cp);
        }
        return folded.toString();
    }

    static String slug(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "session" : slug;
    }

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("There is no such session.");
    }
}
