package org.familyhub.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.familyhub.directory.ServiceDetails.Session;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Next session" counts by the date and time in England: a session that ended earlier today is past; and a
 * term-time session skips the half terms and the holidays between terms.
 */
class SessionDatesTest {

    private static final TermDates NONE = TermDates.UNKNOWN;
    /** Cheshire East's school year 2026 to 2027, as in content/term-dates.json. */
    private static final TermDates SCHOOL_YEAR = new TermDates(List.of(
            new TermDates.Term("Autumn term 2026", LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 18),
                    LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30)),
            new TermDates.Term("Spring term 2027", LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 25),
                    LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 19)),
            new TermDates.Term("Summer term 2027", LocalDate.of(2027, 4, 12), LocalDate.of(2027, 7, 23),
                    LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 4))));

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    /** Stay and play, Tuesdays 9:30 to 11:00. */
    private static final Session TUESDAY_MORNING = weekly("TU", LocalTime.of(9, 30), LocalTime.of(11, 0));
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    @Test
    void aSessionThatHasEndedTodayIsNextWeeks() {
        assertThat(SessionDates.next(TUESDAY_MORNING, TUESDAY.atTime(14, 15), NONE)).contains(TUESDAY.plusWeeks(1));
        assertThat(SessionDates.next(TUESDAY_MORNING, TUESDAY.atTime(11, 0), NONE)).contains(TUESDAY.plusWeeks(1));
    }

    @Test
    void aSessionStillToComeOrUnderWayTodayIsToday() {
        assertThat(SessionDates.next(TUESDAY_MORNING, TUESDAY.atTime(8, 0), NONE)).contains(TUESDAY);
        assertThat(SessionDates.next(TUESDAY_MORNING, TUESDAY.atTime(10, 59), NONE)).contains(TUESDAY);
    }

    @Test
    void acrossMidnightTheNextDaysSessionBecomesToday() {
        assertThat(SessionDates.next(TUESDAY_MORNING, TUESDAY.minusDays(1).atTime(23, 59), NONE)).contains(TUESDAY);
        assertThat(SessionDates.next(TUESDAY_MORNING, TUESDAY.atStartOfDay(), NONE)).contains(TUESDAY);
    }

    @Test
    void aSessionWithoutAClosingTimeLastsAnHourAndOneWithoutTimesAllDay() {
        Session opensOnly = weekly("TU", LocalTime.of(9, 30), null);
        assertThat(SessionDates.next(opensOnly, TUESDAY.atTime(10, 29), NONE)).contains(TUESDAY);
        assertThat(SessionDates.next(opensOnly, TUESDAY.atTime(10, 30), NONE)).contains(TUESDAY.plusWeeks(1));
        assertThat(SessionDates.next(weekly("TU", null, null), TUESDAY.atTime(23, 0), NONE)).contains(TUESDAY);
    }

    @Test
    void theTimeIsEnglandsOnBothSidesOfTheClockChange() {
        // Saturday 24 October 2026, 10:30 UTC is 11:30 in British Summer Time: the 9:30 to 11:00 session is over.
        Session saturday = weekly("SA", LocalTime.of(9, 30), LocalTime.of(11, 0));
        LocalDate lastSaturdayOfSummerTime = LocalDate.of(2026, 10, 24);
        assertThat(SessionDates.next(saturday, inEngland("2026-10-24T10:30:00Z"), NONE))
                .contains(lastSaturdayOfSummerTime.plusWeeks(1));
        // The clocks go back at 02:00 on Sunday 25 October: 10:30 UTC is 10:30 in England, the session is on.
        Session sunday = weekly("SU", LocalTime.of(9, 30), LocalTime.of(11, 0));
        assertThat(SessionDates.next(sunday, inEngland("2026-10-25T10:30:00Z"), NONE)).contains(LocalDate.of(2026, 10, 25));
        // In summer time a Tuesday begins at 23:00 UTC on Monday.
        assertThat(SessionDates.next(TUESDAY_MORNING, inEngland("2026-06-29T23:30:00Z"), NONE))
                .contains(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aTermTimeSessionSkipsTheChristmasHolidaysAndOneWithoutTheMarkDoesNot() {
        Session thursdays = termTime(weekly("TH", LocalTime.of(13, 30), LocalTime.of(15, 0)));
        // Friday 18 December is the last day of the autumn term; spring term starts on Tuesday 5 January
        assertThat(SessionDates.next(thursdays, LocalDate.of(2026, 12, 17).atTime(16, 0), SCHOOL_YEAR))
                .contains(LocalDate.of(2027, 1, 7));
        assertThat(SessionDates.next(termTime(TUESDAY_MORNING), LocalDate.of(2026, 12, 19).atTime(9, 0), SCHOOL_YEAR))
                .contains(LocalDate.of(2027, 1, 5));
        assertThat(SessionDates.next(weekly("TH", LocalTime.of(13, 30), LocalTime.of(15, 0)),
                LocalDate.of(2026, 12, 17).atTime(16, 0), SCHOOL_YEAR)).contains(LocalDate.of(2026, 12, 24));
    }

    @Test
    void aTermTimeSessionSkipsTheHalfTermButNotTheWeekendsOfATerm() {
        assertThat(SessionDates.next(termTime(TUESDAY_MORNING), LocalDate.of(2026, 10, 21), SCHOOL_YEAR))
                .contains(LocalDate.of(2026, 11, 3));
        Session saturdays = termTime(weekly("SA", LocalTime.of(10, 0), LocalTime.of(11, 0)));
        assertThat(SessionDates.next(saturdays, LocalDate.of(2026, 11, 30), SCHOOL_YEAR))
                .contains(LocalDate.of(2026, 12, 5));
    }

    @Test
    void outsideTheTermsOnRecordATermTimeSessionRunsAsItsRuleSays() {
        assertThat(SessionDates.next(termTime(TUESDAY_MORNING), LocalDate.of(2026, 8, 1), SCHOOL_YEAR))
                .contains(LocalDate.of(2026, 8, 4));
        assertThat(SessionDates.next(termTime(TUESDAY_MORNING), LocalDate.of(2027, 7, 24), SCHOOL_YEAR))
                .contains(LocalDate.of(2027, 7, 27));
        assertThat(SessionDates.next(termTime(TUESDAY_MORNING), LocalDate.of(2026, 12, 22), NONE))
                .contains(LocalDate.of(2026, 12, 22));
    }

    @Test
    void aFortnightlyTermTimeSessionKeepsItsFortnightAcrossAHoliday() {
        // every other Tuesday from 1 September: 8 December, 22 December (in the holiday), 5 January, 19 January
        Session fortnightly = new Session(null, "WEEKLY", 2, List.of("TU"), LocalTime.of(10, 0), LocalTime.of(12, 0),
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 23), null, true);
        assertThat(SessionDates.next(fortnightly, LocalDate.of(2026, 12, 9), SCHOOL_YEAR))
                .contains(LocalDate.of(2027, 1, 5));
        assertThat(SessionDates.next(fortnightly, LocalDate.of(2027, 1, 6), SCHOOL_YEAR))
                .contains(LocalDate.of(2027, 1, 19));
    }

    @Test
    void theHolidayDatesOfATermTimeSessionAreTheOnesItsRuleWouldMeetOn() {
        Session thursdays = termTime(weekly("TH", LocalTime.of(13, 30), LocalTime.of(15, 0)));
        assertThat(SessionDates.holidayDates(thursdays, LocalDate.of(2026, 12, 3), SCHOOL_YEAR))
                .startsWith(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 18),
                        LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 8), LocalDate.of(2027, 6, 3))
                .hasSize(6);
        assertThat(SessionDates.holidayDates(weekly("TH", null, null), LocalDate.of(2026, 12, 3), SCHOOL_YEAR))
                .isEmpty();
        assertThat(SessionDates.holidayDates(thursdays, LocalDate.of(2026, 12, 3), NONE)).isEmpty();
    }

    @Test
    void aMonthlySessionInTheLastWeekMeetsOnTheLastSuchDayOfEachMonth() {
        Session lastTuesday = new Session(null, "MONTHLY", 1, List.of("-1TU"), LocalTime.of(10, 0),
                LocalTime.of(11, 30), null, null, null, false);
        assertThat(SessionDates.next(lastTuesday, LocalDate.of(2026, 12, 1), NONE)).contains(LocalDate.of(2026, 12, 29));
        assertThat(SessionDates.next(lastTuesday, LocalDate.of(2027, 2, 1), NONE)).contains(LocalDate.of(2027, 2, 23));
        assertThat(SessionDates.next(lastTuesday, LocalDate.of(2026, 12, 29).atTime(12, 0), NONE))
                .as("after December's has ended, January's").contains(LocalDate.of(2027, 1, 26));
        assertThat(SessionDates.runsOn(lastTuesday, LocalDate.of(2026, 12, 22), NONE)).isFalse();
    }

    @Test
    void aMonthlySessionInContentsShapeMeetsOnlyInItsWeek() {
        // content and the editor write "the second Tuesday" as byday TU with bymonthday 8 to 14
        org.familyhub.directory.domain.Schedule second = new org.familyhub.directory.domain.Schedule(
                java.util.UUID.randomUUID(), new org.familyhub.directory.domain.Schedule.Recurrence("MONTHLY", 1,
                        "TU", "8,9,10,11,12,13,14", null, null, null, null, null, LocalTime.of(17, 0),
                        LocalTime.of(19, 0), null, false, List.of(LocalDate.of(2027, 1, 12))), null, null);
        Session session = ServiceMapping.session(second);
        assertThat(SessionDates.next(session, LocalDate.of(2026, 12, 2), NONE)).contains(LocalDate.of(2026, 12, 8));
        assertThat(SessionDates.next(session, LocalDate.of(2026, 12, 9), NONE))
                .as("January's is off, so February's").contains(LocalDate.of(2027, 2, 9));
    }

    @Test
    void aSessionDoesNotMeetOnItsExceptionDates() {
        Session notAtChristmas = except(TUESDAY_MORNING, LocalDate.of(2026, 12, 22), LocalDate.of(2027, 1, 5));
        assertThat(SessionDates.next(notAtChristmas, LocalDate.of(2026, 12, 16), NONE))
                .contains(LocalDate.of(2026, 12, 29));
        assertThat(SessionDates.next(notAtChristmas, LocalDate.of(2026, 12, 30), NONE))
                .contains(LocalDate.of(2027, 1, 12));
        assertThat(SessionDates.next(notAtChristmas, LocalDate.of(2026, 12, 22).atTime(8, 0), NONE))
                .as("not even before it would have started").contains(LocalDate.of(2026, 12, 29));
        assertThat(SessionDates.runsOn(notAtChristmas, LocalDate.of(2026, 12, 22), NONE)).isFalse();
        assertThat(SessionDates.runsOn(TUESDAY_MORNING, LocalDate.of(2026, 12, 22), NONE)).isTrue();
    }

    @Test
    void aTermTimeSessionSkipsBothTheHolidaysAndItsExceptions() {
        // back on Tuesday 5 January, but that is the staff's training day
        Session tuesdays = except(termTime(TUESDAY_MORNING), LocalDate.of(2027, 1, 5));
        assertThat(SessionDates.next(tuesdays, LocalDate.of(2026, 12, 16), SCHOOL_YEAR))
                .contains(LocalDate.of(2027, 1, 12));
        assertThat(SessionDates.skippedDates(tuesdays, LocalDate.of(2026, 12, 16), SCHOOL_YEAR))
                .startsWith(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 5));
        assertThat(SessionDates.holidayDates(tuesdays, LocalDate.of(2026, 12, 16), SCHOOL_YEAR))
                .doesNotContain(LocalDate.of(2027, 1, 5));
        // an exception on a day the rule would not meet anyway is no skipped date
        assertThat(SessionDates.skippedDates(except(TUESDAY_MORNING, LocalDate.of(2027, 1, 6)),
                LocalDate.of(2026, 12, 16), SCHOOL_YEAR)).isEmpty();
    }

    @Test
    void aFortnightlySessionKeepsItsFortnightAcrossAnException() {
        Session fortnightly = except(new Session(null, "WEEKLY", 2, List.of("TU"), LocalTime.of(10, 0),
                LocalTime.of(12, 0), LocalDate.of(2026, 9, 1), null, null, false), LocalDate.of(2026, 12, 8));
        assertThat(SessionDates.next(fortnightly, LocalDate.of(2026, 12, 2), NONE)).contains(LocalDate.of(2026, 12, 22));
    }

    private static Session except(Session session, LocalDate... dates) {
        return new Session(session.description(), session.frequency(), session.interval(), session.days(),
                session.opensAt(), session.closesAt(), session.startsOn(), session.endsOn(), session.count(),
                session.termTimeOnly(), List.of(dates));
    }

    private static Session termTime(Session session) {
        return new Session(session.description(), session.frequency(), session.interval(), session.days(),
                session.opensAt(), session.closesAt(), session.startsOn(), session.endsOn(), session.count(), true);
    }

    private static LocalDateTime inEngland(String instant) {
        return LocalDateTime.now(Clock.fixed(Instant.parse(instant), ENGLAND));
    }

    @Test
    void aOneOffSessionMeetsOnItsOneDateOnly() {
        LocalDate funDay = LocalDate.of(2026, 12, 12);
        Session once = new Session("Winter fun day", "WEEKLY", 1, List.of(), LocalTime.of(10, 0), LocalTime.of(14, 0),
                funDay, funDay, null, false);

        assertThat(SessionDates.oneOff(once)).isTrue();
        assertThat(SessionDates.next(once, TUESDAY, NONE)).contains(funDay);
        assertThat(SessionDates.runsOn(once, funDay.plusWeeks(1), NONE)).isFalse();
        assertThat(SessionDates.next(once, funDay.atTime(14, 0), NONE)).isEmpty();
    }

    private static Session weekly(String day, LocalTime opens, LocalTime closes) {
        return new Session(null, "WEEKLY", 1, List.of(day), opens, closes, null, null, null, false);
    }
}
