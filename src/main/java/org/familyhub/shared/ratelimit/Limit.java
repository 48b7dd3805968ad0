package org.familyhub.shared.ratelimit;

import java.time.Duration;

/**
 * One kind of allowance, e.g. "public forms": each key (an address, a user name) may take {@code capacity}
 * at once and earns {@code refill} back every {@code period}, smoothly.
 *
 * @param name     names the allowance; keys of different limits never share a bucket
 * @param capacity the most a key may take at once
 * @param refill   how many it earns back per period
 * @param period   the period
 */
public record Limit(String name, long capacity, long refill, Duration period) {

    public Limit {
        capacity = Math.max(1, capacity);
        refill = Math.max(1, refill);
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A limit's period must be positive: " + name);
        }
    }

    /** {@code perHour} at most in any hour, earned back smoothly. */
    public static Limit perHour(String name, long perHour) {
        return new Limit(name, perHour, perHour, Duration.ofHours(1));
    }
}
