package org.familyhub.childcare;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A vacancy older than three months is shown as unknown: the day it turns, in the council's zone. */
class VacancyTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static Vacancy updated(LocalDateTime at) {
        return new Vacancy(AgeGroup.UNDER_TWO, "TU", 1, at.atZone(LONDON).toInstant());
    }

    @Test
    void aVacancyUpdatedExactlyThreeMonthsAgoIsStillKnown() {
        assertThat(updated(LocalDateTime.of(2026, 9, 2, 9, 0)).known(TODAY, LONDON)).isTrue();
    }

    @Test
    void aVacancyUpdatedTheDayBeforeIsUnknown_evenLateInTheEveningOnBritishSummerTime() {
        // 23:30 on 1 September in London is 22:30 UTC: the date counted is London's.
        assertThat(updated(LocalDateTime.of(2026, 9, 1, 23, 30)).known(TODAY, LONDON)).isFalse();
        assertThat(updated(LocalDateTime.of(2026, 9, 2, 0, 30)).known(TODAY, LONDON)).isTrue();
    }

    @Test
    void threeMonthsBeforeTheEndOfAMonthIsTheEndOfTheShorterMonth() {
        assertThat(Vacancy.oldestKnown(LocalDate.of(2026, 5, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aVacancyUpdatedTodayIsKnown() {
        assertThat(updated(LocalDateTime.of(2026, 12, 2, 8, 0)).known(TODAY, LONDON)).isTrue();
    }

    @Test
    void negativePlacesOrAnUnknownDayAreRefused() {
        assertThatThrownBy(() -> new Vacancy(AgeGroup.TWO, "TU", -1, TODAY.atStartOfDay(LONDON).toInstant()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Vacancy(AgeGroup.TWO, "Tuesday", 1, TODAY.atStartOfDay(LONDON).toInstant()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ageGroupsCoverEveryMonthOnce() {
        for (int month = 0; month <= 191; month++) {
            int m = month;
            assertThat(java.util.Arrays.stream(AgeGroup.values()).filter(g -> g.takes(m))).hasSize(1);
        }
        assertThat(AgeGroup.ofAge(18)).contains(AgeGroup.UNDER_TWO);
        assertThat(AgeGroup.ofAge(24)).contains(AgeGroup.TWO);
    }
}
