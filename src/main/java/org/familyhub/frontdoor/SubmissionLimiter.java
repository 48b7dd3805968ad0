package org.familyhub.frontdoor;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * A token bucket per remote address for the public forms: a family sending a form or two is never
 * slowed, a script sending hundreds is. In memory, per instance of the portal: enough to keep junk out
 * of the front door's inbox.
 */
@Component
class SubmissionLimiter {

    private static final int MAX_CLIENTS = 10_000;

    private final Clock clock;
    private final double capacity;
    private final double tokensPerMilli;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    SubmissionLimiter(Clock clock, FrontDoorProperties properties) {
        this.clock = clock;
        this.capacity = Math.max(1, properties.submissionBurst());
        this.tokensPerMilli = Math.max(1, properties.submissionsPerHour()) / 3_600_000.0;
    }

    /** Takes one submission from the client's allowance; false when it has none left just now. */
    boolean tryTake(String client) {
        long now = clock.millis();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
    }

    private final class Bucket {
        private double tokens = capacity;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized boolean take(long now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + Math.max(0, now - updated) * tokensPerMilli);
            updated = now;
        }
    }
}
