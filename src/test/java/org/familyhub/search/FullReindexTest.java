package org.familyhub.search;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.familyhub.PortalTest;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A full reindex builds a new index and swaps the alias: searches keep working all the way through. */
@PortalTest
class FullReindexTest {

    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFullReindexSwapsTheAliasWithoutDowntime() throws Exception {
        SearchIndexFixture.awaitAllActiveIndexed(search, index, jdbc);
        long active = search.search(SearchQuery.forText("").size(1).build()).total();
        List<String> before = aliased();
        List<Long> totalsSeen = new CopyOnWriteArrayList<>();
        List<Exception> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread searcher = Thread.ofVirtual().start(() -> {
            while (running.get()) {
                try {
                    totalsSeen.add(search.search(SearchQuery.forText("stay and play").size(1).build()).total());
                } catch (Exception e) {
                    failures.add(e);
                }
            }
        });

        String rebuilt = index.rebuild();
        running.set(false);
        searcher.join();

        assertThat(aliased()).containsExactly(rebuilt).doesNotContainAnyElementsOf(before);
        assertThat(client.indices().exists(e -> e.index(before)).value()).isFalse();
        assertThat(failures).isEmpty();
        assertThat(totalsSeen).isNotEmpty().allSatisfy(total -> assertThat(total).isPositive());
        assertThat(search.search(SearchQuery.forText("").size(1).build()).total()).isEqualTo(active);
    }

    private List<String> aliased() throws Exception {
        return List.copyOf(client.indices().getAlias(a -> a.name(ServiceIndex.ALIAS)).result().keySet());
    }
}
