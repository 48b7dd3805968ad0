package org.familyhub.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.familyhub.directory.SchoolTerms;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.ServiceDetails.Session;
import org.familyhub.directory.ServiceDetails.Venue;
import org.familyhub.directory.SessionDates;
import org.familyhub.directory.TermDates;
import org.familyhub.portal.PortalPageProperties;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The one place a session series becomes an iCalendar (RFC 5545) {@code VEVENT}, and events become a file: the
 * single-session file, a service's file and a venue's file all write their events here, so a fix to the rule, the
 * time zone or the exceptions reaches every calendar a family has subscribed to. A course's dated sessions (the
 * booking module's file) are written here too ({@link #datedFile}), the one part other modules may use.
 */
@Component
@NamedInterface("calendar-files")
public class SessionEvents {

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

    private final SchoolTerms schoolTerms;
    private final PortalPageProperties pages;
    private final Clock clock;

    SessionEvents(SchoolTerms schoolTerms, PortalPageProperties pages, Clock clock) {
        this.schoolTerms = schoolTerms;
        this.pages = pages;
        this.clock = clock;
    }

    /**
     * Whether the session can be written as an event: it repeats on set days (of the week or the month), or it is a
     * single date. A session known only by its words ("ring to book") has nothing a calendar could show.
     */
    static boolean writable(Session session) {
        return !session.days().isEmpty() || session.onDayOfMonth() || SessionDates.oneOff(session);
    }

    /**
     * The VEVENT lines of the {@code index}th session of the service at the venue; its UID names the three, so a
     * calendar that reads the same session from the service's file and the venue's file keeps one event.
     */
    List<String> event(ServiceDetails service, Venue venue, Session session, int index) {
        TermDates terms = schoolTerms.termDates();
        LocalDate from = session.startsOn() != null ? session.startsOn() : LocalDate.now(clock);
        LocalDate first = SessionDates.oneOff(session) ? from : SessionDates.next(session, from, terms).orElse(from);
        LocalTime opens = session.opensAt() != null ? session.opensAt() : LocalTime.of(9, 0);
        LocalTime closes = session.closesAt() != null ? session.closesAt() : opens.plusHours(1);
        String url = pages.base() + "/services/" + service.id();
        List<String> lines = new ArrayList<>(List.of(
                "BEGIN:VEVENT",
                "UID:" + service.id() + "-" + venue.id() + "-" + index + "@familyhub",
                "DTSTAMP:" + STAMP.format(clock.instant()),
                "DTSTART;TZID=" + ZONE + ":" + DATE.format(first) + "T" + TIME.format(opens),
                "DTEND;TZID=" + ZONE + ":" + DATE.format(first) + "T" + TIME.format(closes)));
        if (!SessionDates.oneOff(session)) {
            lines.add("RRULE:" + rule(session));
            // EXDATE values must match the start of the instance they cancel, time of day included
            List<LocalDate> skipped = SessionDates.skippedDates(session, first, terms);
            if (!skipped.isEmpty()) {
                lines.add("EXDATE;TZID=" + ZONE + ":" + String.join(",", skipped.stream()
                        .map(date -> DATE.format(date) + "T" + TIME.format(opens)).toList()));
            }
        }
        String description = (session.description() == null ? "" : session.description() + "\n") + url;
        lines.addAll(List.of(
                "SUMMARY:" + escape(service.name()),
                "LOCATION:" + escape(String.join(", ", where(venue))),
                "DESCRIPTION:" + escape(description),
                "URL:" + url,
                "END:VEVENT"));
        return lines;
    }

    /** Every writable session of the service at the venue, numbered as the service page numbers them. */
    List<String> events(ServiceDetails service, Venue venue) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < venue.sessions().size(); i++) {
            if (writable(venue.sessions().get(i))) {
                lines.addAll(event(service, venue, venue.sessions().get(i), i));
            }
        }
        return lines;
    }

    /** A whole calendar file around the events: the time zone they use, each line folded, CRLF endings. */
    static String file(String name, List<String> events) {
        List<String> lines = new ArrayList<>(List.of(
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Family directory//Sessions//EN", "CALSCALE:GREGORIAN",
                "X-WR-CALNAME:" + escape(name)));
        lines.addAll(EUROPE_LONDON);
        lines.addAll(events);
        return written(lines);
    }

    /**
     * One event on a set date, its times already worked out in the council's zone.
     *
     * @param uid stays the same for the same session, so a calendar that reads the file again updates the event
     */
    public record DatedEvent(String uid, Instant start, Instant end, String summary, String location) {
    }

    /**
     * A calendar file of events on set dates (a course's sessions: they skip school holidays, so no rule would
     * describe them). Times are written in UTC, so the file needs no time zone block.
     *
     * @param product names the file's maker after the family directory ("courses": {@code -//familyhub//courses//EN})
     */
    public static String datedFile(String product, List<DatedEvent> events, Instant stamp) {
        List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0",
                "PRODID:-//familyhub//" + product + "//EN", "CALSCALE:GREGORIAN"));
        for (DatedEvent event : events) {
            lines.addAll(List.of(
                    "BEGIN:VEVENT",
                    "UID:" + event.uid(),
                    "DTSTAMP:" + STAMP.format(stamp),
                    "DTSTART:" + STAMP.format(event.start()),
                    "DTEND:" + STAMP.format(event.end()),
                    "SUMMARY:" + escape(event.summary()),
                    "LOCATION:" + escape(event.location()),
                    "END:VEVENT"));
        }
        return written(lines);
    }

    /** The file's lines, each folded, with CRLF endings. */
    private static String written(List<String> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append("\r\n"));
        out.append("END:VCALENDAR\r\n");
        return out.toString();
    }

    private static String rule(Session session) {
        StringBuilder rule = new StringBuilder("FREQ=").append(session.frequency());
        if (session.interval() > 1) {
            rule.append(";INTERVAL=").append(session.interval());
        }
        if (session.onDayOfMonth()) {
            rule.append(";BYMONTHDAY=").append(session.dayOfMonth());
        } else {
            rule.append(";BYDAY=").append(String.join(",", session.days()));
        }
        if (session.endsOn() != null) {
            rule.append(";UNTIL=").append(DATE.format(session.endsOn())).append("T235959Z");
        } else if (session.count() != null) {
            rule.append(";COUNT=").append(session.count());
        }
        return rule.toString();
    }

    private static List<String> where(Venue venue) {
        List<String> where = new ArrayList<>();
        if (venue.name() != null) {
            where.add(venue.name());
        }
        where.addAll(venue.addressLines());
        if (venue.postcode() != null) {
            where.add(venue.postcode());
        }
        return where;
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
            int bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
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
}
