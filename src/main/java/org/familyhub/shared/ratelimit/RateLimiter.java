package org.familyhub.shared.ratelimit;

/**
 * Allowances per key. Today the buckets live in this instance's memory ({@link LocalRateLimiter}); several
 * portals behind a load balancer each count on their own until the buckets move to the shared database,
 * which only needs another implementation of this interface.
 */
public interface RateLimiter {

    /** Takes one from the key's allowance if it has one left. */
    Decision tryTake(Limit limit, String key);

    /** Whether the key has an allowance left, taking nothing. */
    boolean hasAllowance(Limit limit, String key);

    /** Gives the key its whole allowance back, e.g. after a successful sign-in. */
    void reset(Limit limit, String key);
}
