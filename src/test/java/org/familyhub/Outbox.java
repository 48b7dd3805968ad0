package org.familyhub;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for the event publication registry (the outbox) to have delivered every event, or one listener's. */
public final class Outbox {

    private Outbox() {
    }

    public static void awaitDelivered(JdbcClient jdbc, Duration timeout) {
        awaitDelivered(jdbc, timeout, "");
    }

    /** @param listener part of the listener's name ("ServiceCoverage"): only its deliveries are waited for */
    public static void awaitDelivered(JdbcClient jdbc, Duration timeout, String listener) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and listener_id like concat('%', ?, '%')")
                .param(listener).query(Long.class).single() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the outbox was not delivered within " + timeout.toSeconds() + " s; waiting: "
                        + jdbc.sql("select concat(listener_id, ' since ', publication_date) from event_publication"
                                + " where completion_date is null order by publication_date limit 10")
                        .query(String.class).list());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
