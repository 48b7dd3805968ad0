package org.familyhub.frontdoor;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Requests for help by status (Prometheus {@code familyhub_help_requests{status="RECEIVED"}} …), counted in the
 * shared database with one query at most every {@value #FRESH_SECONDS} seconds however often it is scraped.
 * Counts only: nothing about a family leaves the database this way.
 */
@Component
class RequestMetrics implements MeterBinder {

    static final long FRESH_SECONDS = 15;

    private final JdbcClient jdbc;
    private Map<RequestStatus, Long> counts = Map.of();
    private long countedAt;
    private boolean counted;

    RequestMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry metrics) {
        for (RequestStatus status : RequestStatus.values()) {
            Gauge.builder("familyhub.help.requests", () -> count(status))
                    .description("Requests for help by status").tag("status", status.name()).register(metrics);
        }
    }

    private synchronized double count(RequestStatus status) {
        long now = System.nanoTime();
        if (!counted || now - countedAt > Duration.ofSeconds(FRESH_SECONDS).toNanos()) {
            try {
                Map<RequestStatus, Long> fresh = new EnumMap<>(RequestStatus.class);
                jdbc.sql("select status, count(*) from help_request group by status")
                        .query(rs -> {
                            fresh.put(RequestStatus.valueOf(rs.getString(1)), rs.getLong(2));
                        });
                counts = fresh;
                countedAt = now;
                counted = true;
            } catch (RuntimeException databaseDown) {
                return Double.NaN;
            }
        }
        return counts.getOrDefault(status, 0L);
    }
}
