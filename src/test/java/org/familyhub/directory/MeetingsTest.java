package org.familyhub.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.familyhub.directory.IndexableService.Meeting;
import org.familyhub.directory.ServiceDetails.Session;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The meetings search keeps for "this week", "open now" and a date: term rules, closures, opening hours (#18). */
class MeetingsTest {

    private static final TermDates SCHOOL_YEAR = new TermDates(List.of(
            new TermDates.Term("Autumn term 2026", LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 18),
                    LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30)),
            new TermDates.Term("Spring term 2027", LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 25),
                    LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 19))));
    private static final Session TERM_TIME_TUESDAYS = session("TU", LocalTime.of(9, 30), LocalTime.of(11, 0), true);

    @Test
    void aWeekAcrossTheEndOfTermHasTheLastTermTimeSessionAndNotTheHolidaysOne() {
        // Wednesday 16 December: this week runs to Tuesday 22 December, in the holidays
        List<Meeting> meetings = Meetings.of(List.of(TERM_TIME_TUESDAYS), LocalDate.of(2026, 12, 16), SCHOOL_YEAR,
                null);
        assertThat(meetings).extracting(m -> m.starts().toLocalDate())
                .doesNotContain(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29))
                .startsWith(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 12));
        // the same every week: a session that is not term time only runs through the holidays
        assertThat(Meetings.of(List.of(session("TU", LocalTime.of(9, 30), LocalTime.of(11, 0), false)),
                LocalDate.of(2026, 12, 16), SCHOOL_YEAR, null)).extracting(m -> m.starts().toLocalDate())
                .startsWith(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29));
        assertThat(meetings.getFirst()).isEqualTo(new Meeting(LocalDateTime.of(2027, 1, 5, 9, 30),
                LocalDateTime.of(2027, 1, 5, 11, 0), true));
    }

    @Test
    void theWeeksAheadAreThirteenAndHalfTermIsSkipped() {
        List<Meeting> meetings = Meetings.of(List.of(TERM_TIME_TUESDAYS), LocalDate.of(2026, 12, 2), SCHOOL_YEAR,
                null);
        assertThat(meetings).extracting(m -> m.starts().toLocalDate())
                .contains(LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 23))
                .doesNotContain(LocalDate.of(2027, 2, 16))
                .allMatch(date -> date.isBefore(LocalDate.of(2026, 12, 2).plusDays(Meetings.DAYS)));
    }

    @Test
    void aClosureStartingNextWeekKeepsThisWeeksSessions() {
        Closure closure = new Closure(LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 10), "Roof repairs", null,
                null);
        assertThat(Meetings.of(List.of(TERM_TIME_TUESDAYS), LocalDate.of(2026, 12, 2), SCHOOL_YEAR, closure))
                .extracting(m -> m.starts().toLocalDate())
                .startsWith(LocalDate.of(2026, 12, 8), LocalDate.of(2027, 1, 12));
        Closure untilFurtherNotice = new Closure(null, null, null, null, null);
        assertThat(Meetings.of(List.of(TERM_TIME_TUESDAYS), LocalDate.of(2026, 12, 2), SCHOOL_YEAR,
                untilFurtherNotice)).isEmpty();
    }

    @Test
    void openingHoursAreNotSomethingAFamilyGoesToAndTheHoursAreTheWallClocksOnAClockChangeDay() {
        assertThat(Meetings.attendable(session("MO", LocalTime.of(9, 0), LocalTime.of(17, 0), false))).isFalse();
        assertThat(Meetings.attendable(session("MO", LocalTime.of(9, 0), LocalTime.of(15, 0), false))).isTrue();
        assertThat(Meetings.attendable(session("MO", null, null, false))).isTrue();
        // Sunday 25 October 2026, the clocks go back at 2:00: a session from 1:00 to 3:00 is kept as the clock says
        List<Meeting> sunday = Meetings.of(List.of(session("SU", LocalTime.of(1, 0), LocalTime.of(3, 0), false)),
                LocalDate.of(2026, 10, 25), SCHOOL_YEAR, null);
        assertThat(sunday.getFirst()).isEqualTo(new Meeting(LocalDateTime.of(2026, 10, 25, 1, 0),
                LocalDateTime.of(2026, 10, 25, 3, 0), true));
        // without times it lasts the whole day
        assertThat(Meetings.of(List.of(session("SU", null, null, false)), LocalDate.of(2026, 10, 25), SCHOOL_YEAR,
                null).getFirst()).isEqualTo(new Meeting(LocalDateTime.of(2026, 10, 25, 0, 0),
                LocalDateTime.of(2026, 10, 26, 0, 0), true));
    }

    private static Session session(String day, LocalTime opens, LocalTime closes, boolean termTime) {
        return new Session(null, "WEEKLY", 1, List.of(day), opens, closes, LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 23), null, termTime);
    }
}
