package org.familyhub.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextTest {

    /** 13:11 in London on 1 December 2026 (GMT), and 13:11 on 1 July 2026 (BST, 12:11 UTC). */
    private static final Instant WINTER = Instant.parse("2026-12-01T13:11:05Z");
    private static final Instant SUMMER = Instant.parse("2026-07-01T12:11:00Z");
    private final DateText dates = new DateText(Clock.fixed(WINTER, ZoneId.of("Europe/London")));

    @Test
    void plainEnglishAmericanEnglishAndNoLanguageAllReadBritish() {
        for (Locale english : new Locale[] {Locale.ENGLISH, Locale.US, Locale.UK, null}) {
            assertThat(dates.date(LocalDate.of(2026, 12, 1), english)).isEqualTo("1 December 2026");
            assertThat(dates.shortDate(LocalDate.of(2026, 12, 1), english)).isEqualTo("1 Dec 2026");
            assertThat(dates.day(LocalDate.of(2026, 12, 1), english)).isEqualTo("Tuesday 1 December 2026");
            assertThat(dates.dateTime(WINTER, english)).isEqualTo("1 Dec 2026, 13:11");
            assertThat(dates.dateTimeSeconds(WINTER, english)).isEqualTo("1 Dec 2026, 13:11:05");
        }
    }

    @Test
    void timesAreTwentyFourHourInTheCouncilsZoneSummerTimeIncluded() {
        assertThat(dates.dateTime(SUMMER, Locale.ENGLISH)).isEqualTo("1 Jul 2026, 13:11");
    }

    @Test
    void aPolishPageReadsPolishDates() {
        Locale polish = Locale.forLanguageTag("pl");
        assertThat(dates.date(LocalDate.of(2026, 12, 1), polish)).isEqualTo("1 grudnia 2026");
        assertThat(dates.dateTime(WINTER, polish)).isEqualTo("1 gru 2026, 13:11");
    }
}
