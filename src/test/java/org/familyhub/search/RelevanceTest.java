package org.familyhub.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The held-out relevance suite: realistic parent queries over the sample content, each with the
 * answers a Family Information Service officer would want on top, scored as nDCG@5 and MRR.
 */
@PortalTest
class RelevanceTest {

    static final double NDCG_FLOOR = 0.75;
    static final double MRR_FLOOR = 0.82;
    private static final Path QUERIES = Path.of("src/test/resources/relevance/queries.json");

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
    void parentsQueriesFindTheRightServicesFirst() throws IOException {
        JsonNode queries = JsonMapper.builder().build().readTree(Files.readString(QUERIES));
        List<Double> ndcgs = new ArrayList<>();
        List<Double> reciprocalRanks = new ArrayList<>();
        List<String> worst = new ArrayList<>();
        for (JsonNode entry : queries) {
            Map<UUID, Integer> grades = grades(entry.get("relevant"));
            List<UUID> ranked = search.search(query(entry)).hits().stream().map(SearchResults.Hit::id).toList();
            double ndcg = ndcgAt5(ranked, grades);
            double rr = reciprocalRank(ranked, grades);
            ndcgs.add(ndcg);
            reciprocalRanks.add(rr);
            if (ndcg < 0.5) {
                worst.add(String.format("  %.2f  %s", ndcg, entry.get("query").asString()));
            }
        }
        double meanNdcg = mean(ndcgs);
        double mrr = mean(reciprocalRanks);
        System.out.printf("%nRelevance over %d queries: nDCG@5 = %.3f, MRR = %.3f (floors %.2f / %.2f)%n",
                ndcgs.size(), meanNdcg, mrr, NDCG_FLOOR, MRR_FLOOR);
        if (!worst.isEmpty()) {
            System.out.println("Queries with nDCG@5 below 0.5:\n" + String.join("\n", worst));
        }
        assertThat(ndcgs).hasSizeGreaterThanOrEqualTo(50);
        assertThat(meanNdcg).isGreaterThanOrEqualTo(NDCG_FLOOR);
        assertThat(mrr).isGreaterThanOrEqualTo(MRR_FLOOR);
    }

    private static SearchQuery query(JsonNode entry) {
        SearchQuery.Builder query = SearchQuery.forText(entry.get("query").asString()).size(10);
        JsonNode filters = entry.path("filters");
        if (filters.has("locality")) {
            query.locality(filters.get("locality").asString());
        }
        if (filters.has("town")) {
            query.town(filters.get("town").asString());
        }
        if (filters.has("age")) {
            query.age(filters.get("age").asInt());
        }
        if (filters.path("free").asBoolean(false)) {
            query.freeOnly(true);
        }
        if (filters.has("category")) {
            query.category(filters.get("category").asString());
        }
        if (filters.has("level")) {
            query.level(filters.get("level").asString());
        }
        if (filters.has("postcode")) {
            query.postcode(filters.get("postcode").asString()).sort(SearchQuery.SortOrder.DISTANCE);
        }
        return query.build();
    }

    private static Map<UUID, Integer> grades(JsonNode relevant) {
        Map<UUID, Integer> grades = new java.util.HashMap<>();
        relevant.properties().forEach(e -> grades.put(UUID.fromString(e.getKey()), e.getValue().asInt()));
        return grades;
    }

    /** Graded gains (2^grade − 1) discounted by log2 of the rank, over the ideal ordering's. */
    static double ndcgAt5(List<UUID> ranked, Map<UUID, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(5, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0), i);
        }
        List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(5, ideal.size()); i++) {
            idcg += gain(ideal.get(i), i);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** 1 / rank of the first clearly relevant answer (grade 2 or 3), 0 when none is in the first ten. */
    static double reciprocalRank(List<UUID> ranked, Map<UUID, Integer> grades) {
        int best = grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int wanted = Math.min(2, best);
        for (int i = 0; i < ranked.size(); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= wanted) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double gain(int grade, int rank) {
        return (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
