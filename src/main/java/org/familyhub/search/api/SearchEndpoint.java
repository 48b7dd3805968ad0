package org.familyhub.search.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.familyhub.directory.Place;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchResults;
import org.familyhub.search.SearchService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code GET /api/search}: public, read-only, only published active services. Parameters are those of
 * the portal's search page; bad values get a 400 with a plain message, never a stack trace.
 */
@RestController
@RequestMapping(path = "/api/search", produces = "application/json")
class SearchEndpoint {

    private static final Set<String> DAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final Set<String> TIMES = Set.of("morning", "afternoon", "evening");

    private final SearchService search;

    SearchEndpoint(SearchService search) {
        this.search = search;
    }

    @GetMapping
    Response search(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) List<String> locality,
            @RequestParam(required = false) List<String> town,
            @RequestParam(required = false) @Nullable String postcode,
            @RequestParam(required = false) @Nullable String near,
            @RequestParam(required = false) @Nullable Double lat,
            @RequestParam(required = false) @Nullable Double lon,
            @RequestParam(name = "radius_km", required = false) @Nullable Double radiusKm,
            @RequestParam(required = false) @Nullable Integer age,
            @RequestParam(required = false) List<String> category,
            @RequestParam(required = false) List<String> level,
            @RequestParam(defaultValue = "false") boolean free,
            @RequestParam(name = "max_cost", required = false) @Nullable BigDecimal maxCost,
            @RequestParam(required = false) List<String> delivery,
            @RequestParam(required = false) List<String> access,
            @RequestParam(required = false) List<String> day,
            @RequestParam(required = false) List<String> time,
            @RequestParam(required = false) List<String> accessibility,
            @RequestParam(required = false) List<String> send,
            @RequestParam(required = false) List<String> language,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "10") int size) {
        check(q.length() <= 200, "q must be at most 200 characters");
        check(age == null || (age >= 0 && age <= 25), "age must be a child's age in years, 0 to 25");
        check(radiusKm == null || (radiusKm > 0 && radiusKm <= 100), "radius_km must be more than 0 and at most 100");
        check((lat == null) == (lon == null), "lat and lon go together");
        check(lat == null || (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180), "lat/lon must be coordinates");
        check(page >= 1 && page <= 1000, "page must be from 1 to 1000");
        check(size >= 1 && size <= SearchQuery.MAX_SIZE, "size must be from 1 to " + SearchQuery.MAX_SIZE);
        check(maxCost == null || maxCost.signum() >= 0, "max_cost must not be negative");
        List<String> days = upper(day);
        check(DAYS.containsAll(days), "day must be MO, TU, WE, TH, FR, SA or SU");
        check(TIMES.containsAll(values(time)), "time must be morning, afternoon or evening");
        SearchQuery.SortOrder order = sortOrder(sort);
        SearchQuery query = SearchQuery.forText(q)
                .locality(array(locality)).town(array(town)).postcode(postcode).near(near).coordinates(lat, lon)
                .radiusKm(radiusKm).age(age).category(array(category)).level(array(level)).freeOnly(free)
                .maxCost(maxCost).delivery(array(delivery)).access(array(access)).day(days.toArray(String[]::new))
                .time(array(time)).accessibility(array(accessibility)).send(array(send)).language(array(language))
                .sort(order).page(page).size(size).build();
        return Response.of(q, search.search(query));
    }

    @GetMapping("/suggest")
    Map<String, List<String>> suggest(@RequestParam(defaultValue = "") String q) {
        check(q.length() <= 100, "q must be at most 100 characters");
        return Map.of("suggestions", search.suggest(q));
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, String>> badRequest(Exception e) {
        String message = e instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName() + " has the wrong format"
                : e.getMessage();
        return ResponseEntity.badRequest().body(Map.of("error", "bad_request", "message", message));
    }

    private static SearchQuery.SortOrder sortOrder(String sort) {
        try {
            return SearchQuery.SortOrder.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort must be relevance, distance or name");
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    private static List<String> values(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).map(String::strip).toList();
    }

    private static List<String> upper(@Nullable List<String> values) {
        return values(values).stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
    }

    private static String[] array(@Nullable List<String> values) {
        return values(values).toArray(String[]::new);
    }

    record Response(String query, long total, int page, int size, @JsonProperty("total_pages") int totalPages,
            @JsonProperty("understood_place") @Nullable Understood place,
            SearchResults.@Nullable Origin origin, @JsonProperty("did_you_mean") @Nullable String didYouMean,
            List<Result> results, Map<String, List<SearchResults.FacetCount>> facets, boolean degraded) {

        static Response of(String query, SearchResults results) {
            return new Response(query, results.total(), results.page(), results.size(), results.totalPages(),
                    results.place() == null ? null : new Understood(results.place().name(), results.place().town(),
                            results.place().localityCode()),
                    results.origin(), results.didYouMean(),
                    results.hits().stream().map(Result::of).toList(), results.facets(), results.degraded());
        }
    }

    /** A town or locality the words named, which the results prefer. */
    record Understood(String name, @Nullable String town, @JsonProperty("locality_code") String localityCode) {
    }

    record Result(UUID id, String name, String provider, @Nullable String town, @Nullable String locality,
            List<Place> places, @JsonProperty("cost") String costLine, boolean free, double score,
            @JsonProperty("distance_km") @Nullable Double distanceKm,
            @JsonProperty("minimum_age") @Nullable Integer minimumAge,
            @JsonProperty("maximum_age") @Nullable Integer maximumAge, List<String> levels, List<String> highlights) {

        static Result of(SearchResults.Hit hit) {
            Place first = hit.places().isEmpty() ? new Place(null, null) : hit.places().getFirst();
            String cost = hit.cost().free() ? "Free"
                    : !hit.cost().options().isEmpty() ? String.join("; ", hit.cost().options())
                    : hit.cost().details() != null ? hit.cost().details() : "Not stated: ask the service";
            Double distance = hit.distanceKm() == null ? null : Math.round(hit.distanceKm() * 10) / 10.0;
            return new Result(hit.id(), hit.name(), hit.provider(), first.town(), first.locality(), hit.places(),
                    cost, hit.cost().free(), hit.score(), distance, hit.minimumAge(), hit.maximumAge(), hit.levels(),
                    hit.highlights());
        }
    }
}
