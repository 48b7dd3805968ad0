package org.familyhub.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyhub.directory.ServiceDetails.Session;
import org.jspecify.annotations.Nullable;

/**
 * When a session next happens, from its RFC 5545 recurrence: weekly (every week or every other week),
 * monthly on the nth weekday ("+1TU", or "-1FR" for the last Friday of the month) or monthly on a day of the month
 * (the 15th; a month without a 31st has no session that month); a session marked term time
 * only skips the school holidays of the area's {@link TermDates}, and every session skips its exception dates
 * (RFC 5545's EXDATE: a training day, a venue closure). Every-other-week sessions keep their fortnight through a
 * holiday or an exception.
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
    public static Optional<LocalDate> next(Session session, LocalDate from, TermDates terms) {
        LocalDate start = session.startsOn() != null && session.startsOn().isAfter(from) ? session.startsOn() : from;
        for (LocalDate date = start; date.isBefore(from.plusDays(SEARCH_DAYS)); date = date.plusDays(1)) {
            if (session.endsOn() != null && date.isAfter(session.endsOn())) {
                return Optional.empty();
            }
            if (runsOn(session, date, terms)) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /**
     * The first date the session runs that has not ended by {@code now} (local time in the council's zone):
     * at 14:15 a session from 9:30 to 11:00 today is past, so the next one is next week.
     */
    public static Optional<LocalDate> next(Session session, LocalDateTime now, TermDates terms) {
        LocalDate today = now.toLocalDate();
        return next(session, today, terms).flatMap(date -> date.equals(today) && endedBy(session, now.toLocalTime())
                ? next(session, today.plusDays(1), terms) : Optional.of(date));
    }

    /**
     * Whether the session meets on that date: its recurrence says so, the date is not one of its exceptions and,
     * if term time only, schools are in.
     */
    public static boolean runsOn(Session session, LocalDate date, TermDates terms) {
        return recursOn(session, date) && !session.exceptDates().contains(date)
                && !(session.termTimeOnly() && terms.isHoliday(date));
    }

    /**
     * The dates from {@code first} on which the recurrence alone would meet but the session does not: its school
     * holidays ({@link #holidayDates}) and its exception dates, earliest first; what a calendar file lists as
     * EXDATE beside its rule.
     */
    public static List<LocalDate> skippedDates(Session session, LocalDate first, TermDates terms) {
        java.util.SortedSet<LocalDate> dates = new java.util.TreeSet<>(holidayDates(session, first, terms));
        session.exceptDates().stream().filter(date -> !date.isBefore(first) && recursOn(session, date))
                .forEach(dates::add);
        return List.copyOf(dates);
    }

    /**
     * The dates from {@code first} on which the recurrence alone would meet but the school holidays stop a
     * term-time session, as far as term dates are known: the exceptions a calendar file lists beside its rule.
     */
    public static List<LocalDate> holidayDates(Session session, LocalDate first, TermDates terms) {
        List<LocalDate> dates = new ArrayList<>();
        if (!session.termTimeOnly() || terms.lastDay().isEmpty()) {
            return dates;
        }
        LocalDate last = terms.lastDay().get();
        if (session.endsOn() != null && session.endsOn().isBefore(last)) {
            last = session.endsOn();
        }
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (recursOn(session, date) && terms.isHoliday(date)) {
                dates.add(date);
            }
        }
        return dates;
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

    /**
     * A session on one date only (a fun day, a one-off talk; what a calendar feed's single event becomes): no days
     * to repeat on, and the same first and last day.
     */
    public static boolean oneOff(Session session) {
        return session.days().isEmpty() && session.startsOn() != null && session.startsOn().equals(session.endsOn());
    }

    /** What the recurrence alone says, term dates aside. */
    static boolean recursOn(Session session, LocalDate date) {
        if (oneOff(session)) {
            return date.equals(session.startsOn());
        }
        if (session.startsOn() != null && date.isBefore(session.startsOn())
                || session.endsOn() != null && date.isAfter(session.endsOn())) {
            return false;
        }
        if (session.onDayOfMonth()) {
            return date.getDayOfMonth() == session.dayOfMonth();
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
