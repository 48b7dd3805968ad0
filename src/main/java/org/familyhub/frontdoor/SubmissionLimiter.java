package org.familyhub.frontdoor;

import java.time.Duration;

import org.familyhub.shared.ratelimit.Limit;
import org.familyhub.shared.ratelimit.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * The front door's public forms' allowance per client address: a family sending a form or two is never
 * slowed, a script sending hundreds is ({@code familyhub.frontdoor.submission-burst} at once, then
 * {@code submissions-per-hour}).
 */
@Component
class SubmissionLimiter {

    private final RateLimiter limiter;
    private final Limit limit;

    SubmissionLimiter(RateLimiter limiter, FrontDoorProperties properties) {
        this.limiter = limiter;
        this.limit = new Limit("front-door-forms", properties.submissionBurst(), properties.submissionsPerHour(),
                Duration.ofHours(1));
    }

    /** Takes one submission from the client's allowance; false when it has none left just now. */
    boolean tryTake(String client) {
        return limiter.tryTake(limit, client).allowed();
    }
}
