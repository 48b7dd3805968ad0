package org.familyhub.directory;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClosureTest {

    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24);
    private static final LocalDate THIRD_OF_JANUARY = LocalDate.of(2027, 1, 3);

    @Test
    void aClosureHoldsFromItsFirstDayToItsLastBothIncluded() {
        Closure holidays = new Closure(CHRISTMAS_EVE, THIRD_OF_JANUARY, null, null, null);

        assertThat(holidays.closedOn(CHRISTMAS_EVE.minusDays(1))).isFalse();
        assertThat(holidays.ahead(CHRISTMAS_EVE.minusDays(1))).isTrue();
        assertThat(holidays.closedOn(CHRISTMAS_EVE)).isTrue();
        assertThat(holidays.closedOn(THIRD_OF_JANUARY)).isTrue();
        assertThat(holidays.closedOn(THIRD_OF_JANUARY.plusDays(1))).as("open again the day after").isFalse();
        assertThat(holidays.ahead(THIRD_OF_JANUARY.plusDays(1))).isFalse();
    }

    @Test
    void withoutDatesAClosureHoldsAlreadyAndUntilFurtherNotice() {
        Closure untilFurtherNotice = new Closure(null, null, "Closed for repairs.", null, null);
        Closure fromChristmasEve = new Closure(CHRISTMAS_EVE, null, null, null, null);
        Closure untilJanuary = new Closure(null, THIRD_OF_JANUARY, null, null, null);

        assertThat(untilFurtherNotice.closedOn(LocalDate.of(2026, 12, 2))).isTrue();
        assertThat(untilFurtherNotice.closedOn(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(fromChristmasEve.closedOn(LocalDate.of(2026, 12, 2))).isFalse();
        assertThat(fromChristmasEve.closedOn(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(untilJanuary.closedOn(LocalDate.of(2026, 12, 2))).isTrue();
        assertThat(untilJanuary.closedOn(LocalDate.of(2027, 1, 4))).isFalse();
    }
}
