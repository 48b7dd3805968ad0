package org.familyhub.search;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.familyhub.search.index.ServiceIndex;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for the asynchronous indexer, which runs after each change commits. */
public final class SearchIndexFixture {

    private SearchIndexFixture() {
    }

    public static void awaitIndex(ServiceIndex index, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            index.refresh();
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The index did not catch up within " + timeout);
    }

    /** Waits until every findable service in the database (active or temporarily closed) can be found. */
    static void awaitAllActiveIndexed(SearchService search, ServiceIndex index, JdbcClient jdbc) {
        long active = jdbc.sql("select count(*) from service where status in ('active', 'temporarily closed')").query(Long.class).single();
        awaitIndex(index, Duration.ofSeconds(60),
                () -> search.search(SearchQuery.forText("").size(1).build()).total() == active);
    }
}
