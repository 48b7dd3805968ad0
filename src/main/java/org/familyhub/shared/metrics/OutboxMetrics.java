package org.familyhub.shared.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox backlog (Prometheus {@code familyhub_outbox_backlog}): events stored with their change whose
 * listeners (indexing, surveys, counts) have not finished yet. It grows while the search cluster is away and
 * falls back to about zero once the retries deliver them.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    OutboxMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry metrics) {
        Gauge.builder("familyhub.outbox.backlog", this::incomplete)
                .description("Events whose listeners have not completed yet").register(metrics);
    }

    private double incomplete() {
        try {
            return jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class).single();
        } catch (RuntimeException databaseDown) {
            return Double.NaN;
        }
    }
}
