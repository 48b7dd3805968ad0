package org.familyhub.childcare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.familyhub.search.ChildcareNeed;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchResults;
import org.familyhub.search.SearchService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * "Find childcare": the portal's one search, asked for childcare providers only with what the parent needs, and
 * each page of results with its providers' facts (a page's ids read from the database, never every provider).
 * The funded-hours rules are read from the content directory on each use, so a council's edit shows at once.
 */
@Service
public class FindChildcare {

    public static final int PAGE_SIZE = 10;
    public static final double DEFAULT_RADIUS_KM = 5;
    private static final Pattern POSTCODE = Pattern.compile("(?i)^[A-Z]{1,2}\\d[A-Z\\d]?(\\s*\\d[A-Z]{2})?$");

    private final SearchService search;
    private final Childcare childcare;
    private final Path rulesFile;

    FindChildcare(SearchService search, Childcare childcare,
            @Value("${familyhub.content.dir:content}") Path contentDir) {
        this.search = search;
        this.childcare = childcare;
        this.rulesFile = contentDir.resolve("childcare").resolve("entitlements.json");
    }

    /**
     * What a parent asks for.
     *
     * @param place    a postcode (or its district) or a town of the area; blank for the whole area
     * @param radiusKm how far from the place
     * @param funded   entitlement codes
     * @param types    provider type codes
     */
    public record Criteria(String place, double radiusKm, @Nullable Integer ageMonths, Set<String> days,
            Set<String> funded, boolean vacancyNow, Set<String> types, boolean send, int page) {

        public Criteria {
            place = place == null ? "" : place.strip();
            days = Set.copyOf(days);
            funded = Set.copyOf(funded);
            types = Set.copyOf(types);
            page = Math.max(1, page);
        }
    }

    /** A provider found, with its facts. */
    public record Result(SearchResults.Hit hit, ChildcareFacts facts) {
    }

    /**
     * @param placeNotFound the place given is not one the portal knows: nothing was searched
     * @param degraded      the search engine did not answer: nothing can be listed safely by these needs
     */
    public record Found(long total, int page, int totalPages, List<Result> results, @Nullable String origin,
            boolean placeNotFound, boolean degraded) {
    }

    public Found find(Criteria criteria) {
        if (criteria.ageMonths() != null && (criteria.ageMonths() < 0 || criteria.ageMonths() > 216)) {
            throw new InvalidChildcareException("age", "childcare.error.age", "Give the child's age from 0 to 18 years.");
        }
        ChildcareNeed need = new ChildcareNeed(criteria.ageMonths(), criteria.days(), criteria.funded(),
                criteria.vacancyNow(), criteria.types(), criteria.send(), Vacancy.oldestKnown(childcare.today()));
        SearchQuery.Builder query = SearchQuery.forText("").childcare(need).page(criteria.page()).size(PAGE_SIZE)
                .sort(SearchQuery.SortOrder.NAME);
        if (!criteria.place().isBlank()) {
            if (POSTCODE.matcher(criteria.place()).matches()) {
                query.postcode(criteria.place());
            } else {
                query.near(criteria.place());
            }
            query.radiusKm(criteria.radiusKm()).sort(SearchQuery.SortOrder.DISTANCE);
        }
        SearchResults results = search.list(query.build());
        if (results.degraded()) {
            return new Found(0, criteria.page(), 0, List.of(), null, false, true);
        }
        if (!criteria.place().isBlank() && results.origin() == null) {
            return new Found(0, criteria.page(), 0, List.of(), null, true, false);
        }
        Map<UUID, ChildcareFacts> facts = childcare.facts(results.hits().stream().map(SearchResults.Hit::id).toList())
                .stream().collect(Collectors.toMap(ChildcareFacts::serviceId, Function.identity()));
        List<Result> found = results.hits().stream().filter(hit -> facts.containsKey(hit.id()))
                .map(hit -> new Result(hit, facts.get(hit.id()))).toList();
        return new Found(results.total(), results.page(), results.totalPages(), found,
                results.origin() == null ? null : results.origin().label(), false, false);
    }

    /** The rules as the council states them now. */
    public EntitlementRules rules() {
        return EntitlementRules.read(rulesFile);
    }

    /** The rules as the council states them now, in the family's language where the council gave its words. */
    public EntitlementRules rules(java.util.Locale language) {
        return rules().in(language);
    }

    /** Which hours a child might get today. */
    public FundedHours.Answer check(FundedHours.Family family) {
        return FundedHours.check(rules(), family, childcare.today());
    }

    /** Which hours a child might get today, named in the family's language where the council gave the words. */
    public FundedHours.Answer check(FundedHours.Family family, java.util.Locale language) {
        return FundedHours.check(rules(language), family, childcare.today());
    }

    /** The day the rules are applied on: today. */
    public java.time.LocalDate rulesDate() {
        return childcare.today();
    }

    public boolean known(Vacancy vacancy) {
        return childcare.known(vacancy);
    }
}
