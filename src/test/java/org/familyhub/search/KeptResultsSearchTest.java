package org.familyhub.search;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.familyhub.PortalTest;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.search.index.IndexWrites;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A search asked again is answered as it was only while the index has not changed. */
@PortalTest
class KeptResultsSearchTest {

    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    private static final String NAME = "Stay and Play at Monks Coppenhall";

    @Autowired
    SearchService search;
    @Autowired
    DirectoryChanges changes;
    @Autowired
    ServiceIndex index;
    @Autowired
    IndexWrites writes;
    @Autowired
    ElasticsearchClient client;

    @Test
    void anEditIsFoundAtOnceByASearchAskedBeforeIt() throws InterruptedException {
        SearchQuery query = SearchQuery.forText("monks coppenhall stay and play").build();
        awaitIndexedName(NAME);
        waitUntilTheIndexHasSettled();
        SearchResults before = search.search(query);
        assertThat(before.hits()).extracting(SearchResults.Hit::name).contains(NAME);
        assertThat(search.search(query)).as("asked again at once: the answer kept").isSameAs(before);

        String renamed = "Monks Coppenhall Stay and Play for Under Fives";
        changes.renameService(MONKS_STAY_AND_PLAY, renamed);
        try {
            awaitIndexedName(renamed);
            assertThat(search.search(query).hits()).extracting(SearchResults.Hit::name)
                    .as("the answer kept before the edit is not given after it").contains(renamed).doesNotContain(NAME);
        } finally {
            changes.renameService(MONKS_STAY_AND_PLAY, NAME);
            awaitIndexedName(NAME);
        }
    }

    private void waitUntilTheIndexHasSettled() throws InterruptedException {
        while (System.nanoTime() - writes.lastWrittenNanos() <= KeptResults.SETTLE) {
            Thread.sleep(100);
        }
    }

    private void awaitIndexedName(String name) {
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(60), () -> name.equals(document().get("name")));
    }

    private Map<String, Object> document() {
        return SearchIndexFixture.document(client, MONKS_STAY_AND_PLAY);
    }
}
