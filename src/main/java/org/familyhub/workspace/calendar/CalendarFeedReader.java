package org.familyhub.workspace.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.familyhub.directory.ScheduleWords;
import org.familyhub.directory.content.HsdsDocuments;
import org.jspecify.annotations.Nullable;

/**
 * Turns an iCalendar file (RFC 5545) into sessions: an event that repeats weekly or monthly ({@code RRULE} with
 * {@code INTERVAL}, {@code BYDAY}, {@code UNTIL} or {@code COUNT}; monthly also on one day of the month,
 * {@code BYMONTHDAY=15}, or on its first date's day when the rule names none) becomes one recurring session whose
 * {@code EXDATE}s are its exception dates; an event without a rule becomes a session on that one date. Times are
 * read in the council's zone, whatever zone the feed wrote them in. Events that are over or cancelled are left out;
 * so are those that repeat in a way a session cannot (daily, yearly, on several days of the month or counting from
 * its end), and those are counted so the feed's status can say so. The feed's other sessions still count.
 */
public final class CalendarFeedReader {

    /** What marks a session as the feed's, so the next pull replaces it and leaves the hand-made ones. */
    public static final String FROM_FEED = "From the provider's calendar feed.";

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private CalendarFeedReader() {
    }

    /**
     * The sessions of the feed that are still to come on {@code today}.
     *
     * @throws NotACalendarException when the text is not an iCalendar file
     */
    public static List<FedSession> sessions(String ics, LocalDate today) {
        return read(ics, today).sessions();
    }

    /**
     * The sessions still to come on {@code today}, and how many events were left out because they repeat in a way
     * a session cannot.
     *
     * @throws NotACalendarException when the text is not an iCalendar file
     */
    public static Read read(String ics, LocalDate today) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException | RuntimeException e) {
            throw new NotACalendarException("calendarFeed.error.unreadable");
        }
        List<FedSession> sessions = new ArrayList<>();
        int leftOut = 0;
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            if (unrepeatable(event)) {
                leftOut++;
            } else {
                session(event, today).ifPresent(sessions::add);
            }
        }
        return new Read(sessions, leftOut);
    }

    /** @param leftOut events that repeat in a way the directory's sessions cannot say */
    public record Read(List<FedSession> sessions, int leftOut) {
    }

    /**
     * Whether the event repeats in a way a session cannot: not weekly or monthly, or monthly on several days of the
     * month or counting from its end ({@code BYMONTHDAY=1,15} or {@code -1}) without a weekday. A cancelled event
     * is not counted.
     */
    private static boolean unrepeatable(VEvent event) {
        if ("CANCELLED".equalsIgnoreCase(text(event, Property.STATUS))) {
            return false;
        }
        Map<String, String> rule = rule(text(event, Property.RRULE));
        String freq = rule.get("FREQ");
        if (freq == null) {
            return false;
        }
        if (!freq.equals("WEEKLY") && !freq.equals("MONTHLY")) {
            return true;
        }
        return freq.equals("MONTHLY") && rule.get("BYDAY") == null && rule.get("BYMONTHDAY") != null
                && ScheduleWords.dayOfMonth(rule.get("BYMONTHDAY")) == null;
    }

    private static Optional<FedSession> session(VEvent event, LocalDate today) {
        if ("CANCELLED".equalsIgnoreCase(text(event, Property.STATUS))) {
            return Optional.empty();
        }
        Optional<LocalDateTime> start = when(event, Property.DTSTART);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime end = when(event, Property.DTEND).orElse(start.get().plusHours(1));
        Map<String, String> rule = rule(text(event, Property.RRULE));
        String freq = rule.get("FREQ");
        if (freq != null && !freq.equals("WEEKLY") && !freq.equals("MONTHLY")) {
            return Optional.empty();
        }
        LocalDate first = start.get().toLocalDate();
        LocalDate last = freq == null ? first : until(rule).orElse(null);
        if (last != null && last.isBefore(today)) {
            return Optional.empty();
        }
        String byday = rule.get("BYDAY");
        String bymonthday = rule.get("BYMONTHDAY");
        if ("MONTHLY".equals(freq) && byday == null) {
            // RFC 5545: a monthly rule that names no day repeats on the first date's day of the month
            bymonthday = bymonthday == null ? String.valueOf(first.getDayOfMonth())
                    : String.valueOf(ScheduleWords.dayOfMonth(bymonthday));
        } else if (freq != null && byday == null) {
            byday = start.get().getDayOfWeek().name().substring(0, 2);
        }
        boolean allDay = isDate(event, Property.DTSTART);
        HsdsDocuments.Schedule schedule = new HsdsDocuments.Schedule(null, freq, interval(rule), byday, bymonthday,
                first.toString(), null, count(rule), first.toString(), last == null ? null : last.toString(),
                allDay ? null : HOURS.format(start.get()), allDay ? null : HOURS.format(end),
                null, text(event, Property.SUMMARY), FROM_FEED, false,
                freq == null ? null : exceptions(event));
        return Optional.of(new FedSession(schedule, text(event, Property.LOCATION)));
    }

    private static @Nullable String text(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).filter(value -> !value.isBlank()).orElse(null);
    }

    private static boolean isDate(VEvent event, String name) {
        return event.getProperty(name).map(p -> p.getValue().length() == 8).orElse(false);
    }

    /** A date-time in the council's zone: UTC ({@code Z}), a named zone ({@code TZID}), or as written. */
    private static Optional<LocalDateTime> when(VEvent event, String name) {
        return event.getProperty(name).flatMap(property -> {
            Optional<String> zone = property.getParameter(Parameter.TZID).map(Parameter::getValue);
            return inEngland(property.getValue(), zone.orElse(null));
        });
    }

    static Optional<LocalDateTime> inEngland(String value, @Nullable String zone) {
        try {
            if (value.length() == 8) {
                return Optional.of(LocalDate.parse(value, DATE).atStartOfDay());
            }
            if (value.endsWith("Z")) {
                return Optional.of(LocalDateTime.parse(value.substring(0, value.length() - 1), DATE_TIME)
                        .atOffset(ZoneOffset.UTC).atZoneSameInstant(ENGLAND).toLocalDateTime());
            }
            LocalDateTime local = LocalDateTime.parse(value, DATE_TIME);
            return Optional.of(zone == null ? local
                    : local.atZone(ZoneId.of(zone)).withZoneSameInstant(ENGLAND).toLocalDateTime());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> rule(@Nullable String rule) {
        return rule == null ? Map.of() : Arrays.stream(rule.split(";")).map(part -> part.split("=", 2))
                .filter(pair -> pair.length == 2)
                .collect(Collectors.toMap(pair -> pair[0].strip().toUpperCase(java.util.Locale.ROOT),
                        pair -> pair[1].strip().toUpperCase(java.util.Locale.ROOT), (a, b) -> a));
    }

    private static Optional<LocalDate> until(Map<String, String> rule) {
        String until = rule.get("UNTIL");
        // the day as written: a calendar app writes "the last day, 23:59:59 UTC", which in summer is past midnight here
        return until == null || until.length() < 8 ? Optional.empty()
                : inEngland(until.substring(0, 8), null).map(LocalDateTime::toLocalDate);
    }

    private static @Nullable Integer interval(Map<String, String> rule) {
        return number(rule.get("INTERVAL"));
    }

    private static @Nullable Integer count(Map<String, String> rule) {
        return rule.containsKey("UNTIL") ? null : number(rule.get("COUNT"));
    }

    private static @Nullable Integer number(@Nullable String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Every date an {@code EXDATE} cancels, in the council's zone, earliest first. */
    private static @Nullable List<String> exceptions(VEvent event) {
        List<String> dates = event.getProperties(Property.EXDATE).stream().flatMap(property -> {
            String zone = property.getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null);
            return Arrays.stream(property.getValue().split(",")).map(value -> inEngland(value.strip(), zone));
        }).flatMap(Optional::stream).map(LocalDateTime::toLocalDate).distinct().sorted().map(LocalDate::toString)
                .toList();
        return dates.isEmpty() ? null : dates;
    }
}
