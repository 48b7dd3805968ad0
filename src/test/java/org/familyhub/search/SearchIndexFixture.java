package org.familyhub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
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

    /** A service's document as the index holds it now, or an empty map when it holds none. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> document(ElasticsearchClient client, UUID id) {
        try {
            var response = client.get(g -> g.index(ServiceIndex.ALIAS).id(id.toString()), Map.class);
            return response.found() ? response.source() : Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until every findable service in the database (active or temporarily closed) can be found. */
    static void awaitAllActiveIndexed(SearchService search, ServiceIndex index, JdbcClient jdbc) {
        long active = jdbc.sql("select count(*) from service where status in ('active', 'temporarily closed')").query(Long.class).single();
        awaitIndex(index, Duration.ofSeconds(60),
                () -> search.search(SearchQuery.forText("").size(1).build()).total() == active);
    }
}
