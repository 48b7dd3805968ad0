package org.familyhub.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IndexDefinition() {
    }

    static String json() {
        ObjectNode definition = (ObjectNode) JSON.readTree(read(DEFINITION));
        ArrayNode rules = ((ObjectNode) definition.at("/settings/analysis/filter/portal_synonyms")).putArray("synonyms");
        synonyms().forEach(rules::add);
        return JSON.writeValueAsString(definition);
    }

    /** The Solr-format rules, without comments and blank lines. */
    static List<String> synonyms() {
        return read(SYNONYMS).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index definition " + path + " is missing from the classpath", e);
        }
    }
}
