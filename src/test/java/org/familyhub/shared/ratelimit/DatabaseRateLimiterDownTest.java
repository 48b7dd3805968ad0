package org.familyhub.shared.ratelimit;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the database not answering, the brake lets requests through: what they ask for needs the database too and
 * answers 503 with the calm words itself (ServersDownTest), instead of the limiter failing the request.
 */
class DatabaseRateLimiterDownTest {

    @Test
    void aDatabaseThatDoesNotAnswerLetsTheRequestThroughToAnswerForItself() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (HikariDataSource down = new HikariDataSource()) {
            down.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + closedPort + "/familyhub");
            down.setConnectionTimeout(Duration.ofMillis(500).toMillis());
            down.setInitializationFailTimeout(-1);
            DatabaseRateLimiter limiter = new DatabaseRateLimiter(JdbcClient.create(down),
                    new JdbcTransactionManager(down), new RateLimitFilterTest.MovingClock());
            Limit limit = new Limit("forms", 1, 1, Duration.ofHours(1));

            assertThat(limiter.tryTake(limit, "203.0.113.9").allowed()).isTrue();
            assertThat(limiter.tryTake(limit, "203.0.113.9").allowed()).isTrue();
            assertThat(limiter.hasAllowance(limit, "203.0.113.9")).isTrue();
        }
    }
}
