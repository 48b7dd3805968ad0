package org.familyhub.portal.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;
import org.familyhub.directory.Postcode;
import org.familyhub.search.SearchParameters;
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
        SortOrder sort, int page, boolean map, Set<String> notUnderstood) {

    /** The checkbox facets, in the order the filters show them. */
    static final List<String> FACETS = SearchParameters.CHECKBOX_FACETS;
    /**
     * The checkbox facets and {@code places} (one box, {@code true}: a course with a free place can be booked now),
     * kept alike so the address, the chips and "clear filters" treat it as any other filter.
     */
    static final String PLACES = SearchParameters.PLACES;
    /** One box as well, {@code true}: only services a family living at the postcode or town given may use. */
    static final String CAN_USE = SearchParameters.CAN_USE;
    /**
     * The "when" filter's parameters ({@code when}, {@code on}, {@code from}, {@code to}) ride along as filters too, one
     * value each, so the address and "clear filters" treat them as any other; {@link #when()} reads them as one choice.
     */
    static final List<String> WHEN = SearchParameters.WHEN_PARAMETERS;
    private static final List<String> KEPT = java.util.stream.Stream.of(FACETS.stream(),
            java.util.stream.Stream.of(PLACES, CAN_USE), WHEN.stream()).flatMap(s -> s).toList();
    static final int PAGE_SIZE = 10;


    SearchState {
        Map<String, Set<String>> given = filters;
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        KEPT.forEach(facet -> copy.put(facet, Set.copyOf(given.getOrDefault(facet, Set.of()))));
        filters = Map.copyOf(copy);
        page = Math.max(1, Math.min(page, 1000));
        notUnderstood = Set.copyOf(notUnderstood);
    }

    static SearchState empty() {
        return new SearchState("", null, null, null, null, null, false, Map.of(), SortOrder.RELEVANCE, 1, false,
                Set.of());
    }

    /** Read as {@code /api/search} reads them ({@link SearchParameters}), leaving out what makes no sense. */
    static SearchState from(QueryParameters parameters) {
        Map<String, List<String>> p = new LinkedHashMap<>(parameters.getParameters());
        if (given(p, SearchParameters.ON) || given(p, SearchParameters.FROM)) {
            // the filter form has both the choices and a date box: a date typed is the choice made
            p.remove(SearchParameters.WHEN);
        }
        SearchQuery q = SearchParameters.read(p, PAGE_SIZE).query();
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        filters.put("locality", q.localities());
        filters.put("town", q.towns());
        filters.put("category", q.categories());
        filters.put("level", q.levels());
        filters.put("access", q.access());
        filters.put("delivery", q.delivery());
        filters.put("day", q.days());
        filters.put("time", q.times());
        filters.put("accessibility", q.accessibility());
        filters.put("send", q.send());
        filters.put("language", q.languages());
        filters.put(PLACES, q.placesAvailable() ? Set.of("true") : Set.of());
        filters.put(CAN_USE, q.usableOnly() ? Set.of("true") : Set.of());
        SearchParameters.parameters(q.when()).forEach((name, value) -> filters.put(name, Set.of(value)));
        return new SearchState(q.text(), q.postcode() != null ? q.postcode() : q.near(), q.latitude(), q.longitude(),
                q.radiusKm(), q.age(), q.freeOnly(), filters, q.sort(), q.page(),
                "map".equals(first(p, "view")), q.notUnderstood());
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
        if (!notUnderstood.isEmpty()) {
            p.put("not_understood", notUnderstood.stream().sorted().toList());
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
                .language(array("language")).placesAvailable(filters.get(PLACES).contains("true"))
                .usableOnly(filters.get(CAN_USE).contains("true")).when(when()).sort(sort)
                .notUnderstood(notUnderstood.toArray(String[]::new))
                .page(page).size(PAGE_SIZE).maxCost((BigDecimal) null)
                .build();
    }

    /** The "when" filter the state holds, if any. */
    SearchQuery.@Nullable When when() {
        Map<String, List<String>> given = new LinkedHashMap<>();
        WHEN.forEach(name -> given.put(name, List.copyOf(filters.get(name))));
        return SearchParameters.read(given, PAGE_SIZE).query().when();
    }

    /** The same without its "when" filter. */
    SearchState withoutWhen() {
        Map<String, Set<String>> changed = new LinkedHashMap<>(filters);
        WHEN.forEach(name -> changed.put(name, Set.of()));
        return new SearchState(text, postcode, latitude, longitude, radiusKm, age, freeOnly, changed, sort, 1,
                map, notUnderstood);
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
                newPostcode == null ? longitude : null, radiusKm, age, freeOnly, filters, sort, 1, map,
                newText.strip().equals(text) ? notUnderstood : Set.of());
    }

    SearchState withLocation(@Nullable Double lat, @Nullable Double lon) {
        return new SearchState(text, null, lat, lon, radiusKm, age, freeOnly, filters,
                lat == null ? sort : SortOrder.DISTANCE, 1, map, notUnderstood);
    }

    SearchState withFilter(String facet, Set<String> values) {
        Map<String, Set<String>> changed = new LinkedHashMap<>(filters);
        changed.put(facet, values);
        return new SearchState(text, postcode, latitude, longitude, radiusKm, age, freeOnly, changed, sort, 1,
                map, notUnderstood);
    }

    SearchState withoutFilter(String facet, String value) {
        Set<String> values = new LinkedHashSet<>(filters.get(facet));
        values.remove(value);
        return withFilter(facet, values);
    }

    SearchState withAge(@Nullable Integer newAge) {
        return new SearchState(text, postcode, latitude, longitude, radiusKm, newAge, freeOnly, filters, sort, 1,
                map, notUnderstood);
    }

    SearchState withFreeOnly(boolean free) {
        return new SearchState(text, postcode, latitude, longitude, radiusKm, age, free, filters, sort, 1,
                map, notUnderstood);
    }

    SearchState withRadius(@Nullable Double km) {
        return new SearchState(text, postcode, latitude, longitude, km, age, freeOnly, filters, sort, 1,
                map, notUnderstood);
    }

    SearchState withSort(SortOrder order) {
        return new SearchState(text, postcode, latitude, longitude, radiusKm, age, freeOnly, filters, order, 1,
                map, notUnderstood);
    }

    SearchState withPage(int newPage) {
        return new SearchState(text, postcode, latitude, longitude, radiusKm, age, freeOnly, filters, sort, newPage,
                map, notUnderstood);
    }

    SearchState withMap(boolean showMap) {
        return new SearchState(text, postcode, latitude, longitude, radiusKm, age, freeOnly, filters, sort, page,
                showMap, notUnderstood);
    }

    /** The same words, with one thing that was read out of them ("free", "Crewe", "2 year old") taken back. */
    SearchState withNotUnderstood(String aspect) {
        Set<String> aspects = new LinkedHashSet<>(notUnderstood);
        aspects.add(aspect);
        return new SearchState(text, postcode, latitude, longitude, radiusKm, age, freeOnly, filters, sort, 1, map,
                aspects);
    }

    /** Keeps the words and the place, drops every filter: "widen your search". */
    SearchState withoutFilters() {
        return new SearchState(text, postcode, latitude, longitude, null, null, false, Map.of(), sort, 1,
                map, notUnderstood);
    }

    private String[] array(String facet) {
        return filters.get(facet).toArray(String[]::new);
    }

    private static boolean given(Map<String, List<String>> p, String name) {
        return p.getOrDefault(name, List.of()).stream().anyMatch(value -> value != null && !value.isBlank());
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
