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
 * Relevance, scored as nDCG@5 and MRR over realistic parent queries on the sample content, each with the answers a
 * Family Information Service officer would want on top. Three sets:
 * <ul>
 * <li>{@code queries.json}, the tuning set: the engine (synonyms, boosts) was shaped while looking at it, so its
 * score is reported, not trusted; its kinds (typos, places, synonyms …) show what a change to the engine costs where
 * the engine was already good;</li>
 * <li>{@code held-out.json}, written by someone who never saw the engine, its synonyms or the tuning set, by kind of
 * query. The engine is never changed to fix one of its queries;</li>
 * <li>{@code held-out-2.json}, written on 7 December 2026 in the same way by another who saw neither the engine nor
 * the other sets, with a sixth kind, "mixed" (Polish, typos, anything else parents type). It scored as the first did
 * (0.745 against 0.754), which says the first still measures what the engine does with queries it was not shaped on.
 * </li>
 * </ul>
 * The floors are on the held-out sets only.
 */
@PortalTest
class RelevanceTest {

    /**
     * The first held-out set's floors, the whole and each kind of query, a little under what the engine scores (0.765 and
     * 0.753–0.788, MRR 0.915, on the night of 7 December 2026, alone, with the listings naming the need read preferred
     * and the need read without the words for cost and days; 0.756 and 0.724–0.784, MRR 0.901, in the whole suite;
     * 0.748 and
     * 0.716–0.775, MRR 0.915, on 6 December 2026, alone, after a situation described was read as the need it describes;
     * 0.716 and
     * 0.66–0.75, MRR 0.89, on the evening of 5 December 2026, alone, with a venue near the town named preferred, a group
     * or club for a child's age read as something to do and ages said by stage; 0.707 and
     * 0.66–0.74, MRR 0.88, at midday on 5 December 2026, alone; 0.702 and 0.66–0.74, MRR 0.87, in the whole suite,
     * whose other tests change the sample first; with the small words of a sentence as fillers, a widened search
     * needing a word for the need, "near" a town and more everyday words; 0.681 and
     * 0.59–0.74, MRR 0.84, on 5 December 2026, with everyday words for relationships, baby care and feelings, fillers
     * for how often and synonym phrases kept whole; 0.661 and 0.56–0.74, MRR 0.82, late on 4 December 2026, with
     * questions' words as fillers and the meanings rescored; 0.65 and 0.55–0.74, MRR 0.79, earlier that day, after
     * flattening the words' scores in the blend; 0.63 and 0.52–0.76, MRR 0.77, on 3 December, after widening to some
     * of the words; 0.61 and 0.43–0.77 on 2 December; before meaning-based retrieval and understood words, 0.55 and
     * 0.44–0.69) so a change that makes it worse fails. Scores moved by about 0.01 from run to run until the meanings
     * were rescored from their full vectors; since, two runs score alike. The aims are 0.92 and 0.85.
     */
    static final HeldOut FIRST_HELD_OUT = new HeldOut("held-out set",
            Path.of("src/test/resources/relevance/held-out.json"), 0.74, 0.70, 0.88);
    /**
     * The second held-out set's floors, a little under what the engine scores (0.764 and 0.639–0.926, MRR 0.872, alone,
     * on the night of 7 December 2026; 0.750 and 0.639–0.923, MRR 0.860, in the whole suite before the need was read
     * without the words for cost and days; 0.745 and 0.627–0.926, MRR 0.860, when the set was added that afternoon).
     * The aims are the same.
     */
    static final HeldOut SECOND_HELD_OUT = new HeldOut("second held-out set",
            Path.of("src/test/resources/relevance/held-out-2.json"), 0.73, 0.61, 0.84);
    private static final Path TUNING = Path.of("src/test/resources/relevance/queries.json");

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
        Scores tuning = score(TUNING);
        System.out.printf("%nRelevance, tuning set (reported only): %s%n", tuning.summary());
        tuning.byKind().forEach((kind, ndcg) -> System.out.printf("  %-18s nDCG@5 %.3f%n", kind, ndcg));
        System.out.println("  " + tuning.where());
        Map<HeldOut, Scores> heldOut = new java.util.LinkedHashMap<>();
        for (HeldOut set : List.of(FIRST_HELD_OUT, SECOND_HELD_OUT)) {
            Scores scores = score(set.file());
            heldOut.put(set, scores);
            System.out.printf("Relevance, %s (floors %.2f whole, %.2f each kind, MRR %.2f): %s%n", set.name(),
                    set.ndcg(), set.eachKind(), set.mrr(), scores.summary());
            scores.byKind().forEach((kind, ndcg) -> System.out.printf("  %-18s nDCG@5 %.3f%n", kind, ndcg));
            System.out.println("  " + scores.where());
            if (!scores.worst().isEmpty()) {
                System.out.println("  queries with nDCG@5 below 0.5: " + scores.worst().size());
            }
        }

        heldOut.forEach((set, scores) -> {
            assertThat(scores.count()).as(set.name()).isGreaterThanOrEqualTo(60);
            assertThat(scores.ndcg()).as("nDCG@5 of the %s", set.name()).isGreaterThanOrEqualTo(set.ndcg());
            assertThat(scores.mrr()).as("MRR of the %s", set.name()).isGreaterThanOrEqualTo(set.mrr());
            assertThat(scores.byKind()).allSatisfy((kind, ndcg) -> assertThat(ndcg)
                    .as("nDCG@5 of the %s, kind %s", set.name(), kind).isGreaterThanOrEqualTo(set.eachKind()));
        });
    }

    /** A held-out set and its floors: the whole, each kind of query, and the mean reciprocal rank. */
    record HeldOut(String name, Path file, double ndcg, double eachKind, double mrr) {
    }

    /**
     * A set's scores; also where its clearly relevant answers (grade 2 or 3) were, in the first five, sixth to tenth,
     * or not in the first ten, and how many of the first five were not judged relevant at all, a query on average:
     * which says whether the engine misses answers or finds them and orders them badly, without naming a query.
     */
    record Scores(int count, double ndcg, double mrr, Map<String, Double> byKind, List<String> worst, int inFive,
            int sixToTen, int notInTen, double unjudgedInFive) {

        String summary() {
            return String.format("%d queries, nDCG@5 = %.3f, MRR = %.3f", count, ndcg, mrr);
        }

        String where() {
            return String.format("clearly relevant answers: %d in the first five, %d sixth to tenth, %d not in the "
                    + "first ten; answers not judged relevant in the first five: %.1f a query", inFive, sixToTen,
                    notInTen, unjudgedInFive);
        }
    }

    private Scores score(Path file) throws IOException {
        JsonNode queries = JsonMapper.builder().build().readTree(Files.readString(file));
        List<Double> ndcgs = new ArrayList<>();
        List<Double> reciprocalRanks = new ArrayList<>();
        Map<String, List<Double>> kinds = new java.util.TreeMap<>();
        List<String> worst = new ArrayList<>();
        int inFive = 0;
        int sixToTen = 0;
        int notInTen = 0;
        int unjudgedInFive = 0;
        for (JsonNode entry : queries) {
            Map<UUID, Integer> grades = grades(entry.get("relevant"));
            List<UUID> ranked = search.search(query(entry)).hits().stream().map(SearchResults.Hit::id).toList();
            double ndcg = ndcgAt5(ranked, grades);
            ndcgs.add(ndcg);
            for (Map.Entry<UUID, Integer> graded : grades.entrySet()) {
                int rank = ranked.indexOf(graded.getKey());
                if (graded.getValue() < 2) {
                    continue;
                } else if (rank < 0) {
                    notInTen++;
                } else if (rank < 5) {
                    inFive++;
                } else {
                    sixToTen++;
                }
            }
            unjudgedInFive += (int) ranked.stream().limit(5).filter(id -> !grades.containsKey(id)).count();
            reciprocalRanks.add(reciprocalRank(ranked, grades));
            kinds.computeIfAbsent(entry.path("kind").asString("plain"), k -> new ArrayList<>()).add(ndcg);
            if (ndcg < 0.5) {
                worst.add(entry.get("query").asString());
            }
            if (file.equals(TUNING) && (ndcg < 0.5 && Boolean.getBoolean("relevance.details")
                    || Boolean.getBoolean("relevance.every"))) {
                describe(entry, ranked, grades, ndcg);
            }
        }
        Map<String, Double> byKind = new java.util.TreeMap<>();
        kinds.forEach((kind, values) -> byKind.put(kind, mean(values)));
        return new Scores(ndcgs.size(), mean(ndcgs), mean(reciprocalRanks), byKind, worst, inFive, sixToTen,
                notInTen, (double) unjudgedInFive / Math.max(1, ndcgs.size()));
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

    /**
     * With {@code -Drelevance.details=true}, a weak query of the tuning set (never of the held-out one) is printed with
     * its first five answers and their grades, and the relevant services it missed, to see why; with
     * {@code -Drelevance.every=true}, every query of the tuning set, to compare two runs.
     */
    private void describe(JsonNode entry, List<UUID> ranked, Map<UUID, Integer> grades, double ndcg) {
        System.out.printf("%n%.2f  \"%s\" (%s) %s%n", ndcg, entry.get("query").asString(),
                entry.path("kind").asString("plain"), entry.path("filters"));
        ranked.stream().limit(5).forEach(id -> System.out.printf("   %d  %s%n", grades.getOrDefault(id, 0), name(id)));
        grades.entrySet().stream().filter(e -> e.getValue() >= 2 && !ranked.subList(0, Math.min(5, ranked.size()))
                        .contains(e.getKey()))
                .forEach(e -> System.out.printf("   missed %d  %s (rank %d)%n", e.getValue(), name(e.getKey()),
                        ranked.indexOf(e.getKey()) + 1));
    }

    private String name(UUID id) {
        return jdbc.sql("select name from service where id = ?").param(id.toString()).query(String.class).optional()
                .orElse("?");
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
