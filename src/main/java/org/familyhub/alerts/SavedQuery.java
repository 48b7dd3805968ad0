package org.familyhub.alerts;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.familyhub.search.SearchParameters;
import org.familyhub.search.SearchQuery;

/**
 * A saved search: the search page's own query string (the parameters {@link SearchParameters#read} understands),
 * without where the parent was in the results (page, size, map or list). Anything the search would not take whole is refused,
 * so what is stored is exactly a search someone can open.
 */
record SavedQuery(String text) {

    static final int MAX = 2000;
    private static final Set<String> NOT_KEPT = Set.of("page", "size", "view");

    /** The query string tidied, or empty when it is too long, malformed or names a value search refuses. */
    static Optional<SavedQuery> parse(String raw) {
        String given = raw.strip();
        if (given.startsWith("?")) {
            given = given.substring(1);
        }
        if (given.length() > MAX) {
            return Optional.empty();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        try {
            for (String pair : given.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (!NOT_KEPT.contains(name) && !value.isBlank()) {
                    parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value.strip());
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (!SearchParameters.read(parameters, 1).problems().isEmpty()) {
            return Optional.empty();
        }
        String tidy = parameters.entrySet().stream().flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey())
                + "=" + encode(v))).collect(Collectors.joining("&"));
        return tidy.length() > MAX ? Optional.empty() : Optional.of(new SavedQuery(tidy));
    }

    /** The search it describes, {@code size} results a page. */
    SearchQuery query(int size) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.computeIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        n -> new ArrayList<>()).add(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return SearchParameters.read(parameters, size).query();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
