package org.familyhub.feedback;

import org.familyhub.shared.ratelimit.Limit;
import org.familyhub.shared.ratelimit.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * The allowance of every public feedback form together: {@code familyhub.feedback.submissions-per-hour}
 * per client address, earned back through the hour. Enough to stop one client flooding the editors' queue.
 */
@Component
class SubmissionLimit {

    private final RateLimiter limiter;
    private final Limit limit;

    SubmissionLimit(RateLimiter limiter, FeedbackProperties properties) {
        this.limiter = limiter;
        this.limit = Limit.perHour("feedback-forms", properties.submissionsPerHour());
    }

    /** Counts the submission and answers whether it is within the limit. */
    boolean allow(String sender) {
        return limiter.tryTake(limit, sender).allowed();
    }
}
