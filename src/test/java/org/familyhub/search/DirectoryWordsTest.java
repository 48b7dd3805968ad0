package org.familyhub.search;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.familyhub.PortalTest;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Typos are allowed for only when the directory does not spell the words as typed (the real engine, the sample). */
@PortalTest
class DirectoryWordsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/London"));

    @Autowired
    ElasticsearchClient client;
    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void indexIsComplete() {
        SearchIndexFixture.awaitAllActiveIndexed(search, index, jdbc);
    }

    @Test
    void wordsTheDirectoryHasAreSpelledAndAWordItHasNotIsNot() {
        DirectoryWords words = new DirectoryWords(async(client), CLOCK);

        assertThat(words.allSpelled("Breastfeeding support").join()).isTrue();
        // Another form of a word it has ("groups"), and words the analyzer drops ("and", "the"), need no correcting.
        assertThat(words.allSpelled("stay and play groups for the baby").join()).isTrue();
        assertThat(words.allSpelled("breastfeding support").join()).isFalse();
        // Asked again, the answer comes from memory and is the same.
        assertThat(words.allSpelled("support breastfeding").join()).isFalse();
        assertThat(words.allSpelled("support breastfeeding").join()).isTrue();
    }

    @Test
    void whenTheEngineCannotSayTyposAreAllowedFor() throws Exception {
        try (RestClient nowhere = RestClient.builder(new HttpHost("127.0.0.1", 9)).build()) {
            ElasticsearchAsyncClient unreachable = new ElasticsearchAsyncClient(
                    new RestClientTransport(nowhere, client._jsonpMapper()));

            assertThat(new DirectoryWords(unreachable, CLOCK).allSpelled("breastfeeding").join()).isFalse();
        }
    }

    @Test
    void theSearchSentAllowsForTyposOnlyWhenAWordIsNotTheDirectorys() {
        String spelled = sent("breastfeeding support");
        String misspelt = sent("breastfeding suport");

        assertThat(spelled).doesNotContain("fuzziness");
        assertThat(misspelt).contains("fuzziness");
        // And the typo still finds the Baby Cafés.
        assertThat(search.search(SearchQuery.forText("breastfeding suport").build()).hits().getFirst().name())
                .contains("Baby Café");
    }

    private String sent(String words) {
        StringBuilder json = new StringBuilder();
        search.request(SearchQuery.forText(words).build()).searches()
                .forEach(item -> json.append(JsonpUtils.toJsonString(item.body(), client._jsonpMapper())).append('\n'));
        return json.toString();
    }

    private static ElasticsearchAsyncClient async(ElasticsearchClient client) {
        return new ElasticsearchAsyncClient(client._transport(), client._transportOptions());
    }
}
