package org.familyhub.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import org.familyhub.search.SearchResults.Understood;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The request a search sends, read as the engine gets it. */
class ServiceSearchRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theMeaningIsLookedForAmongWhatTheFiltersAllowNotLeftOutAfterwards() {
        SearchQuery query = SearchQuery.forText("feeling low").locality("congleton").age(14).build();
        String request = json(query, new Understood("feeling low", null, null, null, null, false,
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Map.of()));

        assertThat(knn(request)).isNotEmpty().allSatisfy(knn -> {
            assertThat(knn.path("filter").toString()).contains("congleton").contains("min_age");
            assertThat(knn.path("k").asInt()).isEqualTo(ServiceSearchRequest.MEANING_MATCHES);
            // Scored again from the full vectors: the 8-bit ones' scale differs from one segment to the next.
            assertThat(knn.path("rescore_vector").path("oversample").asDouble()).isGreaterThan(1);
        });
    }

    @Test
    void wordsThatNameNoNeedAreOrderedByAWholeWindowOfMeaning() {
        SearchQuery query = SearchQuery.forText("things to do").locality("congleton").build();
        String request = json(query, new Understood("things to do", null, null, null, null, false,
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Map.of()));

        assertThat(knn(request)).isNotEmpty()
                .allSatisfy(knn -> assertThat(knn.path("k").asInt()).isEqualTo(ServiceSearchRequest.BLEND_WINDOW));
    }

    @Test
    void wordsTheDirectorySpellsAreWeighedAsTypedOnlyAmongTheBestAndNeverStretchedToOtherWords() {
        SearchQuery query = SearchQuery.forText("stay and play").build();
        Understood understood = new Understood("stay and play", null, null, null, null, false,
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Map.of());

        String spelled = json(query, understood, new ServiceSearchRequest.WordMatch(false, false, Map.of()));
        String page = spelled.split("\n")[0];
        assertThat(spelled).doesNotContain("fuzziness");
        // The page's search scores the words as typed for its best few only, after matching on the rest.
        JsonNode rescore = JsonMapper.builder().build().readTree(page).path("rescore");
        assertThat(rescore.toString()).contains("portal_fuzzy").contains("\"window_size\":"
                + ServiceSearchRequest.BLEND_WINDOW);
        assertThat(JsonMapper.builder().build().readTree(page).path("query").toString()).doesNotContain("portal_fuzzy");

        String typo = json(query, understood, new ServiceSearchRequest.WordMatch(false, true, Map.of()));
        assertThat(typo).contains("\"fuzziness\":\"AUTO\"");
        assertThat(JsonMapper.builder().build().readTree(typo.split("\n")[0]).has("rescore")).isFalse();
    }

    @Test
    void aPagesHitsAreFoundWithinTheFiltersAndItsCountsInASearchOfTheirOwnThatScoresNothing() {
        SearchQuery query = SearchQuery.forText("stay and play").freeOnly(true).build();
        String[] searches = json(query, new Understood("stay and play", null, null, null, null, false,
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Map.of())).split("\n");
        JsonNode hits = JsonMapper.builder().build().readTree(searches[ServiceSearchRequest.Layout.MATCHES]);
        JsonNode counts = JsonMapper.builder().build().readTree(searches[1]);

        // The hits: scored among the free services only, with nothing counted.
        assertThat(hits.has("post_filter")).isFalse();
        assertThat(hits.has("aggregations")).isFalse();
        assertThat(hits.path("track_total_hits").asBoolean()).isFalse();
        assertThat(hits.path("query").path("bool").path("filter").toString()).contains("\"free\"");
        // The nearest by meaning are the blend's other side, looked for in a search of their own.
        assertThat(hits.path("query").toString()).doesNotContain("knn");
        // The counts: every match, unscored, with the filters applied to the total but not to the facets.
        assertThat(counts.path("size").asInt()).isZero();
        assertThat(counts.path("query").path("bool").has("must")).isFalse();
        assertThat(counts.path("query").path("bool").path("filter").toString()).contains("knn");
        assertThat(counts.path("post_filter").toString()).contains("\"free\"");
        assertThat(counts.path("aggregations").has(ServiceSearchRequest.WITHIN + "free")).isTrue();
    }

    /** Every kNN query in the searches sent. */
    private static List<JsonNode> knn(String request) {
        List<JsonNode> found = new ArrayList<>();
        for (String search : request.split("\n")) {
            JsonMapper.builder().build().readTree(search).findValues("knn").forEach(found::add);
        }
        return found;
    }

    private static String json(SearchQuery query, Understood understood) {
        return json(query, understood, new ServiceSearchRequest.WordMatch(false, true, Map.of()));
    }

    private static String json(SearchQuery query, Understood understood, ServiceSearchRequest.WordMatch wordMatch) {
        float[] vector = new float[384];
        vector[0] = 1;
        var built = ServiceSearchRequest.build(query, understood, null, null, vector, 0, NOW, LocalDate.of(2026, 12, 1),
                ZoneId.of("Europe/London"), ServiceSearchRequest.Purpose.PAGE, wordMatch);
        StringBuilder out = new StringBuilder();
        built.request().searches().forEach(item -> out.append(JsonpUtils.toJsonString(item.body(),
                new JacksonJsonpMapper())).append('\n'));
        return out.toString();
    }
}
