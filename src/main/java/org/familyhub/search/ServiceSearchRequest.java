package org.familyhub.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.MultiMatchQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeRelation;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Rescore;
import org.familyhub.search.SearchQuery.When;
import org.familyhub.search.SearchResults.Origin;
import org.familyhub.search.SearchResults.Understood;
import org.familyhub.search.SearchResults.UnderstoodPlace;
import org.familyhub.search.index.ServiceDocuments;
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
    /** The facet of programmes with a course a family can book now with a free place: one value, {@code true}. */
    static final String PLACES = SearchParameters.PLACES;

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
        facets.put(PLACES, "course_places");
        return facets;
    }

    /** How many of the best answers by words and by meaning are blended into one order (the first pages). */
    static final int BLEND_WINDOW = 50;
    /** How close in meaning (cosine) a listing must be to count as a match without sharing the words. */
    static final float MEANING_SIMILARITY = 0.35f;
    /** How close in meaning a listing must be to be listed "nearest first" or "by name" without sharing the words. */
    static final float MEANING_ALONE = 0.5f;
    /**
     * At most this many services match by meaning alone: the closest, however large the directory ({@link #BLEND_WINDOW}
     * when the words name no need, as everything in the place matches then anyway).
     */
    static final int MEANING_MATCHES = 12;
    private static final int MEANING_CANDIDATES = 100;
    /**
     * The index keeps the meanings as 8-bit numbers, whose scale is worked out for each segment of the index, so the
     * same listing scored differently as the index was written in other batches; twice the nearest are found that way
     * and scored again from the full vectors, so a meaning's score does not depend on how the index was written.
     */
    private static final float RESCORED = 2f;
    private static final String[] SOURCE = {"id", "name", "display", "location", "min_age", "max_age", "free", "days",
        "times", "delivery", "towns", "locality_codes", "category_codes", "course_places", "status",
        ServiceDocuments.CLOSED_FROM, ServiceDocuments.CLOSED_UNTIL, "residents_of"};
    /**
     * Where each search's answer is in the multi-search's responses; -1 when it was not asked. The first holds the
     * hits, and the number of matches unless a page's are in {@code counts}, with its facet counts.
     */
    record Layout(int counts, int places, int meaning, boolean blended) {
        static final int MATCHES = 0;

        /** The search that counted the matches. */
        int total() {
            return counts < 0 ? MATCHES : counts;
        }
    }

    /**
     * What a search is sent for: a page of results with its facet counts; the same with the words marked in each
     * result's name and description (the JSON API's {@code highlights}: the pages do not show them, and marking them
     * re-reads each result's text); a page of results without the facet counts, for lists that offer no filter panel
     * (find childcare, the Open Referral API): the counts are worked out over every match, so they cost the more the
     * larger the directory; or only how many services it finds (the filter panel's count while a family chooses, and a
     * corrected spelling's worth), which needs none of the rest.
     */
    enum Purpose {
        PAGE, PAGE_WITH_HIGHLIGHTS, LIST, COUNT
    }

    /**
     * The directory's own spelling of the words, asked only when they found little: the suggester looks at every
     * word of the index's dictionary, so asking it with every search was a cost most searches never used.
     */
    static SearchRequest spelling(String text) {
        return SearchRequest.of(s -> s.index(ServiceIndex.ALIAS).size(0).query(q -> q.matchNone(m -> m))
                .suggest(sg -> sg.text(text).suggesters(DID_YOU_MEAN, fs -> fs.phrase(p -> p
                        .field("spell").size(5).gramSize(1).maxErrors(2.0)
                        .directGenerator(d -> d.field("spell").suggestMode(SuggestMode.Always)
                                .minWordLength(3))))));
    }

    record Built(MsearchRequest request, Layout layout) {
    }

    /**
     * How a service must have the words: most of them, or with {@code some} one of them (asked when few services have
     * most); with {@code typos}, also spelled a little differently (asked when the directory does not spell one of
     * them as typed, {@link DirectoryWords}), and with its spelling of those it can correct; {@code described}, the
     * words of the need a sentence describes ({@link org.familyhub.search.meaning.NeedsInParentsWords}), found as
     * well as the sentence's own.
     */
    record WordMatch(boolean some, boolean typos, Map<String, String> corrections, @Nullable String described) {

        WordMatch(boolean some, boolean typos, Map<String, String> corrections) {
            this(some, typos, corrections, null);
        }

        /** The words with the directory's spelling of those it corrects ({@link DirectoryWords}). */
        String corrected(String words) {
            return DirectoryWords.corrected(words, corrections);
        }
    }

    /**
     * The searches of one round trip, which Elasticsearch runs side by side: the page of hits with the number of
     * matches and the facet counts (for the first pages of a relevance order: the best {@value #BLEND_WINDOW} by the
     * words), the best {@value #BLEND_WINDOW} by meaning (blended with the words' by the search service), and with no
     * words, the count of courses with places now.
     *
     * <p>A service matches when it has the parent's words (most of them, allowing for typos and synonyms) or when its
     * meaning is close to theirs; "nearest first" and "by name" order only those.
     */
    static Built build(SearchQuery query, Understood understood, @Nullable Origin origin,
            @Nullable String originLocality, float @Nullable [] meaning, double wordsFloor, Instant now,
            LocalDate today, ZoneId zone, Purpose purpose, WordMatch wordMatch) {
        String text = understood.words();
        Map<String, Query> filters = filters(query, origin, originLocality, now, zone);
        Query forTheAgeAlone = ageAsked(query, understood);
        if (forTheAgeAlone != null) {
            filters.put("age", forTheAgeAlone);
        }
        boolean blended = meaning != null && !text.isBlank() && purpose != Purpose.COUNT
                && query.sort() == SearchQuery.SortOrder.RELEVANCE && query.page() * query.size() <= BLEND_WINDOW;
        // A count needs only the matches; the blend's window weighs the words as typed by rescoring.
        Query allWords = words(text, understood.place(), wordMatch, purpose != Purpose.COUNT && !blended, blended);
        Query words = wordsFloor <= 0 ? allWords
                : Query.of(q -> q.functionScore(f -> f.query(allWords).minScore(wordsFloor)));
        // In an order of its own ("nearest first", "by name") a service found by meaning alone must be close to the
        // words; in the relevance order the blend ranks the loosely related below the close ones.
        float similarity = query.sort() == SearchQuery.SortOrder.RELEVANCE ? MEANING_SIMILARITY : MEANING_ALONE;
        // When the words name no need, the meaning orders what the place and filters hold, so it offers a whole window.
        int nearest = ParentWords.need(text).isBlank() ? BLEND_WINDOW : MEANING_MATCHES;
        Query byMeaning = meaning == null || text.isBlank() ? null
                : meaning(meaning, understood.place(), similarity, nearest, filters.values(), 1f);
        Query matches = byMeaning == null ? words
                : Query.of(q -> q.bool(b -> b.should(words, byMeaning).minimumShouldMatch("1")));
        MsearchRequest.Builder request = new MsearchRequest.Builder().index(ServiceIndex.ALIAS);
        if (purpose == Purpose.COUNT) {
            request.searches(s -> s.header(h -> h).body(b -> {
                b.query(matches).size(0).trackTotalHits(t -> t.enabled(true));
                if (!filters.isEmpty()) {
                    b.postFilter(and(filters.values()));
                }
                return b;
            }));
            return new Built(request.build(), new Layout(-1, -1, -1, false));
        }
        // A search with no words (the search page as it opens, or a place only) is the same request until the
        // directory or the day changes, and costs the more the larger the directory: Elasticsearch keeps its answer
        // in its request cache, which a change to the index empties. A search with words is seldom asked again
        // word for word, so it is not kept (it would push the others out).
        boolean browsing = text.isBlank();
        // The hits are found among the matches the filters allow: the filters narrow the query itself, so the engine
        // skips the others rather than scoring every match and filtering afterwards (a post filter). A page's number of
        // matches and facet counts (which need every match) are asked in a search of their own that scores nothing,
        // which the engine runs beside the hits' on the other core: together in one search, at 100,000 services,
        // "stay and play crewe" had its 12,000 matches scored and counted one after the other.
        // A list without facet counts (find childcare, the Open Referral API) counts in the hits' search: a search of
        // its own cost the Crewe childminders 26 ms more of the engine's CPU at 100,000 services.
        boolean facets = purpose != Purpose.LIST;
        // The blend's candidates are the best by the words with the preferences applied: at 100,000 services "stay and
        // play crewe" matches 12,000, and the best 50 by the words alone were anywhere. They are found by the words:
        // the closest by meaning are the blend's other side, and one found by its meaning only would score nothing
        // here. A list that counts here has them too, weighing nothing, so that its count holds them.
        Query preferred = preferring(!blended ? matches : facets ? words : Query.of(q -> q.bool(b -> b.should(words,
                meaning(meaning, understood.place(), similarity, nearest, filters.values(), 0f)).minimumShouldMatch("1"))),
                understood, origin, today);
        Query asked = filters.isEmpty() ? preferred : within(preferred, filters.values());
        request.searches(s -> s.header(h -> h.requestCache(browsing)).body(b -> {
            b.query(asked);
            if (blended) {
                b.from(0).size(BLEND_WINDOW);
                if (!wordMatch.typos()) {
                    b.rescore(asTyped(words, text, wordMatch, understood, origin, today));
                }
            } else {
                b.from((query.page() - 1) * query.size()).size(query.size()).sort(sort(query, origin));
            }
            b.trackTotalHits(t -> t.enabled(!facets));
            // The blend's candidates carry their cards' text too: a second request for the cards of the page it chose
            // cost more (a round trip, one after the other) than the few kilobytes of text it saved (benchmark).
            b.source(src -> src.filter(f -> f.includes(List.of(SOURCE))));
            if (!text.isBlank() && !blended && purpose == Purpose.PAGE_WITH_HIGHLIGHTS) {
                b.highlight(highlight(text));
            }
            return b;
        }));
        int countsAt = -1;
        if (facets) {
            countsAt = 1;
            request.searches(s -> s.header(h -> h.requestCache(browsing)).body(b -> {
                b.query(and(List.of(matches))).size(0).trackTotalHits(t -> t.enabled(true));
                if (!filters.isEmpty()) {
                    b.postFilter(and(filters.values()));
                }
                facetAggregations(filters, browsing, now).forEach(b::aggregations);
                return b;
            }));
        }
        int placesAt = -1;
        if (browsing && facets) {
            // The courses with places now names the moment, so with no words it is asked apart, and not kept: the
            // rest is then the same request from one moment to the next. All its conditions are filters, so the
            // engine starts from the few services with courses rather than from every match.
            placesAt = countsAt + 1;
            List<Query> placesNow = new ArrayList<>(filters.entrySet().stream()
                    .filter(e -> !e.getKey().equals(PLACES)).map(Map.Entry::getValue).toList());
            placesNow.add(matches);
            placesNow.add(placesAvailable(now));
            request.searches(s -> s.header(h -> h.requestCache(false)).body(b -> b.query(and(placesNow)).size(0)
                    .trackTotalHits(t -> t.enabled(true))));
        }
        int meaningAt = -1;
        if (blended) {
            meaningAt = Math.max(Layout.MATCHES, Math.max(countsAt, placesAt)) + 1;
            request.searches(s -> s.header(h -> h).body(b -> {
                b.query(byMeaning).size(BLEND_WINDOW).trackTotalHits(t -> t.enabled(false))
                        .source(src -> src.filter(f -> f.includes(List.of(SOURCE))));
                if (!filters.isEmpty()) {
                    b.postFilter(and(filters.values()));
                }
                return b;
            }));
        }
        return new Built(request.build(), new Layout(countsAt, placesAt, meaningAt, blended));
    }

    /**
     * The words marked in a card's name and description. Highlighting re-runs the query over each hit's text; with
     * fuzzy expansions that was most of the request's time (benchmark), so highlights come from the plain words only.
     * Highlights are HTML ({@code <mark>}), so the listing's own text in them is HTML-escaped.
     */
    private static co.elastic.clients.elasticsearch.core.search.Highlight highlight(String text) {
        return co.elastic.clients.elasticsearch.core.search.Highlight.of(h -> h.preTags("<mark>").postTags("</mark>")
                .encoder(HighlighterEncoder.Html)
                .highlightQuery(q -> q.multiMatch(m -> m.query(text).fields("name", "description")))
                .fields("name", f -> f.numberOfFragments(0))
                .fields("description", f -> f.fragmentSize(160).numberOfFragments(1)));
    }

    /**
     * The highlights of a blended page's few services, asked for once the blend has chosen them, rather than for all
     * {@value #BLEND_WINDOW} candidates of each side (marking every candidate was the page's slowest part, measured).
     */
    static SearchRequest highlights(List<String> ids, String text) {
        return SearchRequest.of(s -> s.index(ServiceIndex.ALIAS).query(q -> q.ids(i -> i.values(ids))).size(ids.size())
                .trackTotalHits(t -> t.enabled(false)).source(src -> src.fetch(false)).highlight(highlight(text)));
    }

    /**
     * In an order of its own ("nearest first", "by name") the words must match well: at least this share of the best
     * match's score, so a listing that only mentions the words in passing ("children can play … stay safe") is not
     * listed between the stay-and-play sessions. The relevance order ranks those last instead.
     */
    static final double WORDS_FLOOR = 0.3;

    /**
     * The best score by the words alone, among the services the filters allow: what {@link #WORDS_FLOOR} is of. The
     * filters narrow the query itself, as they do the page's, so the engine steps over the services they leave out
     * rather than going through every match in the directory (at 100,000 services, "stay and play" nearest CW1 3AB:
     * p50 52 → 47 ms for the whole search).
     */
    static SearchRequest bestByWords(SearchQuery query, Understood understood, @Nullable Origin origin,
            @Nullable String originLocality, Instant now, ZoneId zone, WordMatch wordMatch) {
        Map<String, Query> filters = filters(query, origin, originLocality, now, zone);
        Query words = words(understood.words(), understood.place(), wordMatch, true, false);
        return SearchRequest.of(s -> s.index(ServiceIndex.ALIAS)
                .query(filters.isEmpty() ? words : within(words, filters.values()))
                .size(1).trackTotalHits(t -> t.enabled(false)).source(src -> src.fetch(false)));
    }

    /**
     * The words: a service must have most of them (both of two, all but one of up to five, then 60%), in any
     * of its fields, allowing synonyms, or the same with typos when they are allowed; the name, topics and a phrase in
     * the name rank first. With {@link WordMatch#some()}, one of them is enough; those with more still score higher.
     * Without {@code weighedAsTyped}, the words as typed ({@link #asTyped}) are left to a rescoring of the best few, or
     * to nothing when only the matches are counted, unless typos are allowed (then they are how a typo matches).
     * With {@code markingTheNeed}, the listings named or filed under the need a sentence describes are marked for the
     * blend ({@link #DESCRIBED}); no other order reads the mark, and at 100,000 services it is a clause over thousands.
     */
    private static Query words(String text, @Nullable UnderstoodPlace place, WordMatch wordMatch,
            boolean weighedAsTyped, boolean markingTheNeed) {
        boolean asTyped = weighedAsTyped || wordMatch.typos();
        List<Query> must = new ArrayList<>();
        must.add(findable());
        List<Query> should = new ArrayList<>();
        String need = need(text, wordMatch);
        // Synonyms are read from the words as the directory spells them ("playgoup": a playgroup, so toddler groups).
        String spelled = wordMatch.corrected(text);
        String spelledNeed = need(spelled, wordMatch);
        if (!need.isBlank()) {
            // A need said with a word for trouble ("behaviour problems") matches a listing that names the need only, and
            // harm said in any words matches the help for it. Harm by a partner ("he gets violent when he drinks") or a
            // parent ("my dad hits me") is that help alone: read by its words, "she keeps hitting the kids" listed the
            // tantrum workshops first. Harm by the parent's child ("my son is violent towards me") adds behaviour.
            String harm = ParentWords.harmReadAs(spelledNeed);
            List<Query> readings = new ArrayList<>();
            if (harm == null || harm.equals(ParentWords.BEHAVIOUR)) {
                String untroubled = ParentWords.untroubled(spelledNeed);
                readings.add(withSynonyms(spelledNeed, most(wordMatch)));
                if (!untroubled.equals(spelledNeed)) {
                    readings.add(withSynonyms(untroubled, most(wordMatch)));
                }
            }
            if (harm != null) {
                readings.add(withSynonyms(harm, most(wordMatch)));
            } else {
                // A warning sign the synonym list reads as urgent help ("my daughter has an older boyfriend": child
                // sexual exploitation) finds that help by its own words, whatever else the sentence says: "daughter"
                // had to match too, and two stay and plays came first.
                UrgentHelp.listingWords(spelledNeed).forEach(help -> readings.add(withSynonyms(help, ALL_WORDS)));
                // The need the sentence describes ("my son stays in his room all day": mental health), by its listings'
                // words (NeedsInParentsWords): all of them, as they are the listings' own words, where most of "drug and
                // alcohol support for parents" was any "support for parents" (a mums and bumps group, for "my partner
                // drinks too much").
                if (wordMatch.described() != null) {
                    for (String described : wordMatch.described().split(",\\s*")) {
                        readings.add(withSynonyms(described, ALL_WORDS));
                        if (markingTheNeed) {
                            should.add(namedOrFiledUnder(described));
                        }
                    }
                }
            }
            Query withSynonyms = readings.size() == 1 ? readings.getFirst()
                    : Query.of(q -> q.bool(b -> b.should(readings).minimumShouldMatch("1")));
            if (wordMatch.typos()) {
                must.add(Query.of(q -> q.bool(b -> b.should(withSynonyms, mostAsTyped(need, wordMatch))
                        .minimumShouldMatch("1"))));
            } else {
                // Spelled as the directory spells them, the words match with their synonyms; as typed, they only weigh
                // in (added the same way), so every page of a search, and its count, finds the same services.
                must.add(withSynonyms);
                if (asTyped) {
                    should.add(mostAsTyped(need, wordMatch));
                }
            }
        }
        if (!text.isBlank()) {
            should.add(Query.of(q -> q.multiMatch(m -> m.query(spelled).type(TextQueryType.BestFields).tieBreaker(0.3)
                    .zeroTermsQuery(ZeroTermsQuery.All)
                    .fields("name^4", "alternate_name^3", "category_names^3", "provider^2", "eligibility",
                            "description", "locality_names"))));
            if (asTyped) {
                should.add(anyAsTyped(text, wordMatch));
            }
            should.add(Query.of(q -> q.matchPhrase(p -> p.field("name").query(spelled).slop(1).boost(6f))));
        }
        if (need.isBlank() && place != null) {
            // Only a place was typed ("Crewe"), or a place and words that name no need ("things to do in Crewe"):
            // show what is there.
            Query inLocality = Query.of(q -> q.term(t -> t.field("locality_codes").value(place.localityCode())));
            Query inTown = place.town() == null ? inLocality
                    : Query.of(q -> q.term(t -> t.field("towns").value(place.town())));
            must.add(Query.of(q -> q.bool(b -> b.should(inTown, inLocality).minimumShouldMatch("1"))));
        }
        return Query.of(q -> q.bool(b -> b.must(must).should(should)));
    }

    /**
     * The name of the query that finds the listings named or filed under the need a sentence describes (health visiting
     * for "my baby has a flat head"), which the blend prefers to those that only share the sentence's words ("Babies and
     * Me" has "baby" in its name, and says it is run with the health visitors).
     */
    static final String DESCRIBED = "described";

    /** Marks a listing whose name or topics say the need ({@link #DESCRIBED}); it weighs nothing in the score. */
    private static Query namedOrFiledUnder(String described) {
        return Query.of(q -> q.multiMatch(m -> m.query(described).type(TextQueryType.CrossFields)
                .minimumShouldMatch(ALL_WORDS).boost(0f).queryName(DESCRIBED)
                .fields("name", "alternate_name", "category_names")));
    }

    private static Query withSynonyms(String need, String minimumToMatch) {
        return Query.of(q -> q.multiMatch(m -> m.query(need).type(TextQueryType.CrossFields)
                .minimumShouldMatch(minimumToMatch).zeroTermsQuery(ZeroTermsQuery.All)
                .fields("name", "alternate_name", "category_names", "provider", "eligibility", "description",
                        "locality_names")));
    }

    private static String need(String text, WordMatch wordMatch) {
        return wordMatch.some() ? ParentWords.namingTheNeed(text) : ParentWords.need(text);
    }

    private static String most(WordMatch wordMatch) {
        return wordMatch.some() ? "1" : MOST_WORDS;
    }

    /**
     * The words as typed, without synonyms (fuzzy matching and synonym graphs do not mix): most of them in one of the
     * fields; with typos allowed, also a letter or two away ("tantrams").
     */
    private static Query mostAsTyped(String need, WordMatch wordMatch) {
        return Query.of(q -> q.multiMatch(m -> typos(m.query(need), wordMatch).type(TextQueryType.MostFields)
                .minimumShouldMatch(most(wordMatch)).analyzer(DirectoryWords.ANALYZER).fields(DirectoryWords.FIELDS)));
    }

    /** Any of the words as typed, weighed by the field: a service named with the parent's own words ranks first. */
    private static Query anyAsTyped(String text, WordMatch wordMatch) {
        return Query.of(q -> q.multiMatch(m -> typos(m.query(text), wordMatch)
                .analyzer(DirectoryWords.ANALYZER).fields("name^4", "category_names^3", "description")));
    }

    private static MultiMatchQuery.Builder typos(MultiMatchQuery.Builder match, WordMatch wordMatch) {
        return wordMatch.typos() ? match.fuzziness("AUTO").prefixLength(1) : match;
    }

    /**
     * The words as typed, added to the scores of the best {@value #BLEND_WINDOW} by the rest of the words, rather than
     * worked out for every match: at 100,000 services "stay and play" matched 12,000 and the two clauses cost a third
     * of the engine's time for the search (SearchCostProbe, 4 December 2026), to reorder only the best few. A service
     * the words did not match (found by meaning) is left at 0, as it was. Multiplied by the same preferences as the
     * candidates' own scores, so the blend can take them out of the sum again ({@link Blend}).
     */
    private static Rescore asTyped(Query words, String text, WordMatch wordMatch, Understood understood,
            @Nullable Origin origin, LocalDate today) {
        String need = need(text, wordMatch);
        List<Query> asTyped = new ArrayList<>();
        if (!need.isBlank()) {
            asTyped.add(mostAsTyped(need, wordMatch));
        }
        asTyped.add(anyAsTyped(text, wordMatch));
        return Rescore.of(r -> r.windowSize(BLEND_WINDOW).query(rq -> rq.queryWeight(1.0).rescoreQueryWeight(1.0)
                .query(preferring(Query.of(q -> q.bool(b -> b.filter(words).should(asTyped))), understood, origin, today))));
    }

    private static final String MOST_WORDS = "2<-1 5<60%";
    /** Every word: of the words a need is read as, which are the listings' own ({@link WordMatch#described}). */
    private static final String ALL_WORDS = "100%";

    /** Active and temporarily closed services: the closed ones are found, below the open ones ({@link Preferences#CLOSED}). */
    private static Query findable() {
        List<FieldValue> statuses = ServiceDocuments.FINDABLE.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field("status").terms(v -> v.value(statuses))));
    }

    /**
     * The listings closest in meaning to the words, as long as they are close enough to be about the same need, among
     * those the filters allow (the closest of the whole directory would mostly be left out by a locality or an age
     * chosen); when the words named a place, the closest there (or covering the whole area), as the words' matches
     * elsewhere are found by the words and the nearest by meaning would otherwise crowd out the local ones. A filter's
     * facet counts the other values' matches by the words only.
     */
    private static Query meaning(float[] vector, @Nullable UnderstoodPlace place, float similarity, int nearest,
            Collection<Query> chosen, float boost) {
        List<Float> values = new ArrayList<>(vector.length);
        for (float v : vector) {
            values.add(v);
        }
        List<Query> filters = new ArrayList<>();
        filters.add(findable());
        filters.addAll(chosen);
        if (place != null) {
            filters.add(Query.of(q -> q.bool(b -> b
                    .should(s -> s.term(t -> t.field("locality_codes").value(place.localityCode())))
                    .should(s -> s.term(t -> t.field("whole_area").value(true))).minimumShouldMatch("1"))));
        }
        return Query.of(q -> q.knn(k -> k.field("meaning").queryVector(values).k(nearest)
                .numCandidates(Math.max(MEANING_CANDIDATES, 2 * nearest)).similarity(similarity).filter(filters)
                .rescoreVector(r -> r.oversample(RESCORED)).boost(boost)));
    }

    /**
     * The preferences read from the words (place, age, cost, day, time, how help is given) as multipliers, for orders
     * Elasticsearch makes itself; the blended order applies the same ones ({@link Preferences}).
     */
    private static Query preferring(Query matches, Understood understood, @Nullable Origin origin, LocalDate today) {
        List<FunctionScore> functions = Preferences.functions(understood, origin, today);
        return Query.of(q -> q.functionScore(f -> f.query(matches).functions(functions)
                .scoreMode(FunctionScoreMode.Multiply).boostMode(FunctionBoostMode.Multiply)));
    }

    /**
     * When the words name no need, only who it is for ("things for teenagers", "toddler activities", "help with my
     * teenager"), the age read from them is what is asked for: it filters as the panel's age does (a listing that gives
     * no ages stays), so the results, their count and the facets are of what suits that age, not the whole directory
     * ordered by it. With a need ("toddler tantrums") the age stays a preference. None when an age was chosen.
     */
    private static @Nullable Query ageAsked(SearchQuery query, Understood understood) {
        Integer from = understood.ageFrom();
        Integer to = understood.ageTo();
        if (query.age() != null || from == null || to == null || !ParentWords.need(understood.words()).isBlank()) {
            return null;
        }
        return Preferences.forAges(from, to);
    }

    private static Map<String, Query> filters(SearchQuery query, @Nullable Origin origin,
            @Nullable String originLocality, Instant now, ZoneId zone) {
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
            filters.put("age", Preferences.forAges(query.age(), query.age()));
        }
        if (origin != null && query.radiusKm() != null) {
            filters.put("distance", within(origin, query.radiusKm(), originLocality));
        }
        if (query.childcare() != null) {
            filters.put("childcare", childcare(query.childcare()));
        }
        if (query.placesAvailable()) {
            filters.put(PLACES, placesAvailable(now));
        }
        if (query.usableOnly() && originLocality != null) {
            filters.put(SearchParameters.CAN_USE, usableFrom(originLocality));
        }
        if (query.when() != null) {
            filters.put(SearchParameters.WHEN, when(query.when(), now, zone));
        }
        if (query.newSince() != null) {
            filters.put("new", newBetween(query.newSince(), now));
        }
        return filters;
    }

    /** Open to anyone, or to the residents of the family's locality among others. */
    static Query usableFrom(String locality) {
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.bool(none -> none.mustNot(m -> m.exists(e -> e.field("residents_of")))))
                .should(s -> s.term(t -> t.field("residents_of").value(locality)))));
    }

    /**
     * A meeting in the stretch of local time asked about, on the ranges the index keeps ({@link ServiceDocuments#SESSIONS}):
     * "this week" from this minute (a session that has ended today is past, one under way still counts) to the end
     * of the sixth day on, sessions only; "open now" this minute, opening hours too; a date or dates, whole days.
     */
    static Query when(When when, Instant instant, ZoneId zone) {
        LocalDateTime now = LocalDateTime.ofInstant(instant, zone);
        LocalDateTime today = now.toLocalDate().atStartOfDay();
        return switch (when.kind()) {
            case THIS_WEEK -> meeting(ServiceDocuments.SESSIONS, now, today.plusDays(7));
            case OPEN_NOW -> meeting(ServiceDocuments.OPEN_HOURS, now, now.plusMinutes(1));
            case DATES -> meeting(ServiceDocuments.SESSIONS, when.from().atStartOfDay(),
                    when.to().plusDays(1).atStartOfDay());
        };
    }

    /** A range of the field that overlaps from {@code from} (included) to {@code until} (left out). */
    private static Query meeting(String field, LocalDateTime from, LocalDateTime until) {
        String gte = ServiceDocuments.LOCAL_MINUTE.format(from);
        String lt = ServiceDocuments.LOCAL_MINUTE.format(until);
        return Query.of(q -> q.range(r -> r.date(d -> d.field(field).gte(gte).lt(lt)
                .relation(RangeRelation.Intersects).format("strict_date_hour_minute"))));
    }

    /**
     * A course of the programme with a free place whose booking window holds this moment: the index keeps the
     * windows, not a "bookable" flag, so a course stops counting when its booking closes without being written again.
     */
    /**
     * Open services first published after {@code since}, or with a course families could first book after it that
     * they can still book now: what a saved search's digest tells a parent about. Both moments are in the index, so
     * the digest asks the engine instead of reading every service.
     */
    static Query newBetween(Instant since, Instant now) {
        String after = since.toString();
        String at = now.toString();
        Query published = Query.of(q -> q.range(r -> r.date(d -> d.field(ServiceDocuments.FIRST_PUBLISHED)
                .gt(after).lte(at))));
        Query newCourse = Query.of(q -> q.nested(n -> n.path("course_places").query(inner -> inner.bool(b -> b
                .filter(f -> f.range(r -> r.date(d -> d.field("course_places.opens").gt(after).lte(at))))
                .filter(f -> f.range(r -> r.date(d -> d.field("course_places.closes").gt(at))))))));
        return Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("status").value("active")))
                .should(published, newCourse).minimumShouldMatch("1")));
    }

    static Query placesAvailable(Instant now) {
        String at = now.toString();
        return Query.of(q -> q.nested(n -> n.path("course_places").query(inner -> inner.bool(b -> b
                .filter(f -> f.range(r -> r.date(d -> d.field("course_places.opens").lte(at))))
                .filter(f -> f.range(r -> r.date(d -> d.field("course_places.closes").gt(at))))))));
    }

    /**
     * A childcare provider that takes the child's age, is open every day needed, offers every entitlement asked
     * and, when asked, has fresh places for the child's age on each of those days (any day when none is given).
     */
    private static Query childcare(ChildcareNeed need) {
        return Query.of(q -> q.bool(b -> {
            b.filter(f -> f.exists(e -> e.field("childcare.provider_type")));
            if (!need.providerTypes().isEmpty()) {
                b.filter(terms("childcare.provider_type", need.providerTypes()));
            }
            Integer age = need.ageMonths();
            if (age != null) {
                b.filter(f -> f.range(r -> r.number(n -> n.field("childcare.min_age_months").lte((double) age))));
                b.filter(f -> f.range(r -> r.number(n -> n.field("childcare.max_age_months").gte((double) age))));
            }
            need.days().forEach(day -> b.filter(f -> f.term(t -> t.field("childcare.open_days").value(day))));
            need.funded().forEach(code -> b.filter(f -> f.term(t -> t.field("childcare.funded").value(code))));
            if (need.sendExperience()) {
                b.filter(f -> f.term(t -> t.field("childcare.send_experience").value(true)));
            }
            if (need.vacancyNow()) {
                if (need.days().isEmpty()) {
                    b.filter(openPlace(null, age, need.freshSince()));
                } else {
                    need.days().forEach(day -> b.filter(openPlace(day, age, need.freshSince())));
                }
            }
            return b;
        }));
    }

    private static Query openPlace(@Nullable String day, @Nullable Integer age, java.time.LocalDate freshSince) {
        return Query.of(q -> q.nested(n -> n.path("childcare.vacancies").query(inner -> inner.bool(b -> {
            b.filter(f -> f.range(r -> r.date(d -> d.field("childcare.vacancies.updated").gte(freshSince.toString()))));
            if (day != null) {
                b.filter(f -> f.term(t -> t.field("childcare.vacancies.day").value(day)));
            }
            if (age != null) {
                b.filter(f -> f.range(r -> r.number(n2 -> n2.field("childcare.vacancies.from_months").lte((double) age))));
                b.filter(f -> f.range(r -> r.number(n2 -> n2.field("childcare.vacancies.to_months").gte((double) age))));
            }
            return b;
        }))));
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

    /**
     * The facet counts: each facet counts the matches within every filter but its own, so the facets of values not
     * chosen share one filter ({@value #WITHIN_ALL}) and each facet chosen has its own ({@code within-<facet>}). Asked as
     * one filter per facet, the engine checked the same filter for every match a dozen times over. With no words the
     * courses with places now are counted apart ({@code browsing}).
     */
    private static Map<String, Aggregation> facetAggregations(Map<String, Query> filters, boolean browsing,
            Instant now) {
        Map<String, Map<String, Aggregation>> groups = new LinkedHashMap<>();
        FACETS.forEach((facet, field) -> {
            if (browsing && facet.equals(PLACES)) {
                return;
            }
            String group = filters.containsKey(facet) ? WITHIN + facet : WITHIN_ALL;
            groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(facet, facet.equals(PLACES)
                    // Not a field's values but a moment's question, so the count is of one keyed filter, "true".
                    ? Aggregation.of(a -> a.filters(f -> f.keyed(true)
                            .filters(b -> b.keyed(Map.of("true", placesAvailable(now))))))
                    : Aggregation.of(a -> a.terms(t -> t.field(field).size(FACET_SIZE))));
        });
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        groups.forEach((group, facets) -> {
            List<Query> others = filters.entrySet().stream()
                    .filter(e -> !group.equals(WITHIN + e.getKey())).map(Map.Entry::getValue).toList();
            Query within = others.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : and(others);
            aggregations.put(group, Aggregation.of(a -> a.filter(within).aggregations(facets)));
        });
        return aggregations;
    }

    /** The facet counts' filters: {@value #WITHIN_ALL} for the facets with nothing chosen, else within-facet. */
    static final String WITHIN = "within-";
    static final String WITHIN_ALL = "within-all";

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

    /** The query's matches that all the filters allow, scored by the query alone. */
    private static Query within(Query query, Collection<Query> filters) {
        return Query.of(q -> q.bool(b -> b.must(query).filter(List.copyOf(filters))));
    }

    private static Query and(Collection<Query> queries) {
        return Query.of(q -> q.bool(b -> b.filter(List.copyOf(queries))));
    }
}
