package org.familyhub.shared.ratelimit;

import java.time.Duration;

/**
 * The rate limiter's answer.
 *
 * @param allowed    whether the key had an allowance left (and one was taken)
 * @param retryAfter when not, how long until it has one again
 */
public record Decision(boolean allowed, Duration retryAfter) {

    static final Decision ALLOWED = new Decision(true, Duration.ZERO);

    /** Whole seconds to wait, at least one: what {@code Retry-After} says. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
