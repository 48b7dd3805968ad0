package org.familyhub.portal.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.router.QueryParameters;
import org.familyhub.directory.Postcode;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchQuery.SortOrder;
import org.jspecify.annotations.Nullable;

/**
 * The whole state of a search as URL query parameters (the same names as {@code /api/search}), so a
 * results page can be shared, bookmarked and reloaded. Values that do not make sense are dropped
 * rather than refused: a mistyped link still shows results.
 */
record SearchState(String text, @Nullable String postcode, @Nullable Double latitude, @Nullable Double longitude,
        @Nullable Double radiusKm, @Nullable Integer age, boolean freeOnly, Map<String, Set<String>> filters,
        SortOrder sort, int page, boolean map) {

    /** The checkbox facets, in the order the filters show them. */
    static final List<String> FACETS = List.of("locality", "town", "category", "level", "access", "delivery", "day",
            "time", "accessibility", "send", "language");
    static final int PAGE_SIZE = 10;
    private static final Set<String> DAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final Set<String> TIMES = Set.of("morning", "afternoon", "evening");
    private static final int MAX_TEXT = 200;

    SearchState {
        Map<String, Set<String>> given = filters;
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        FACETS.forEach(facet -> copy.put(facet, Set.copyOf(given.getOrDefault(facet, Set.of()))));
        filters = Map.copyOf(copy);
        page = Math.max(1, Math.min(page, 1000));
    }

    static SearchState empty() {
        return new SearchState("", null, null, null, null, null, false, Map.of(), SortOrder.RELEVANCE, 1, false);
    }

    static SearchState from(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        for (String facet : FACETS) {
            Set<String> values = new LinkedHashSet<>();
            p.getOrDefault(facet, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty() && v.length() < 80)
                    .map(v -> "day".equals(facet) ? v.toUpperCase(Locale.ROOT) : v)
                    .filter(v -> !"day".equals(facet) || DAYS.contains(v))
                    .filter(v -> !"time".equals(facet) || TIMES.contains(v))
                    .forEach(values::add);
            filters.put(facet, values);
        }
        String text = first(p, "q");
        text = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        Double lat = number(first(p, "lat"), Double::valueOf, -90, 90);
        Double lon = number(first(p, "lon"), Double::valueOf, -180, 180);
        if (lat == null || lon == null) {
            lat = null;
            lon = null;
        }
        return new SearchState(text.strip(), blankToNull(first(p, "postcode")), lat, lon,
                number(first(p, "radius_km"), Double::valueOf, 0.1, 100),
                number(first(p, "age"), Integer::valueOf, 0, 25), "true".equals(first(p, "free")), filters,
                sort(first(p, "sort")), number(first(p, "page"), Integer::valueOf, 1, 1000) instanceof Integer n ? n : 1,
                "map".equals(first(p, "view")));
    }

    QueryParameters toParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            p.put("q", List.of(text));
        }
        put(p, "postcode", postcode);
        put(p, "lat", latitude);
        put(p, "lon", longitude);
        put(p, "radius_km", radiusKm);
        put(p, "age", age);
        if (freeOnly) {
            p.put("free", List.of("true"));
        }
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                p.put(facet, values.stream().sorted().toList());
            }
        });
        if (sort != SortOrder.RELEVANCE) {
            p.put("sort", List.of(sort.name().toLowerCase(Locale.ROOT)));
        }
        if (page > 1) {
            p.put("page", List.of(String.valueOf(page)));
        }
        if (map) {
            p.put("view", List.of("map"));
        }
        return new QueryParameters(p);
    }

    SearchQuery toQuery() {
        return SearchQuery.forText(text)
                .locality(array("locality")).town(array("town"))
                .postcode(postcode != null && Postcode.parse(postcode).isPresent() ? postcode : null)
                .near(postcode != null && Postcode.parse(postcode).isEmpty() ? postcode : null)
                .coordinates(latitude, longitude).radiusKm(radiusKm).age(age).category(array("category"))
                .level(array("level")).freeOnly(freeOnly).delivery(array("delivery")).access(array("access"))
                .day(array("day")).time(array("time")).accessibility(array("accessibility")).send(array("send"))
                .language(array("language")).sort(sort).page(page).size(PAGE_SIZE).maxCost((BigDecimal) null)
                .build();
    }

    /** Distance makes sense only from somewhere. */
    boolean hasOrigin() {
        return postcode != null || latitude != null;
    }

    boolean hasFilters() {
        return freeOnly || age != null || radiusKm != null || filters.values().stream().anyMatch(v -> !v.isEmpty());
    }

    SearchState withText(String newText, @Nullable String newPostcode) {
        return new SearchState(newText.strip(), blankToNull(newPostcode), newPostcode == null ? latitude : null,
                newPostcode == null ? longitude : null, radiusKm, age, freeOnly, filters, sort, 1, map);
    }

    SearchState withLocation(@Nullable Double lat, @Nullable Double lon) {
        return new SearchState(text, null, lat, lon, radiusKm, age, freeOnly, filters,
                lat == null ? sort : SortOrder.DISTANCE, 1, map);
    }

    SearchState withFilter(String facet, Set<String> values) {
        Map<String, Set<String>> changed = new LinkedHashMap<>(filters);
        changed.put(facet, values);
        return new SearchState(text, postcode, latitude, longitude, radiusKm, age, freeOnly, changed, sort, 1, map);
    }

    SearchState withoutFilter(String facet, String value) {
        Set<String> values = new LinkedHashSet<>(filters.get(facet));
        values.remove(value);
        return withFilter(facet, values);
    }

    SearchState withAge(@Nullable Integer newAge) {
        return new SearchState(text, postcode, latitude, longitude, radiusKm, newAge, freeOnly, filters, sort, 1, map);
    }

    SearchState withFreeOnly(boolean free) {
        return new SearchState(text, postcode, latitude, longitude, radiusKm, age, free, filters, sort, 1, map);
    }

    SearchState withRadius(@Nullable Double km) {
        return new SearchState(text, postcode, latitude, longitude, km, age, freeOnly, filters, sort, 1, map);
    }

    SearchState withSort(SortOrder order) {
        return new SearchState(text, postcode, latitude, longitude, radiusKm, age, freeOnly, filters, order, 1, map);
    }

    SearchState withPage(int newPage) {
        return new SearchState(text, postcode, latitude, longitude, radiusKm, age, freeOnly, filters, sort, newPage,
                map);
    }

    SearchState withMap(boolean showMap) {
        return new SearchState(text, postcode, latitude, longitude, radiusKm, age, freeOnly, filters, sort, page,
                showMap);
    }

    /** Keeps the words and the place, drops every filter: "widen your search". */
    SearchState withoutFilters() {
        return new SearchState(text, postcode, latitude, longitude, null, null, false, Map.of(), sort, 1, map);
    }

    private String[] array(String facet) {
        return filters.get(facet).toArray(String[]::new);
    }

    private static SortOrder sort(@Nullable String value) {
        if (value == null) {
            return SortOrder.RELEVANCE;
        }
        try {
            return SortOrder.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return SortOrder.RELEVANCE;
        }
    }

    private static <N extends Number & Comparable<N>> @Nullable N number(@Nullable String value,
            Function<String, N> parse, double min, double max) {
        if (value == null) {
            return null;
        }
        try {
            N n = parse.apply(value.strip());
            return n.doubleValue() >= min && n.doubleValue() <= max ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable String first(Map<String, List<String>> p, String name) {
        List<String> values = p.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void put(Map<String, List<String>> p, String name, @Nullable Object value) {
        if (value != null) {
            List<String> list = new ArrayList<>();
            list.add(value.toString());
            p.put(name, list);
        }
    }
}
