package org.familyhub.shared.server;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SupervisionPropertiesTest {

    private final SupervisionProperties settings = new SupervisionProperties(Duration.ofSeconds(5), Duration.ofMinutes(1));

    @Test
    void theWaitAfterFailedRestartsDoublesFromTheCheckInterval() {
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.backoff(3)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void theWaitNeverPassesTheMaximum() {
        assertThat(settings.backoff(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoff(1_000)).isEqualTo(Duration.ofMinutes(1));
    }
}
