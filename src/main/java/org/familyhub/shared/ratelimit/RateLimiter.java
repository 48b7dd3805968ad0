package org.familyhub.shared.ratelimit;

/**
 * Allowances per key. The buckets live in the shared database ({@link DatabaseRateLimiter}), so several portal
 * nodes behind a load balancer count together; {@code familyhub.rate-limit.store=memory} keeps them in one
 * node's memory instead ({@link LocalRateLimiter}), for a portal that runs on one node only.
 */
public interface RateLimiter {

    /** Takes one from the key's allowance if it has one left. */
    Decision tryTake(Limit limit, String key);

    /** Whether the key has an allowance left, taking nothing. */
    boolean hasAllowance(Limit limit, String key);

    /** Gives the key its whole allowance back, e.g. after a successful sign-in. */
    void reset(Limit limit, String key);
}
