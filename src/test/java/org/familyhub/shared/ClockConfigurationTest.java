package org.familyhub.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The portal's clock runs in the council's zone, and can start at a known moment for tests. */
class ClockConfigurationTest {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Test
    void byDefaultItIsNowInEnglandWhateverTheServersZone() {
        Clock clock = new ClockConfiguration().clock(ENGLAND, "");
        assertThat(clock.getZone()).isEqualTo(ENGLAND);
        assertThat(clock.instant()).isCloseTo(Instant.now(), within(Duration.ofSeconds(5)));
    }

    @Test
    void aStartingMomentIsReadInEnglandsTimeAndTheClockTicksOn() throws InterruptedException {
        Clock winter = new ClockConfiguration().clock(ENGLAND, "2026-12-02T08:00");
        assertThat(winter.instant()).isCloseTo(Instant.parse("2026-12-02T08:00:00Z"), within(Duration.ofSeconds(5)));
        Clock summer = new ClockConfiguration().clock(ENGLAND, "2026-07-01T08:00");
        assertThat(summer.instant()).isCloseTo(Instant.parse("2026-07-01T07:00:00Z"), within(Duration.ofSeconds(5)));
        LocalDateTime first = LocalDateTime.now(winter);
        Thread.sleep(20);
        assertThat(LocalDateTime.now(winter)).isAfter(first);
    }
}
