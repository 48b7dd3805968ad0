package org.familyhub.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for every rule about time (next sessions, stale listings, retention), in the council's zone:
 * a session at 9:30 is 9:30 in England whatever zone the server runs in, summer time included.
 * <p>
 * {@code familyhub.clock.starts-at} (a local date and time, e.g. {@code 2026-12-02T08:00}) starts the clock
 * at that moment instead of now; it then ticks as usual. The tests use it so that "today" is a known day,
 * and a demonstration can show the portal as it will be in half term.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${familyhub.time-zone:Europe/London}") ZoneId zone,
            @Value("${familyhub.clock.starts-at:}") String startsAt) {
        Clock system = Clock.system(zone);
        return startsAt.isBlank() ? system : Clock.offset(system,
                Duration.between(system.instant(), LocalDateTime.parse(startsAt.trim()).atZone(zone).toInstant()));
    }
}
