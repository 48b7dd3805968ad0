package org.familyhub.shared.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Bucket4j buckets in this node's memory, only with {@code familyhub.rate-limit.store=memory}: right for one
 * portal node alone, wrong behind a load balancer (each node would grant the whole allowance). Time comes from
 * the portal's clock. Beyond
 * {@link #MAX_BUCKETS} keys, buckets that are full again (idle clients) are dropped, so memory stays
 * bounded whatever a flood of addresses does.
 */
@Component
@ConditionalOnProperty(name = "familyhub.rate-limit.store", havingValue = "memory")
class LocalRateLimiter implements RateLimiter {

    static final int MAX_BUCKETS = 50_000;

    private final TimeMeter time;
    private final Map<Key, Entry> buckets = new ConcurrentHashMap<>();

    LocalRateLimiter(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Override
    public Decision tryTake(Limit limit, String key) {
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Decision.ALLOWED
                : new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public boolean hasAllowance(Limit limit, String key) {
        Entry entry = buckets.get(new Key(limit.name(), key));
        return entry == null || entry.bucket().getAvailableTokens() >= 1;
    }

    @Override
    public void reset(Limit limit, String key) {
        buckets.remove(new Key(limit.name(), key));
    }

    private Bucket bucket(Limit limit, String key) {
        if (buckets.size() >= MAX_BUCKETS) {
            buckets.values().removeIf(Entry::isFull);
        }
        return buckets.computeIfAbsent(new Key(limit.name(), key), k -> new Entry(Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.refill(), limit.period()).build())
                .withCustomTimePrecision(time)
                .build(), limit.capacity())).bucket();
    }

    private record Key(String limit, String key) {
    }

    private record Entry(Bucket bucket, long capacity) {
        boolean isFull() {
            return bucket.getAvailableTokens() >= capacity;
        }
    }
}
