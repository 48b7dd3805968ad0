package org.familyhub;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for the event publication registry (the outbox) to have delivered every event. */
public final class Outbox {

    private Outbox() {
    }

    public static void awaitDelivered(JdbcClient jdbc, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the outbox was not delivered within " + timeout.toSeconds() + " s");
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
