package org.familyhub.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.core.search.Hit;
import org.familyhub.search.SearchResults.Origin;
import org.familyhub.search.SearchResults.Understood;
import org.jspecify.annotations.Nullable;

/**
 * One order from two: the best answers by the words and the best by meaning. Each side's score is put on the same
 * 0–1 scale (the words' against their best, flattened by {@link #WORDS_FLATTENED}; the meaning's by how far past the
 * closeness a match needs it is, against the closest), the two are added with {@link #WORDS} and 1 − {@link #WORDS}
 * as weights, and the preferences read from the words multiply the sum, as does naming the need a sentence describes
 * ({@link #NAMES_THE_NEED}). An answer found one way only scores 0 on the other.
 */
final class Blend {

    /** The words' share of the blend; the meaning has the rest (0.7 scored best on the tuning set, 0.3 worst). */
    static final double WORDS = 0.7;
    /**
     * The power the words' share of their best is raised to. The words' scores spread widely by where the words are
     * found (a listing named "Toddler Group" scores several times one whose description says "a busy toddler group"),
     * wider than the preferences: the toddler group 30 miles away came before the one in the village the parent named.
     * Flattened, a listing that matches the need counts nearly as much as the best, and the place, the age and the
     * meaning order them (tuning set nDCG@5 0.858 → 0.868; 0.5 scored 0.859, 0.35 0.863, 0.1 0.863).
     */
    static final double WORDS_FLATTENED = 0.2;
    /** A cosine closeness that means "about the same thing" for this model (measured on the tuning set). */
    static final double CLOSE = 0.6;

    /**
     * The words' share when they name no need ("things to do with a", "activities"): they match every listing, and
     * score it on words such as "do" and "with", so the meaning leads.
     */
    static final double OPEN_WORDS = 0.3;

    /**
     * A listing named or filed under the need a sentence describes ({@link ServiceSearchRequest#DESCRIBED}) is preferred
     * this many times to one that only shares the sentence's words: "my baby has a flat head" is read as the health
     * visitor, but the baby groups, whose names say "baby", came first. Measured alone, 7 December 2026: held-out sets
     * 0.754 → 0.765 and 0.745 → 0.753 (questions 0.721 → 0.770, 0.627 → 0.641); 1.3 and 1.5 scored the same on
     * them, and lower on the tuning set, where a need read wrongly is then trusted more.
     */
    static final double NAMES_THE_NEED = 1.2;

    private Blend() {
    }

    /** How much the words count in the blend for what was understood of them. */
    static double wordsShare(Understood understood) {
        return ParentWords.need(understood.words()).isBlank() ? OPEN_WORDS : WORDS;
    }

    private record Scored(Hit<Map> hit, double score, String name) {
    }

    @SuppressWarnings("rawtypes")
    static List<Hit<Map>> page(double wordsShare, List<Hit<Map>> byWords, List<Hit<Map>> byMeaning, Understood understood,
            @Nullable Origin origin, LocalDate today, int page, int size) {
        Map<String, Double> factors = new HashMap<>();
        ToDoubleFunction<Hit<Map>> factor = hit -> factors.computeIfAbsent(hit.id(),
                id -> Preferences.factor(understood, origin, source(hit), today));
        // The engine chose the words' side with the preferences applied (among thousands of matches, the best by the
        // words alone would be anywhere); here they are taken out again, and applied once, to the sum.
        ToDoubleFunction<Hit<Map>> byTheWords = hit -> score(hit) / factor.applyAsDouble(hit);
        double bestWords = byWords.stream().mapToDouble(byTheWords).max().orElse(1);
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Hit<Map>> hits = new LinkedHashMap<>();
        Set<String> namingTheNeed = byWords.stream()
                .filter(hit -> hit.matchedQueries().contains(ServiceSearchRequest.DESCRIBED)).map(Hit::id)
                .collect(Collectors.toSet());
        for (Hit<Map> hit : byWords) {
            if (score(hit) <= 0) {
                continue; // found by its meaning only, which the other side scores
            }
            double words = Math.pow(byTheWords.applyAsDouble(hit) / bestWords, WORDS_FLATTENED);
            scores.merge(hit.id(), wordsShare * words, Double::sum);
            hits.putIfAbsent(hit.id(), hit);
        }
        // Elasticsearch scores cosine closeness c as (1 + c) / 2. The least a match can have counts 0, and the
        // closest counts 1, unless even the closest is only loosely related (under CLOSE).
        double floor = (1 + ServiceSearchRequest.MEANING_SIMILARITY) / 2;
        double top = Math.max((1 + CLOSE) / 2, byMeaning.stream().mapToDouble(Blend::score).max().orElse(1));
        for (Hit<Map> hit : byMeaning) {
            double closeness = Math.max(0, (score(hit) - floor) / (top - floor));
            scores.merge(hit.id(), (1 - wordsShare) * closeness, Double::sum);
            hits.putIfAbsent(hit.id(), hit);
        }
        List<Scored> order = new ArrayList<>();
        scores.forEach((id, score) -> {
            Hit<Map> hit = hits.get(id);
            double namesTheNeed = namingTheNeed.contains(id) ? NAMES_THE_NEED : 1;
            order.add(new Scored(hit, score * namesTheNeed * factor.applyAsDouble(hit),
                    String.valueOf(source(hit).getOrDefault("name", ""))));
        });
        order.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::name,
                String.CASE_INSENSITIVE_ORDER));
        int from = Math.min((page - 1) * size, order.size());
        return order.subList(from, Math.min(from + size, order.size())).stream().map(Scored::hit).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> source(Hit<Map> hit) {
        return hit.source() == null ? Map.of() : hit.source();
    }

    private static double score(Hit<Map> hit) {
        return hit.score() == null ? 0 : hit.score();
    }
}
