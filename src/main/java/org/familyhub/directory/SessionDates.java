package org.familyhub.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyhub.directory.ServiceDetails.Session;
import org.jspecify.annotations.Nullable;

/**
 * When a session next happens, from its RFC 5545 recurrence: weekly (every week or every other week)
 * or monthly on the nth weekday ("+1TU", "-1FR"). Term breaks are not recorded, so pages still say
 * "term time only" in the provider's words beside the date.
 */
public final class SessionDates {

    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    private static final Pattern DAY = Pattern.compile("^([+-]?\\d)?(MO|TU|WE|TH|FR|SA|SU)$");
    private static final int SEARCH_DAYS = 120;

    private SessionDates() {
    }

    /** The first date on or after {@code from} the session runs, looking a few months ahead at most. */
    public static Optional<LocalDate> next(Session session, LocalDate from) {
        LocalDate start = session.startsOn() != null && session.startsOn().isAfter(from) ? session.startsOn() : from;
        for (LocalDate date = start; date.isBefore(from.plusDays(SEARCH_DAYS)); date = date.plusDays(1)) {
            if (session.endsOn() != null && date.isAfter(session.endsOn())) {
                return Optional.empty();
            }
            if (runsOn(session, date)) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /**
     * The first date the session runs that has not ended by {@code now} (local time in the council's zone):
     * at 14:15 a session from 9:30 to 11:00 today is past, so the next one is next week.
     */
    public static Optional<LocalDate> next(Session session, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        return next(session, today).flatMap(date -> date.equals(today) && endedBy(session, now.toLocalTime())
                ? next(session, today.plusDays(1)) : Optional.of(date));
    }

    /** Whether a session on the same day is over at {@code time}; one without times lasts all day. */
    static boolean endedBy(Session session, LocalTime time) {
        LocalTime end = end(session);
        return end != null && !time.isBefore(end);
    }

    /** When a session is over on its day: when it closes, or an hour after it opens; null when it lasts all day. */
    static @Nullable LocalTime end(Session session) {
        return session.closesAt() != null ? session.closesAt()
                : session.opensAt() != null ? session.opensAt().plusHours(1) : null;
    }

    static boolean runsOn(Session session, LocalDate date) {
        if (session.startsOn() != null && date.isBefore(session.startsOn())
                || session.endsOn() != null && date.isAfter(session.endsOn())) {
            return false;
        }
        for (String code : session.days()) {
            Matcher matcher = DAY.matcher(code.trim());
            if (!matcher.matches() || DAYS.get(matcher.group(2)) != date.getDayOfWeek()) {
                continue;
            }
            if ("MONTHLY".equals(session.frequency())) {
                if (matcher.group(1) == null || nthWeekday(date, Integer.parseInt(matcher.group(1).replace("+", "")))) {
                    return true;
                }
            } else if (session.interval() <= 1 || session.startsOn() == null
                    || ChronoUnit.WEEKS.between(session.startsOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                            date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))) % session.interval() == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean nthWeekday(LocalDate date, int nth) {
        return nth > 0 ? date.equals(date.with(TemporalAdjusters.dayOfWeekInMonth(nth, date.getDayOfWeek())))
                : date.equals(date.with(TemporalAdjusters.lastInMonth(date.getDayOfWeek())));
    }
}
