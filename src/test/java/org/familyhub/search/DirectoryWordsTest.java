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
    @Autowired
    org.familyhub.search.meaning.SentenceMeaning meaning;

    @BeforeEach
    void indexIsComplete() {
        SearchIndexFixture.awaitAllActiveIndexed(search, index, jdbc);
    }

    @Test
    void wordsTheDirectoryHasAreSpelledAndAWordItHasNotIsNot() {
        DirectoryWords words = new DirectoryWords(async(client), CLOCK, meaning::isCommonWord);

        assertThat(words.spelling("Breastfeeding support").join().all()).isTrue();
        // Another form of a word it has ("groups"), and words the analyzer drops ("and", "the"), need no correcting.
        assertThat(words.spelling("stay and play groups for the baby").join().all()).isTrue();
        assertThat(words.spelling("breastfeding support").join().all()).isFalse();
        // Asked again, the answer comes from memory and is the same.
        assertThat(words.spelling("support breastfeding").join().all()).isFalse();
        assertThat(words.spelling("support breastfeeding").join().all()).isTrue();
        // No listing says "son" or "weed", but they are meant as typed (everyday English, the synonym list): allowing
        // for typos made them a song every week.
        assertThat(words.spelling("son smoking weed").join().all()).isTrue();
        // The Polish list's words with their letters' marks, as typed: "chodzić" was taken for a slip of "chodzic",
        // which turned on typo matching for the whole search, and "depresję" was corrected to "depressed".
        assertThat(words.spelling("nie chce chodzić do szkoły").join().all()).isTrue();
        assertThat(words.spelling("mam depresję").join().corrections()).isEmpty();
    }

    @Test
    void aWordTheDirectorySpellsOtherwiseIsCorrectedUnlessTheSynonymsKnowIt() {
        DirectoryWords words = new DirectoryWords(async(client), CLOCK, meaning::isCommonWord);

        assertThat(words.spelling("playgoup").join().corrections()).containsEntry("playgoup", "playgroup");
        assertThat(words.spelling("childminer crewe").join().corrections()).containsEntry("childminer", "childminder");
        // A word the directory never says, but the synonym list does, is corrected to the list's spelling: these found
        // one service and none.
        assertThat(words.spelling("bereavment").join().corrections()).containsEntry("bereavment", "bereavement");
        assertThat(words.spelling("finacial help").join().corrections()).containsEntry("finacial", "financial");
        assertThat(words.closestSynonymWord("zzzzzzzz")).isNull();
        assertThat(DirectoryWords.edits("finacial", "financial", 2)).isEqualTo(1);
        assertThat(DirectoryWords.edits("berevaement", "bereavement", 2)).isEqualTo(1);
        assertThat(DirectoryWords.edits("playgroup", "wombat", 2)).isEqualTo(3);
        // Spelled as the directory spells them: nothing to correct.
        assertThat(words.spelling("playgroup").join().corrections()).isEmpty();
        // "weed" is one letter from "week", but the synonym list says what it means; short words are left alone.
        assertThat(words.spelling("weed").join().corrections()).isEmpty();
        assertThat(DirectoryWords.corrected("Playgoup in Disley, playgoups", java.util.Map.of("playgoup", "playgroup")))
                .isEqualTo("playgroup in Disley, playgoups");
    }

    @Test
    void aMisspeltPlaygroupFindsTheToddlerGroupInTheVillageNamed() {
        // Disley Tots never says "playgroup": only the corrected word's synonyms (toddler group) find it.
        SearchResults corrected = search.search(SearchQuery.forText("playgoup disley").build());
        assertThat(corrected.hits()).extracting(SearchResults.Hit::name).contains("Disley Tots");
        assertThat(corrected.understood().spelling()).isEqualTo(java.util.Map.of("playgoup", "playgroup"));
        // Taken back, the word is looked for as typed (slips allowed for), without the synonyms of another word.
        SearchResults asTyped = search.search(SearchQuery.forText("playgoup disley").notUnderstood("spelling").build());
        assertThat(asTyped.understood().spelling()).isEmpty();
        assertThat(asTyped.hits()).extracting(SearchResults.Hit::name).doesNotContain("Disley Tots");
    }

    @Test
    void aMisspeltWordOfTheSynonymListFindsWhatTheListReadsItAs() {
        assertThat(search.search(SearchQuery.forText("finacial help").build()).hits()).isNotEmpty()
                .first().extracting(SearchResults.Hit::name).asString().startsWith("Money and Benefits Advice");
    }

    @Test
    void whenTheEngineCannotSayTyposAreAllowedFor() throws Exception {
        try (RestClient nowhere = RestClient.builder(new HttpHost("127.0.0.1", 9)).build()) {
            ElasticsearchAsyncClient unreachable = new ElasticsearchAsyncClient(
                    new RestClientTransport(nowhere, client._jsonpMapper()));

            // A word only the directory could vouch for: neither the synonym list nor everyday English has it.
            assertThat(new DirectoryWords(unreachable, CLOCK, meaning::isCommonWord).spelling("buglawton").join().all())
                    .isFalse();
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
