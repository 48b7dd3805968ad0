package org.familyhub.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The rate limit of every public feedback form: at most so many submissions per address in the last
 * hour. In memory, per instance: enough to stop one client flooding the editors' queue.
 */
@Component
class SubmissionLimit {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_SENDERS = 10_000;

    private final Clock clock;
    private final int perHour;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    SubmissionLimit(Clock clock, FeedbackProperties properties) {
        this.clock = clock;
        this.perHour = Math.max(1, properties.submissionsPerHour());
    }

    /** Counts the submission and answers whether it is within the limit. */
    boolean allow(String sender) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        if (recent.size() > MAX_SENDERS) {
            recent.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || times.peekLast().isBefore(since);
                }
            });
        }
        Deque<Instant> times = recent.computeIfAbsent(sender, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
