package org.familyhub.shared.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Token buckets in the shared database, so every portal node counts against the same allowance: a client who
 * is braked on one node is braked on all, whichever node the load balancer picks. Each take locks the one
 * bucket row ({@code select … for update}) in a transaction of its own, refills it by the time passed, and takes
 * a token if there is one; a take is never undone by the caller's transaction rolling back. The first statement
 * is an upsert, which locks the row exclusively at once: two nodes taking from a new bucket queue, not deadlock.
 * <p>
 * Keys are stored as their SHA-256 only, and a bucket that is full again is the same as no row, so rows are
 * deleted then: an address stays in the table only while it is being braked.
 */
@Component
@ConditionalOnProperty(name = "familyhub.rate-limit.store", havingValue = "database", matchIfMissing = true)
class DatabaseRateLimiter implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRateLimiter.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DatabaseRateLimiter(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Takes a token; when the database does not answer, allows the request: whatever it asks for needs the database
     * too and answers for itself (503 and the calm words), rather than a failure of the brake.
     */
    @Override
    public Decision tryTake(Limit limit, String key) {
        try {
            return take(limit, hash(key), clock.instant());
        } catch (DataAccessException | TransactionException databaseDown) {
            log.warn("event=rate-limit-unavailable limit={} cause={}", limit.name(),
                    databaseDown.getClass().getSimpleName());
            return Decision.ALLOWED;
        }
    }

    private Decision take(Limit limit, String hash, Instant now) {
        return ownTransaction.execute(status -> {
            jdbc.sql("""
                    insert into rate_limit_bucket (limit_name, key_hash, tokens, refilled_at, full_at)
                    values (?, ?, ?, ?, ?) on duplicate key update tokens = tokens""")
                    .params(limit.name(), hash, (double) limit.capacity(), Timestamp.from(now), Timestamp.from(now))
                    .update();
            Bucket bucket = jdbc.sql("""
                    select tokens, refilled_at from rate_limit_bucket where limit_name = ? and key_hash = ?
                    for update""")
                    .params(limit.name(), hash)
                    .query((rs, n) -> new Bucket(rs.getDouble(1), rs.getTimestamp(2).toInstant())).single();
            double available = bucket.availableAt(now, limit);
            boolean allowed = available >= 1;
            double left = allowed ? available - 1 : available;
            jdbc.sql("update rate_limit_bucket set tokens = ?, refilled_at = ?, full_at = ?"
                    + " where limit_name = ? and key_hash = ?")
                    .params(left, Timestamp.from(now), Timestamp.from(now.plus(timeToEarn(limit.capacity() - left, limit))),
                            limit.name(), hash)
                    .update();
            return allowed ? Decision.ALLOWED : new Decision(false, timeToEarn(1 - left, limit));
        });
    }

    @Override
    public boolean hasAllowance(Limit limit, String key) {
        Instant now = clock.instant();
        try {
            Optional<Bucket> bucket = jdbc.sql(
                    "select tokens, refilled_at from rate_limit_bucket where limit_name = ? and key_hash = ?")
                    .params(limit.name(), hash(key))
                    .query((rs, n) -> new Bucket(rs.getDouble(1), rs.getTimestamp(2).toInstant())).optional();
            return bucket.map(b -> b.availableAt(now, limit) >= 1).orElse(true);
        } catch (DataAccessException databaseDown) {
            return true;
        }
    }

    @Override
    public void reset(Limit limit, String key) {
        jdbc.sql("delete from rate_limit_bucket where limit_name = ? and key_hash = ?")
                .params(limit.name(), hash(key)).update();
    }

    /** Forgets the buckets that are full again: the same as never having been used. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${familyhub.rate-limit.cleanup-every:PT10M}")
    @SchedulerLock(name = "rate-limit-cleanup")
    void forgetFullBuckets() {
        forgetFullBuckets(clock.instant());
    }

    int forgetFullBuckets(Instant now) {
        return jdbc.sql("delete from rate_limit_bucket where full_at <= ?").param(Timestamp.from(now)).update();
    }

    /** How long the bucket takes to earn this many tokens back. */
    private static Duration timeToEarn(double tokens, Limit limit) {
        if (tokens <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil(tokens * limit.period().toNanos() / limit.refill()));
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A bucket as stored: its tokens when it was last refilled. */
    private record Bucket(double tokens, Instant refilledAt) {

        /** Refilled smoothly (as Bucket4j's greedy refill) by the time passed, never beyond the capacity. */
        double availableAt(Instant now, Limit limit) {
            long passed = Math.max(0, Duration.between(refilledAt, now).toNanos());
            double earned = (double) passed * limit.refill() / limit.period().toNanos();
            return Math.min(limit.capacity(), tokens + earned);
        }
    }
}
