package org.familyhub.directory;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.familyhub.directory.IndexableService.Meeting;
import org.familyhub.directory.ServiceDetails.Session;
import org.jspecify.annotations.Nullable;

/**
 * Every meeting of a service's sessions from today for {@value #DAYS} days, in the council's local time, as search
 * keeps them for "this week", "open now" and a date: term-time sessions skip the school holidays
 * ({@link SessionDates}), and the days a temporarily closed service is closed are left out, so a closure that starts
 * next month leaves this week's sessions in.
 */
public final class Meetings {

    /**
     * How far ahead search knows each service's meetings: thirteen weeks, so the {@value #SEARCHABLE_DAYS} days a
     * family may ask about stay whole between two daily rolls of the window (and a missed roll or two).
     */
    public static final int DAYS = 91;
    /** The furthest a family may ask "what is on" about: twelve weeks, a half term or holiday ahead. */
    public static final int SEARCHABLE_DAYS = 84;

    private Meetings() {
    }

    /** The meetings of these sessions from {@code today}; an all-day session (no times) lasts the whole day. */
    static List<Meeting> of(Collection<Session> sessions, LocalDate today, TermDates terms,
            @Nullable Closure closure) {
        List<Meeting> meetings = new ArrayList<>();
        for (Session session : sessions) {
            for (LocalDate date = today; date.isBefore(today.plusDays(DAYS)); date = date.plusDays(1)) {
                if ((closure == null || !closure.closedOn(date)) && SessionDates.runsOn(session, date, terms)) {
                    meetings.add(meeting(session, date));
                }
            }
        }
        return meetings;
    }

    private static Meeting meeting(Session session, LocalDate date) {
        LocalTime end = SessionDates.end(session);
        LocalDateTime starts = date.atTime(session.opensAt() == null ? LocalTime.MIDNIGHT : session.opensAt());
        LocalDateTime ends = end == null || !end.isAfter(starts.toLocalTime()) ? date.plusDays(1).atStartOfDay()
                : date.atTime(end);
        return new Meeting(starts, ends, attendable(session));
    }

    /**
     * Whether a family goes to it: a stretch of more than {@value Timetable#LONGEST_SESSION_HOURS} hours is an
     * office's or a childminder's opening hours, which count for "open now" but not for "on this week".
     */
    static boolean attendable(Session session) {
        return session.opensAt() == null || session.closesAt() == null
                || !Duration.between(session.opensAt(), session.closesAt())
                        .minusHours(Timetable.LONGEST_SESSION_HOURS).isPositive();
    }
}
