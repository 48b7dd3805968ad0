package org.familyhub.mail.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail backlog for operators (Prometheus {@code familyhub_mail_backlog}, {@code familyhub_mail_failing}):
 * e-mails not sent yet, and those among them the mail server refused at least once. Counted in the shared
 * database, so every node reports the cluster's backlog.
 */
@Component
class MailMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    MailMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry metrics) {
        Gauge.builder("familyhub.mail.backlog", () -> count("")).description("E-mails waiting to be sent")
                .register(metrics);
        Gauge.builder("familyhub.mail.failing", () -> count(" and attempts > 0"))
                .description("E-mails waiting to be sent that the mail server refused at least once").register(metrics);
    }

    private double count(String condition) {
        try {
            return jdbc.sql("select count(*) from outgoing_email where sent_at is null and withheld_at is null"
                    + condition).query(Long.class).single();
        } catch (RuntimeException databaseDown) {
            return Double.NaN;
        }
    }
}
