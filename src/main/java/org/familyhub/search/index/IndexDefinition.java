package org.familyhub.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.familyhub.search.meaning.SentenceMeaning;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The services index as {@code search-index/} defines it, with the synonym list put inline so the
 * same definition needs no files on a production cluster's nodes.
 */
final class IndexDefinition {

    static final String DEFINITION = "search-index/services.json";
    static final String SYNONYMS = "search-index/synonyms.txt";
    /** Polish words for the main topics, read by the engine with {@link #SYNONYMS} as one list. */
    static final String POLISH_SYNONYMS = "search-index/synonyms-pl.txt";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IndexDefinition() {
    }

    static String json() {
        ObjectNode definition = (ObjectNode) JSON.readTree(read(DEFINITION));
        ArrayNode rules = ((ObjectNode) definition.at("/settings/analysis/filter/portal_synonyms")).putArray("synonyms");
        synonyms().forEach(rules::add);
        ((ObjectNode) definition.get("mappings")).putObject("_meta").put("definition", fingerprint());
        return JSON.writeValueAsString(definition);
    }

    /**
     * A digest of the definition, the synonyms and the meaning model: an index built from an older definition (after
     * an upgrade, an edited synonym list, or vectors from another model) is rebuilt when the portal starts.
     */
    static String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(read(DEFINITION).getBytes(StandardCharsets.UTF_8));
            digest.update(read(SYNONYMS).getBytes(StandardCharsets.UTF_8));
            digest.update(read(POLISH_SYNONYMS).getBytes(StandardCharsets.UTF_8));
            digest.update(SentenceMeaning.MODEL.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The words a search drops from what a listing must match (the {@code query_fillers} filter), lower case. */
    static Set<String> fillerWords() {
        Set<String> words = new java.util.HashSet<>();
        JSON.readTree(read(DEFINITION)).at("/settings/analysis/filter/query_fillers/stopwords")
                .forEach(word -> words.add(word.asString().toLowerCase(Locale.ROOT)));
        return Set.copyOf(words);
    }

    /** The Solr-format rules of both lists, English first, without comments and blank lines. */
    static List<String> synonyms() {
        return Stream.concat(rules(SYNONYMS), rules(POLISH_SYNONYMS)).toList();
    }

    private static Stream<String> rules(String path) {
        return read(path).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"));
    }

    /** Every word of the synonym rules, lower case: the words the search understands without the directory using them. */
    static Set<String> synonymWords() {
        return synonyms().stream()
                .flatMap(rule -> Arrays.stream(rule.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")))
                .filter(word -> !word.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Every term of the synonym rules of more than one word ("shouts at me", "mum to be"), lower case. */
    static Set<String> synonymPhrases() {
        return synonyms().stream()
                .flatMap(rule -> Arrays.stream(rule.toLowerCase(Locale.ROOT).split("=>|,")))
                .map(term -> term.strip().replaceAll("\\s+", " "))
                .filter(term -> term.contains(" ")).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The two-way rules ({@code a, b, c}: words for the same thing), each as its terms, lower case, words single-spaced:
     * ["macc", "macclesfield"].
     */
    static List<List<String>> equivalents() {
        return synonyms().stream().filter(rule -> !rule.contains("=>")).map(rule -> terms(rule.toLowerCase(Locale.ROOT)))
                .toList();
    }

    /**
     * The one-way rules ({@code a, b => c}) as each input term and what it is read as, lower case, words single-spaced:
     * "partner hit me" → "domestic abuse".
     */
    static Map<String, String> oneWayRules() {
        Map<String, String> rules = new HashMap<>();
        oneWayTerms().forEach((term, readAs) -> rules.put(term, String.join(" ", readAs)));
        return Map.copyOf(rules);
    }

    /** Each phrase of the one-way rules, with the terms of its right-hand side, as the list gives them. */
    static Map<String, List<String>> oneWayTerms() {
        return oneWayTerms(synonyms().stream());
    }

    /** {@link #oneWayTerms()} of the Polish list alone: each Polish phrase and the English it is read as. */
    static Map<String, List<String>> polishTerms() {
        return oneWayTerms(rules(POLISH_SYNONYMS));
    }

    private static Map<String, List<String>> oneWayTerms(Stream<String> synonyms) {
        Map<String, List<String>> rules = new HashMap<>();
        synonyms.filter(rule -> rule.contains("=>")).forEach(rule -> {
            String[] sides = rule.toLowerCase(Locale.ROOT).split("=>", 2);
            List<String> readAs = terms(sides[1]);
            terms(sides[0]).forEach(term -> rules.putIfAbsent(term, readAs));
        });
        return Map.copyOf(rules);
    }

    /** A rule's side as its terms, words single-spaced: "cant pay rent,  behind on  rent" → the two phrases. */
    private static List<String> terms(String side) {
        return Arrays.stream(side.split(",")).map(term -> term.strip().replaceAll("\\s+", " "))
                .filter(term -> !term.isEmpty()).toList();
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index definition " + path + " is missing from the classpath", e);
        }
    }
}
