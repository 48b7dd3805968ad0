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

/** "Next session" counts by the date and time in England: a session that ended earlier today is past. */
class SessionDatesTest {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    /** Stay and play, Tuesdays 9:30 to 11:00. */
    private static final Session TUESDAY_MORNING = weekly("TU", LocalTime.of(9, 30), LocalTime.of(11, 0));
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    @Test
    void aSessionThatHasEndedTodayIsNextWeeks() {
        assertThat(SessionDates.next(TUESDAY_MORNING, TUESDAY.atTime(14, 15))).contains(TUESDAY.plusWeeks(1));
        assertThat(SessionDates.next(TUESDAY_MORNING, TUESDAY.atTime(11, 0))).contains(TUESDAY.plusWeeks(1));
    }

    @Test
    void aSessionStillToComeOrUnderWayTodayIsToday() {
        assertThat(SessionDates.next(TUESDAY_MORNING, TUESDAY.atTime(8, 0))).contains(TUESDAY);
        assertThat(SessionDates.next(TUESDAY_MORNING, TUESDAY.atTime(10, 59))).contains(TUESDAY);
    }

    @Test
    void acrossMidnightTheNextDaysSessionBecomesToday() {
        assertThat(SessionDates.next(TUESDAY_MORNING, TUESDAY.minusDays(1).atTime(23, 59))).contains(TUESDAY);
        assertThat(SessionDates.next(TUESDAY_MORNING, TUESDAY.atStartOfDay())).contains(TUESDAY);
    }

    @Test
    void aSessionWithoutAClosingTimeLastsAnHourAndOneWithoutTimesAllDay() {
        Session opensOnly = weekly("TU", LocalTime.of(9, 30), null);
        assertThat(SessionDates.next(opensOnly, TUESDAY.atTime(10, 29))).contains(TUESDAY);
        assertThat(SessionDates.next(opensOnly, TUESDAY.atTime(10, 30))).contains(TUESDAY.plusWeeks(1));
        assertThat(SessionDates.next(weekly("TU", null, null), TUESDAY.atTime(23, 0))).contains(TUESDAY);
    }

    @Test
    void theTimeIsEnglandsOnBothSidesOfTheClockChange() {
        // Saturday 24 October 2026, 10:30 UTC is 11:30 in British Summer Time: the 9:30 to 11:00 session is over.
        Session saturday = weekly("SA", LocalTime.of(9, 30), LocalTime.of(11, 0));
        LocalDate lastSaturdayOfSummerTime = LocalDate.of(2026, 10, 24);
        assertThat(SessionDates.next(saturday, inEngland("2026-10-24T10:30:00Z")))
                .contains(lastSaturdayOfSummerTime.plusWeeks(1));
        // The clocks go back at 02:00 on Sunday 25 October: 10:30 UTC is 10:30 in England, the session is on.
        Session sunday = weekly("SU", LocalTime.of(9, 30), LocalTime.of(11, 0));
        assertThat(SessionDates.next(sunday, inEngland("2026-10-25T10:30:00Z"))).contains(LocalDate.of(2026, 10, 25));
        // In summer time a Tuesday begins at 23:00 UTC on Monday.
        assertThat(SessionDates.next(TUESDAY_MORNING, inEngland("2026-06-29T23:30:00Z")))
                .contains(LocalDate.of(2026, 6, 30));
    }

    private static LocalDateTime inEngland(String instant) {
        return LocalDateTime.now(Clock.fixed(Instant.parse(instant), ENGLAND));
    }

    private static Session weekly(String day, LocalTime opens, LocalTime closes) {
        return new Session(null, "WEEKLY", 1, List.of(day), opens, closes, null, null, null);
    }
}
