package org.familyhub.search.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.familyhub.directory.Closure;
import org.familyhub.directory.Place;
import org.familyhub.search.SearchParameters;
import org.familyhub.search.SearchResults;
import org.familyhub.search.SearchService;
import org.familyhub.search.UrgentHelp;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
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

    private static final int DEFAULT_SIZE = 10;

    private final SearchService search;
    private final Clock clock;

    SearchEndpoint(SearchService search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    /** The parameters are the search page's own ({@link SearchParameters}); the first thing wrong is a 400. */
    @GetMapping
    Response search(@RequestParam MultiValueMap<String, String> parameters) {
        SearchParameters.Read read = SearchParameters.read(parameters, DEFAULT_SIZE, LocalDate.now(clock));
        check(read.problems().isEmpty(), read.problems().isEmpty() ? "" : read.problems().getFirst());
        return Response.of(read.query().text(), SearchParameters.parameters(read.query().when()),
                search.searchWithHighlights(read.query()));
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

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** @param when the "when" filter as it was read ({@code when}, or {@code on}, or {@code from} and {@code to}) */
    record Response(String query, Map<String, String> when, long total, int page, int size, @JsonProperty("total_pages") int totalPages,
            @JsonProperty("understood_place") @Nullable Understood place, UnderstoodWords understood,
            SearchResults.@Nullable Origin origin, @JsonProperty("did_you_mean") @Nullable String didYouMean,
            @JsonProperty("some_words_only") boolean someWordsOnly, List<Result> results,
            Map<String, List<SearchResults.FacetCount>> facets, boolean degraded,
            @JsonProperty("urgent_help") List<String> urgentHelp) {

        static Response of(String query, Map<String, String> when, SearchResults results) {
            return new Response(query, when, results.total(), results.page(), results.size(), results.totalPages(),
                    results.place() == null ? null : new Understood(results.place().name(), results.place().town(),
                            results.place().localityCode()),
                    UnderstoodWords.of(results.understood()), results.origin(), results.didYouMean(),
                    results.someWordsOnly(), results.hits().stream().map(Result::of).toList(), results.facets(),
                    results.degraded(), UrgentHelp.in(query).stream()
                            .map(help -> help.name().toLowerCase(java.util.Locale.ROOT)).toList());
        }
    }

    /** A town or locality the words named, which the results prefer. */
    record Understood(String name, @Nullable String town, @JsonProperty("locality_code") String localityCode) {
    }

    /**
     * What was read out of the words and used as a preference; each can be taken back with
     * {@code not_understood=place|age|free|day|time|delivery|spelling|need}. {@code words} is what was left to match,
     * as typed; {@code spelling} has the directory's spelling of the words it does not have as typed, which were
     * searched for as well; {@code need}, the words of the need a sentence describes, looked for as well.
     */
    record UnderstoodWords(String words, @Nullable Understood place, @Nullable String postcode,
            @JsonProperty("age_from") @Nullable Integer ageFrom, @JsonProperty("age_to") @Nullable Integer ageTo,
            boolean free, Set<String> days, Set<String> times, Set<String> delivery, Map<String, String> spelling,
            @Nullable String need) {

        static UnderstoodWords of(SearchResults.Understood u) {
            return new UnderstoodWords(u.words(), u.place() == null ? null
                    : new Understood(u.place().name(), u.place().town(), u.place().localityCode()), u.postcode(),
                    u.ageFrom(), u.ageTo(), u.free(), u.days(), u.times(), u.delivery(), u.spelling(), u.need());
        }
    }

    record Result(UUID id, String name, String provider, @Nullable String town, @Nullable String locality,
            List<Place> places, @JsonProperty("cost") String costLine, boolean free, double score,
            @JsonProperty("distance_km") @Nullable Double distanceKm,
            @JsonProperty("minimum_age") @Nullable Integer minimumAge,
            @JsonProperty("maximum_age") @Nullable Integer maximumAge, List<String> levels, List<String> highlights,
            @JsonProperty("places_available") boolean placesAvailable,
            @JsonProperty("temporarily_closed") boolean temporarilyClosed, @Nullable ClosureJson closure,
            @JsonProperty("for_residents_of") List<String> residentsOf, @JsonProperty("can_use") @Nullable Boolean usable) {

        static Result of(SearchResults.Hit hit) {
            Place first = hit.places().isEmpty() ? new Place(null, null) : hit.places().getFirst();
            String cost = hit.cost().free() ? "Free"
                    : !hit.cost().options().isEmpty() ? String.join("; ", hit.cost().options())
                    : hit.cost().details() != null ? hit.cost().details() : "Not stated: ask the service";
            Double distance = hit.distanceKm() == null ? null : Math.round(hit.distanceKm() * 10) / 10.0;
            return new Result(hit.id(), hit.name(), hit.provider(), first.town(), first.locality(), hit.places(),
                    cost, hit.cost().free(), hit.score(), distance, hit.minimumAge(), hit.maximumAge(), hit.levels(),
                    hit.highlights(), hit.placesAvailable(), hit.closure() != null,
                    hit.closure() == null ? null : ClosureJson.of(hit.closure()), hit.residentsOf(), hit.usable());
        }
    }

    /**
     * Why a service found is temporarily closed today: its last closed day when it gives one (ISO date, none: until
     * further notice), its notice and the service to go to instead.
     */
    record ClosureJson(@Nullable LocalDate from, @Nullable LocalDate until, @Nullable String notice,
            @JsonProperty("alternative_id") @Nullable UUID alternativeId,
            @JsonProperty("alternative_name") @Nullable String alternativeName) {

        static ClosureJson of(Closure closure) {
            return new ClosureJson(closure.from(), closure.until(), closure.notice(), closure.alternativeId(),
                    closure.alternativeName());
        }
    }
}
