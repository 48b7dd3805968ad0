package org.familyhub.shared.server;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the embedded servers are watched.
 *
 * @param checkInterval how often each server is checked ({@code FAMILYHUB_SUPERVISION_CHECK_INTERVAL}); a
 *                      death is noticed within this time and the first restart follows at once
 * @param maxBackoff    the longest wait between failed restarts; the waits double from the check
 *                      interval up to this ({@code FAMILYHUB_SUPERVISION_MAX_BACKOFF})
 */
@ConfigurationProperties("familyhub.supervision")
public record SupervisionProperties(
        @DefaultValue("5s") Duration checkInterval,
        @DefaultValue("5m") Duration maxBackoff) {

    /** The wait after {@code failures} failed restarts in a row (1, 2, …). */
    Duration backoff(int failures) {
        Duration wait = checkInterval;
        for (int i = 0; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
