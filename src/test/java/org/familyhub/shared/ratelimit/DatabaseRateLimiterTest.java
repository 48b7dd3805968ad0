package org.familyhub.shared.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.familyhub.PortalTest;
import org.familyhub.shared.ratelimit.RateLimitFilterTest.MovingClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Two portal nodes on one database count against one allowance per key. */
@PortalTest
class DatabaseRateLimiterTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    RateLimiter portalLimiter;

    private final MovingClock clock = new MovingClock();

    @Test
    void thePortalCountsInTheSharedDatabaseByDefault() {
        assertThat(portalLimiter).isInstanceOf(DatabaseRateLimiter.class);
    }

    @Test
    void aClientAlternatingBetweenTwoNodesGetsTheAllowanceOnceNotOncePerNode() {
        Limit limit = new Limit("forms-" + UUID.randomUUID(), 5, 5, Duration.ofHours(1));
        DatabaseRateLimiter first = node();
        DatabaseRateLimiter second = node();

        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            allowed += (i % 2 == 0 ? first : second).tryTake(limit, "203.0.113.9").allowed() ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(5);
        Decision refused = second.tryTake(limit, "203.0.113.9");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isBetween(Duration.ofMinutes(11), Duration.ofMinutes(12));
        assertThat(first.hasAllowance(limit, "203.0.113.9")).isFalse();
        assertThat(first.tryTake(limit, "203.0.113.10").allowed()).as("another address").isTrue();
    }

    @Test
    void twoNodesTakingAtTheSameMomentGrantNoMoreThanTheAllowance() throws Exception {
        Limit limit = new Limit("sign-in-" + UUID.randomUUID(), 7, 7, Duration.ofHours(1));
        CyclicBarrier together = new CyclicBarrier(2);
        int allowed = 0;
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> both = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                DatabaseRateLimiter node = node();
                both.add(nodes.submit(() -> {
                    together.await();
                    int taken = 0;
                    for (int i = 0; i < 10; i++) {
                        taken += node.tryTake(limit, "jo.bloggs").allowed() ? 1 : 0;
                    }
                    return taken;
                }));
            }
            for (Future<Integer> node : both) {
                allowed += node.get();
            }
        }
        assertThat(allowed).isEqualTo(7);
    }

    @Test
    void theAllowanceIsEarnedBackOverTimeAndAResetGivesItAllBack() {
        Limit limit = new Limit("refill-" + UUID.randomUUID(), 2, 1, Duration.ofMinutes(1));
        DatabaseRateLimiter node = node();
        node.tryTake(limit, "10.0.0.4");
        node.tryTake(limit, "10.0.0.4");
        assertThat(node.tryTake(limit, "10.0.0.4").allowed()).isFalse();

        clock.advance(Duration.ofSeconds(61));
        assertThat(node.tryTake(limit, "10.0.0.4").allowed()).isTrue();
        assertThat(node.tryTake(limit, "10.0.0.4").allowed()).isFalse();

        node.reset(limit, "10.0.0.4");
        assertThat(node.tryTake(limit, "10.0.0.4").allowed()).isTrue();
        assertThat(node.tryTake(limit, "10.0.0.4").allowed()).isTrue();
    }

    @Test
    void theKeyIsNotStoredAndABucketIsForgottenOnceFullAgain() {
        Limit limit = new Limit("forget-" + UUID.randomUUID(), 3, 3, Duration.ofMinutes(3));
        DatabaseRateLimiter node = node();
        node.tryTake(limit, "198.51.100.77");
        node.tryTake(limit, "198.51.100.77");

        assertThat(jdbc.sql("select count(*) from rate_limit_bucket where limit_name = ?").param(limit.name())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select key_hash from rate_limit_bucket where limit_name = ?").param(limit.name())
                .query(String.class).single()).doesNotContain("198.51").hasSize(64);

        clock.advance(Duration.ofSeconds(119));
        node.forgetFullBuckets(clock.instant());
        assertThat(rows(limit)).as("still one token short").isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        node.forgetFullBuckets(clock.instant());
        assertThat(rows(limit)).isZero();
    }

    private long rows(Limit limit) {
        return jdbc.sql("select count(*) from rate_limit_bucket where limit_name = ?").param(limit.name())
                .query(Long.class).single();
    }

    private DatabaseRateLimiter node() {
        return new DatabaseRateLimiter(jdbc, transactions, clock);
    }
}
