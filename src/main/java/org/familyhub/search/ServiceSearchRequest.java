package org.familyhub.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import org.familyhub.search.SearchResults.Origin;
import org.familyhub.search.SearchResults.UnderstoodPlace;
import org.familyhub.search.index.ServiceIndex;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Elasticsearch request for a search: relevance with synonyms and typo tolerance, a
 * preference for a place named in the words, every filter as a post filter, and facet counts that
 * ignore their own filter (so a parent can tick a second box and see what it adds).
 */
final class ServiceSearchRequest {

    /** The facets and the document field each counts. */
    static final Map<String, String> FACETS = facets();
    static final int FACET_SIZE = 50;
    static final String DID_YOU_MEAN = "did_you_mean";
    private static final double PLACE_BOOST_TOWN = 4.0;
    private static final double PLACE_BOOST_LOCALITY = 2.5;

    private ServiceSearchRequest() {
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("locality", "locality_codes");
        facets.put("town", "towns");
        facets.put("category", "category_codes");
        facets.put("level", "levels");
        facets.put("access", "access");
        facets.put("delivery", "delivery");
        facets.put("day", "days");
        facets.put("time", "times");
        facets.put("accessibility", "accessibility");
        facets.put("send", "send");
        facets.put("language", "languages");
        facets.put("free", "free");
        return facets;
    }

    /**
     * Three searches in one round trip, which Elasticsearch runs side by side: the page of hits, the
     * facet counts, and the spelling suggestion. Sent as one request they cost the sum of the three;
     * as a multi-search, about the slowest of them (see the benchmark).
     */
    static MsearchRequest build(SearchQuery query, String text, @Nullable UnderstoodPlace place,
            @Nullable Origin origin, @Nullable String originLocality) {
        Map<String, Query> filters = filters(query, origin, originLocality);
        Query main = mainQuery(text, place);
        MsearchRequest.Builder request = new MsearchRequest.Builder().index(ServiceIndex.ALIAS);
        request.searches(s -> s.header(h -> h).body(b -> {
            b.query(main).from((query.page() - 1) * query.size()).size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes("id", "name", "display", "location")))
                    .sort(sort(query, origin));
            if (!filters.isEmpty()) {
                b.postFilter(and(filters.values()));
            }
            if (!text.isBlank()) {
                // Highlighting re-runs the query over each hit's text; with fuzzy expansions that was most
                // of the request's time (benchmark), so highlights come from the plain words only.
                // Highlights are HTML (<mark>), so the listing's own text in them is HTML-escaped.
                b.highlight(h -> h.preTags("<mark>").postTags("</mark>").encoder(HighlighterEncoder.Html)
                        .highlightQuery(q -> q.multiMatch(m -> m.query(text).fields("name", "description")))
                        .fields("name", f -> f.numberOfFragments(0))
                        .fields("description", f -> f.fragmentSize(160).numberOfFragments(1)));
            }
            return b;
        }));
        request.searches(s -> s.header(h -> h).body(b -> {
            b.query(main).size(0).trackTotalHits(t -> t.enabled(false));
            FACETS.forEach((facet, field) -> b.aggregations(facet, facetAggregation(facet, field, filters)));
            return b;
        }));
        if (!text.isBlank()) {
            request.searches(s -> s.header(h -> h).body(b -> b.size(0).query(q -> q.matchNone(m -> m))
                    .suggest(sg -> sg.text(text).suggesters(DID_YOU_MEAN, fs -> fs.phrase(p -> p
                            .field("spell").size(1).gramSize(1).maxErrors(2.0)
                            .directGenerator(d -> d.field("spell").suggestMode(SuggestMode.Always)
                                    .minWordLength(3)))))));
        }
        return request.build();
    }

    private static Query mainQuery(String text, @Nullable UnderstoodPlace place) {
        List<Query> must = new ArrayList<>();
        must.add(Query.of(q -> q.term(t -> t.field("status").value("active"))));
        if (!text.isBlank()) {
            must.add(Query.of(q -> q.bool(b -> b
                    .should(s -> s.multiMatch(m -> m.query(text).type(TextQueryType.BestFields).tieBreaker(0.3)
                            .zeroTermsQuery(ZeroTermsQuery.All)
                            .fields("name^4", "alternate_name^3", "category_names^3", "provider^2", "eligibility",
                                    "description", "locality_names")))
                    // Typos: no synonyms here, because fuzzy matching and synonym graphs do not mix.
                    .should(s -> s.multiMatch(m -> m.query(text).fuzziness("AUTO").prefixLength(1)
                            .analyzer("portal_fuzzy").fields("name^4", "category_names^3", "description")))
                    .should(s -> s.matchPhrase(p -> p.field("name").query(text).slop(1).boost(6f)))
                    .minimumShouldMatch("1"))));
        }
        if (place == null) {
            return Query.of(q -> q.bool(b -> b.must(must)));
        }
        Query inLocality = Query.of(q -> q.term(t -> t.field("locality_codes").value(place.localityCode())));
        Query inTown = place.town() == null ? inLocality
                : Query.of(q -> q.term(t -> t.field("towns").value(place.town())));
        if (text.isBlank()) {
            // Only a place was typed ("Crewe"): show what is there.
            must.add(Query.of(q -> q.bool(b -> b.should(inTown, inLocality).minimumShouldMatch("1"))));
        }
        // A multiplier, not an added score: it must outweigh how well the words match, whatever the scale.
        return Query.of(q -> q.functionScore(f -> f
                .query(b -> b.bool(bool -> bool.must(must)))
                .functions(fn -> fn.filter(inTown).weight(PLACE_BOOST_TOWN))
                .functions(fn -> fn.filter(inLocality).weight(PLACE_BOOST_LOCALITY))
                .scoreMode(FunctionScoreMode.Max)
                .boostMode(FunctionBoostMode.Multiply)));
    }

    private static Map<String, Query> filters(SearchQuery query, @Nullable Origin origin,
            @Nullable String originLocality) {
        Map<String, Query> filters = new LinkedHashMap<>();
        if (!query.localities().isEmpty()) {
            filters.put("locality", Query.of(q -> q.bool(b -> b
                    .should(terms("locality_codes", query.localities()))
                    .should(s -> s.term(t -> t.field("whole_area").value(true))))));
        }
        putTerms(filters, "town", "towns", query.towns());
        putTerms(filters, "category", "category_codes", query.categories());
        putTerms(filters, "level", "levels", query.levels());
        putTerms(filters, "access", "access", query.access());
        putTerms(filters, "delivery", "delivery", query.delivery());
        putTerms(filters, "accessibility", "accessibility", query.accessibility());
        putTerms(filters, "send", "send", query.send());
        putTerms(filters, "language", "languages", query.languages());
        if (!query.days().isEmpty() && !query.times().isEmpty()) {
            List<String> slots = query.days().stream()
                    .flatMap(day -> query.times().stream().map(time -> day + "-" + time)).toList();
            filters.put("day", terms("slots", Set.copyOf(slots)));
            filters.put("time", terms("slots", Set.copyOf(slots)));
        } else {
            putTerms(filters, "day", "days", query.days());
            putTerms(filters, "time", "times", query.times());
        }
        if (query.freeOnly()) {
            filters.put("free", Query.of(q -> q.term(t -> t.field("free").value(true))));
        } else if (query.maxCost() != null) {
            double max = query.maxCost().doubleValue();
            filters.put("free", Query.of(q -> q.bool(b -> b
                    .should(s -> s.term(t -> t.field("free").value(true)))
                    .should(s -> s.range(r -> r.number(n -> n.field("max_cost").lte(max)))))));
        }
        if (query.age() != null) {
            double age = query.age();
            filters.put("age", Query.of(q -> q.bool(b -> b
                    .filter(f -> f.range(r -> r.number(n -> n.field("min_age").lte(age))))
                    .filter(f -> f.range(r -> r.number(n -> n.field("max_age").gte(age)))))));
        }
        if (origin != null && query.radiusKm() != null) {
            filters.put("distance", within(origin, query.radiusKm(), originLocality));
        }
        return filters;
    }

    /** Venues within the radius, and services without a venue that reach the place (helplines, home visits). */
    private static Query within(Origin origin, double radiusKm, @Nullable String originLocality) {
        return Query.of(q -> q.bool(b -> {
            b.should(s -> s.geoDistance(g -> g.field("location").distance(radiusKm + "km")
                    .distanceType(GeoDistanceType.Arc)
                    .location(l -> l.latlon(ll -> ll.lat(origin.latitude()).lon(origin.longitude())))));
            b.should(s -> s.bool(noVenue -> {
                noVenue.mustNot(m -> m.exists(e -> e.field("location")));
                noVenue.should(w -> w.term(t -> t.field("whole_area").value(true)));
                if (originLocality != null) {
                    noVenue.should(w -> w.term(t -> t.field("locality_codes").value(originLocality)));
                }
                return noVenue.minimumShouldMatch("1");
            }));
            return b.minimumShouldMatch("1");
        }));
    }

    private static Aggregation facetAggregation(String facet, String field, Map<String, Query> filters) {
        List<Query> others = filters.entrySet().stream().filter(e -> !e.getKey().equals(facet))
                .map(Map.Entry::getValue).toList();
        return Aggregation.of(a -> a.filter(others.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : and(others))
                .aggregations("values", v -> v.terms(t -> t.field(field).size(FACET_SIZE))));
    }

    private static List<SortOptions> sort(SearchQuery query, @Nullable Origin origin) {
        List<SortOptions> sort = new ArrayList<>();
        if (query.sort() == SearchQuery.SortOrder.DISTANCE && origin != null) {
            sort.add(SortOptions.of(s -> s.geoDistance(g -> g.field("location")
                    .location(l -> l.latlon(ll -> ll.lat(origin.latitude()).lon(origin.longitude())))
                    .order(SortOrder.Asc).ignoreUnmapped(true))));
        }
        if (query.sort() == SearchQuery.SortOrder.NAME) {
            sort.add(SortOptions.of(s -> s.field(f -> f.field("name.sort").order(SortOrder.Asc))));
        }
        sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
        sort.add(SortOptions.of(s -> s.field(f -> f.field("name.sort").order(SortOrder.Asc))));
        return sort;
    }

    private static void putTerms(Map<String, Query> filters, String facet, String field, Set<String> values) {
        if (!values.isEmpty()) {
            filters.put(facet, terms(field, values));
        }
    }

    private static Query terms(String field, Set<String> values) {
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))));
    }

    private static Query and(Collection<Query> queries) {
        return Query.of(q -> q.bool(b -> b.filter(List.copyOf(queries))));
    }
}
