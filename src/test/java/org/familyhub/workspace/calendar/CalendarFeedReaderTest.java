package org.familyhub.workspace.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.familyhub.directory.ScheduleWords;
import org.familyhub.directory.ServiceDetails.Session;
import org.familyhub.directory.SessionDates;
import org.familyhub.directory.TermDates;
import org.familyhub.directory.content.HsdsDocuments.Schedule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a provider's calendar events become as sessions. */
class CalendarFeedReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static String calendar(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + String.join("", events)
                + "END:VCALENDAR\r\n";
    }

    static String event(String uid, String... lines) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261201T000000Z\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VEVENT\r\n";
    }

    static final String FORTNIGHTLY_MESSY_PLAY = event("messy@test",
            "DTSTART;TZID=Europe/London:20261208T100000", "DTEND;TZID=Europe/London:20261208T113000",
            "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270330T235959Z",
            "EXDATE;TZID=Europe/London:20261222T100000", "SUMMARY:Messy play", "LOCATION:Hall\\, CW1 3EF");

    static final String WINTER_FUN_DAY = event("fun@test", "DTSTART:20261212T110000Z", "DTEND:20261212T140000Z",
            "SUMMARY:Winter fun day");

    @Test
    void aRepeatingEventBecomesOneSessionWithItsRuleAndItsExceptions() {
        Schedule session = CalendarFeedReader.sessions(calendar(FORTNIGHTLY_MESSY_PLAY), TODAY).getFirst().schedule();

        assertThat(session.freq()).isEqualTo("WEEKLY");
        assertThat(session.interval()).isEqualTo(2);
        assertThat(session.byday()).isEqualTo("TU");
        assertThat(session.validFrom()).isEqualTo("2026-12-08");
        assertThat(session.validTo()).isEqualTo("2027-03-30");
        assertThat(session.opensAt()).isEqualTo("10:00");
        assertThat(session.closesAt()).isEqualTo("11:30");
        assertThat(session.exceptDates()).containsExactly("2026-12-22");
        assertThat(session.description()).isEqualTo("Messy play");
        assertThat(session.notes()).isEqualTo(CalendarFeedReader.FROM_FEED);
    }

    @Test
    void aSingleEventBecomesASessionOnThatDateInEnglishTime() {
        List<FedSession> sessions = CalendarFeedReader.sessions(calendar(WINTER_FUN_DAY), TODAY);

        Schedule session = sessions.getFirst().schedule();
        assertThat(session.freq()).isNull();
        assertThat(session.validFrom()).isEqualTo("2026-12-12").isEqualTo(session.validTo());
        assertThat(session.opensAt()).isEqualTo("11:00");
        assertThat(session.closesAt()).isEqualTo("14:00");
        assertThat(sessions.getFirst().location()).isNull();
    }

    @Test
    void summerTimeInUtcIsReadAsTheHourOnTheClockHere() {
        String summer = event("summer@test", "DTSTART:20270615T090000Z", "DTEND:20270615T100000Z", "SUMMARY:Picnic");

        assertThat(CalendarFeedReader.sessions(calendar(summer), TODAY).getFirst().schedule().opensAt())
                .isEqualTo("10:00");
    }

    @Test
    void eventsThatAreOverCancelledOrRepeatDailyAreLeftOut() {
        String past = event("past@test", "DTSTART:20261101T100000Z", "SUMMARY:Bonfire");
        String cancelled = event("off@test", "DTSTART:20261215T100000Z", "STATUS:CANCELLED", "SUMMARY:Off");
        String daily = event("daily@test", "DTSTART:20261215T100000Z", "RRULE:FREQ=DAILY", "SUMMARY:Every day");
        String ended = event("ended@test", "DTSTART:20260105T100000Z", "RRULE:FREQ=WEEKLY;UNTIL=20260301T000000Z",
                "SUMMARY:Spring");

        assertThat(CalendarFeedReader.sessions(calendar(past, cancelled, daily, ended, WINTER_FUN_DAY), TODAY))
                .extracting(session -> session.schedule().description()).containsExactly("Winter fun day");
    }

    /**
     * A monthly event on a day of the month (HSDS bymonthday) is a session the directory can show and date: "On the
     * 15th of every month"; a monthly rule naming no day repeats on its first date's day, as RFC 5545 says.
     */
    @Test
    void aMonthlyEventOnADayOfTheMonthBecomesASessionOnThatDay() {
        String fifteenth = event("swap@test", "DTSTART;TZID=Europe/London:20261215T100000",
                "DTEND;TZID=Europe/London:20261215T113000", "RRULE:FREQ=MONTHLY;BYMONTHDAY=15", "SUMMARY:Clothes swap");
        String third = event("third@test", "DTSTART;TZID=Europe/London:20270103T140000", "RRULE:FREQ=MONTHLY",
                "SUMMARY:Dads' walk");

        List<FedSession> sessions = CalendarFeedReader.sessions(calendar(fifteenth, third), TODAY);

        Schedule swap = sessions.getFirst().schedule();
        assertThat(swap.freq()).isEqualTo("MONTHLY");
        assertThat(swap.byday()).isNull();
        assertThat(swap.bymonthday()).isEqualTo("15");
        assertThat(sessions.get(1).schedule().bymonthday()).isEqualTo("3");
        assertThat(sessions.get(1).schedule().byday()).isNull();
        assertThat(ScheduleWords.in(Locale.UK).when(swap.freq(), swap.interval(), swap.byday(), swap.bymonthday()))
                .isEqualTo("On the 15th of every month");
        assertThat(ScheduleWords.in(Locale.UK).when("MONTHLY", null, null, "22")).isEqualTo("On the 22nd of every month");
        assertThat(ScheduleWords.in(Locale.forLanguageTag("pl")).when("MONTHLY", null, null, "15"))
                .isEqualTo("15. dnia każdego miesiąca");
        Session session = new Session("Clothes swap", "MONTHLY", 1, List.of(), LocalTime.of(10, 0), null,
                LocalDate.of(2026, 12, 15), null, null, false, List.of(), 31);
        assertThat(SessionDates.next(session, LocalDate.of(2027, 2, 1), TermDates.UNKNOWN))
                .as("no 31st in February or April").contains(LocalDate.of(2027, 3, 31));
    }

    /** Rules a session cannot say are left out and counted, so the feed's status can tell the provider. */
    @Test
    void monthlyOnSeveralOrTheLastDaysAndDailyEventsAreLeftOutAndCounted() {
        String twice = event("twice@test", "DTSTART:20261215T100000Z", "RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15",
                "SUMMARY:Twice a month");
        String last = event("last@test", "DTSTART:20261231T100000Z", "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1",
                "SUMMARY:Last day");
        String daily = event("daily@test", "DTSTART:20261215T100000Z", "RRULE:FREQ=DAILY", "SUMMARY:Every day");

        CalendarFeedReader.Read read = CalendarFeedReader.read(calendar(twice, last, daily, WINTER_FUN_DAY), TODAY);

        assertThat(read.sessions()).extracting(session -> session.schedule().description())
                .containsExactly("Winter fun day");
        assertThat(read.leftOut()).isEqualTo(3);
    }

    @Test
    void textThatIsNotACalendarIsRefused() {
        assertThatThrownBy(() -> CalendarFeedReader.sessions("<html>Not found</html>", TODAY))
                .isInstanceOf(NotACalendarException.class);
    }
}
