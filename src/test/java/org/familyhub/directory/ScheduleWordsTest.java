package org.familyhub.directory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's words in English and Polish, whichever shape its schedule has: the nth weekday as content writes it
 * or as RFC 5545 does, the last week of the month, and the dates it does not meet.
 */
class ScheduleWordsTest {

    private static final ScheduleWords ENGLISH = ScheduleWords.in(Locale.UK);
    private static final ScheduleWords POLISH = ScheduleWords.in(Locale.forLanguageTag("pl-PL"));

    @Test
    void everyShapeOfRecurrenceIsSaid() {
        assertThat(ENGLISH.when("WEEKLY", 1, "TU", null)).isEqualTo("Every Tuesday");
        assertThat(ENGLISH.when("WEEKLY", 2, "TH", null)).isEqualTo("Every other Thursday");
        assertThat(ENGLISH.when("WEEKLY", 1, "WE,MO", null)).isEqualTo("Every Monday, Wednesday");
        assertThat(ENGLISH.when("WEEKLY", 3, "MO", null)).isEqualTo("Every 3 weeks on Monday");
        assertThat(ENGLISH.when("MONTHLY", 1, "TU", "8,9,10,11,12,13,14")).isEqualTo("Second Tuesday of each month");
        assertThat(ENGLISH.when("MONTHLY", 1, "+2TU", null)).isEqualTo("Second Tuesday of each month");
        assertThat(ENGLISH.when("MONTHLY", 1, "-1TH", null)).isEqualTo("Last Thursday of each month");
        assertThat(ENGLISH.when("MONTHLY", 1, "TH", "-7,-6,-5,-4,-3,-2,-1")).isEqualTo("Last Thursday of each month");
        assertThat(ENGLISH.when("MONTHLY", 1, null, "15")).isEqualTo("On the 15th of every month");
        assertThat(ENGLISH.when("MONTHLY", 1, null, "1,15")).as("several days").isEqualTo("Day 1,15 of each month");
        assertThat(ENGLISH.when(null, null, null, null)).isNull();
        assertThat(ENGLISH.times(LocalTime.of(9, 30), LocalTime.of(11, 0))).isEqualTo("09:30 to 11:00");
    }

    @Test
    void theDatesASessionDoesNotMeetAreSaidTheBritishWay() {
        assertThat(ENGLISH.notOn(List.of(LocalDate.of(2027, 1, 5), LocalDate.of(2026, 12, 22))))
                .isEqualTo("Not on 22 December 2026 or 5 January 2027");
        assertThat(ENGLISH.notOn(List.of(LocalDate.of(2026, 12, 22)))).isEqualTo("Not on 22 December 2026");
        assertThat(ENGLISH.notOn(List.of())).isNull();
    }

    @Test
    void polishHasItsOwnWordsAndDayNames() {
        assertThat(POLISH.when("WEEKLY", 2, "TH", null)).isEqualTo("Co dwa tygodnie: czwartek");
        assertThat(POLISH.when("MONTHLY", 1, "-1TH", null)).isEqualTo("Raz w miesiącu, w ostatnim tygodniu: czwartek");
        assertThat(POLISH.notOn(List.of(LocalDate.of(2026, 12, 22), LocalDate.of(2027, 1, 5))))
                .isEqualTo("Nie odbywa się 22 grudnia 2026 ani 5 stycznia 2027");
        assertThat(POLISH.termTime()).doesNotContain("term");
    }
}
