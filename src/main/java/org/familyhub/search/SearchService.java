package org.familyhub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.familyhub.directory.AreaLookup;
import org.familyhub.directory.CategorySummary;
import org.familyhub.directory.Directory;
import org.familyhub.directory.Closure;
import org.familyhub.directory.Cost;
import org.familyhub.directory.LevelOfNeed;
import org.familyhub.directory.Place;
import org.familyhub.directory.Postcode;
import org.familyhub.directory.PostcodeLocation;
import org.familyhub.directory.Town;
import org.familyhub.search.SearchResults.FacetCount;
import org.familyhub.search.SearchResults.Origin;
import org.familyhub.search.SearchResults.Understood;
import org.familyhub.search.SearchResults.UnderstoodPlace;
import org.familyhub.search.meaning.NeedsInParentsWords;
import org.familyhub.search.meaning.SentenceMeaning;
import org.familyhub.search.index.IndexWrites;
import org.familyhub.search.index.ServiceIndex;
import org.familyhub.shared.EditDistance;
import org.familyhub.shared.KeptWhenFound;
import org.familyhub.shared.Usage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The one search the portal's pages, the JSON endpoint and the Open Referral API all use. Only
 * active services are found.
 */
@Service
public class SearchService {

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient asyncClient;
    private final AreaLookup area;
    private final ZeroResultSearches gaps;
    private final Directory directory;
    private final SentenceMeaning meaning;
    private final NeedsInParentsWords needs;
    private final ApplicationEventPublisher events;
    private final Timer answeredByEngine;
    private final Timer answeredByDatabase;
    private final Clock clock;
    private final KeptWhenFound<PlaceInQuery> places;
    private final KeptWhenFound<List<String>> topics;
    private final DirectoryWords directoryWords;
    private final KeptResults keptResults;

    SearchService(ElasticsearchClient client, AreaLookup area, ZeroResultSearches gaps, Directory directory,
            SentenceMeaning meaning, NeedsInParentsWords needs, ApplicationEventPublisher events, MeterRegistry metrics,
            Clock clock, IndexWrites writes, @Value("${familyhub.search.results-kept:10s}") Duration resultsKept) {
        this.events = events;
        this.keptResults = new KeptResults(resultsKept, writes::lastWrittenNanos);
        this.clock = clock;
        this.answeredByEngine = latency(metrics, "engine");
        this.answeredByDatabase = latency(metrics, "database");
        this.client = client;
        this.asyncClient = new ElasticsearchAsyncClient(client._transport(), client._transportOptions());
        this.directoryWords = new DirectoryWords(asyncClient, clock, meaning::isCommonWord);
        this.meaning = meaning;
        this.needs = needs;
        this.area = area;
        this.gaps = gaps;
        this.directory = directory;
        this.places = new KeptWhenFound<>(() -> new PlaceInQuery(area.towns(), directoryWords::meantAsTyped,
                ServiceIndex.equivalentSynonyms()), PlaceInQuery::knowsNoPlace);
        this.topics = new KeptWhenFound<>(() -> directory.categories().stream().map(CategorySummary::name).toList(),
                List::isEmpty);
    }

    /**
     * The search; when the search engine does not answer, a plain database search of the words instead
     * ({@link SearchResults#degraded()}), so families still find something and nobody sees an error.
     */
    public SearchResults search(SearchQuery query) {
        return search(query, ServiceSearchRequest.Purpose.PAGE);
    }

    /**
     * The same search without the facet counts ({@link SearchResults#facets()} all empty), for a list that offers no
     * filter panel: the counts are worked out over every match, so they cost the more the larger the directory.
     */
    public SearchResults list(SearchQuery query) {
        return search(query, ServiceSearchRequest.Purpose.LIST);
    }

    /**
     * The same search, with the words marked ({@code <mark>}) in each result's name and description, as the JSON API
     * gives them ({@link SearchResults.Hit#highlights()}); the pages do not show them, so they do not pay for them.
     */
    public SearchResults searchWithHighlights(SearchQuery query) {
        return search(query, ServiceSearchRequest.Purpose.PAGE_WITH_HIGHLIGHTS);
    }

    private SearchResults search(SearchQuery query, ServiceSearchRequest.Purpose purpose) {
        SearchResults results;
        long started = System.nanoTime();
        try {
            results = keptResults.get(new KeptResults.Key(query, purpose, clock.instant().truncatedTo(ChronoUnit.MINUTES)),
                    () -> engineSearch(query, purpose));
            answeredByEngine.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        } catch (RuntimeException engineDown) {
            LOG.warn("event=search-degraded cause={}", engineDown.getClass().getSimpleName());
            SearchResults fallback = databaseSearch(query);
            answeredByDatabase.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            return fallback;
        }
        if (results.total() == 0) {
            gaps.record(query);
        }
        events.publishEvent(usage(query, results));
        return results;
    }

    private SearchResults engineSearch(SearchQuery query, ServiceSearchRequest.Purpose purpose) {
        Prepared prepared = prepare(query, purpose, false);
        SearchResults results = results(query, prepared, execute(prepared.request()));
        long withAllWords = results.total();
        if (fewWithAllWords(prepared, withAllWords)) {
            Prepared someWords = prepare(query, purpose, true);
            SearchResults withSomeWords = results(query, someWords, execute(someWords.request()));
            if (withSomeWords.total() > withAllWords) {
                results = withSomeWords;
            }
        }
        return withSpelling(query, prepared, results, withAllWords);
    }

    /** Forgets the answers kept for searches asked again, so a benchmark times the engine's work for new ones. */
    public void forgetKeptResults() {
        keptResults.forget();
    }

    /** A family's search from the question to the answer, as operators watch it (Prometheus). */
    private static Timer latency(MeterRegistry metrics, String answeredBy) {
        return Timer.builder("familyhub.search.latency").description("Time to answer a family's search")
                .tag("answered_by", answeredBy).publishPercentileHistogram().register(metrics);
    }

    /**
     * A search counted for the report card: by its one category and one locality (chosen, or understood from
     * the place words), else for all categories or the whole area. Later pages of the same search count too.
     */
    private static Usage usage(SearchQuery query, SearchResults results) {
        String category = query.categories().size() == 1 ? query.categories().iterator().next() : "";
        String locality = query.localities().size() == 1 ? query.localities().iterator().next()
                : results.place() != null ? results.place().localityCode() : null;
        return new Usage(Usage.Kind.SEARCH, category, locality);
    }

    /**
     * How many services a search would find, for a count shown while a family is still choosing filters: not a
     * search they made, so a count of none is not recorded as a gap in the offer.
     */
    public long count(SearchQuery query) {
        try {
            return total(query);
        } catch (RuntimeException engineDown) {
            LOG.warn("event=search-degraded cause={}", engineDown.getClass().getSimpleName());
            return databaseSearch(query).total();
        }
    }

    /**
     * What is new for a saved search (its query with {@link SearchQuery#newSince()}). Not a family's search, so it is
     * neither counted nor recorded as a gap; when the engine does not answer this throws, and the digest tries again
     * later rather than telling a parent nothing is new.
     */
    public SearchResults newMatches(SearchQuery query) {
        Prepared prepared = prepare(query, ServiceSearchRequest.Purpose.PAGE, false);
        return results(query, prepared, execute(prepared.request()));
    }

    /**
     * How many services the engine finds for a query, as its page would count them: one search, with no page, facets
     * or spelling; a second, with some of the words, when few have them all.
     */
    private long total(SearchQuery query) {
        Prepared prepared = prepare(query, ServiceSearchRequest.Purpose.COUNT, false);
        long withAllWords = total(prepared);
        if (!fewWithAllWords(prepared, withAllWords)) {
            return withAllWords;
        }
        Prepared someWords = prepare(query, ServiceSearchRequest.Purpose.COUNT, true);
        return Math.max(withAllWords, total(execute(someWords.request()).get(ServiceSearchRequest.Layout.MATCHES)));
    }

    private long total(Prepared prepared) {
        return total(execute(prepared.request()).get(ServiceSearchRequest.Layout.MATCHES));
    }

    private static long total(MultiSearchItem<Map> search) {
        return search.hits().total() == null ? 0 : search.hits().total().value();
    }

    /**
     * Whether fewer than {@value #FEW} services were found with (nearly) all the words, by the words or their meaning,
     * and two words or more name the need, so that some of them could find more: listings seldom say all of a parent's
     * words ("nursary places": nurseries never say "places").
     */
    private static boolean fewWithAllWords(Prepared prepared, long total) {
        return total < FEW && ParentWords.namingWords(prepared.understood().words()).split(" ").length > 1;
    }

    private SearchResults databaseSearch(SearchQuery query) {
        // The database knows no synonyms: the list's one-way phrases are said as it reads them ("partner hit me" is
        // domestic abuse), then only the words that name a need count, without the small words around them, even
        // inside a synonym's phrase ("all" in "all the time" is in most descriptions).
        // A town or locality named is where to look first, not a word a listing must hold ("toddler activities
        // knutsford" listed Audlem's toddler group first, for saying "toddler" and "activities").
        PlaceInQuery.Understood inWords = places().understand(query.text());
        String words = inWords.place().isPresent() ? inWords.remainingText() : query.text();
        // Harm, in whatever words, asks for the help for it here as in the engine's search.
        String harm = ParentWords.harmReadAs(words);
        String naming = harm != null ? harm : ParentWords.ownWords(ParentWords.readOneWay(words));
        Directory.Matches matches = directory.servicesMatching(naming.isBlank() ? words : naming,
                inWords.place().map(UnderstoodPlace::localityCode).orElse(null), query.page(), query.size());
        List<SearchResults.Hit> hits = matches.services().stream().map(card -> new SearchResults.Hit(card.id(),
                card.name(), card.provider(), card.summary(), card.places(), card.cost(), card.minimumAge(),
                card.maximumAge(), card.levels().stream().map(LevelOfNeed::code).toList(), 0, null, List.of(), false,
                card.closure() != null && card.closure().closedOn(LocalDate.now(clock)) ? card.closure() : null,
                List.of(), null))
                .toList();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        ServiceSearchRequest.FACETS.keySet().forEach(facet -> facets.put(facet, List.of()));
        return new SearchResults(matches.total(), query.page(), query.size(), hits, facets, null, null, null, true,
                Understood.NOTHING, false);
    }

    /** The request the search service sends for a query, so benchmarks can time the engine alone. */
    MsearchRequest request(SearchQuery query) {
        return prepare(query, ServiceSearchRequest.Purpose.PAGE, false).request();
    }

    /** The answers to the multi-search's searches, in the order of its {@link ServiceSearchRequest.Layout}. */
    List<MultiSearchItem<Map>> execute(MsearchRequest request) {
        try {
            List<MultiSearchItem<Map>> items = new ArrayList<>();
            for (MultiSearchResponseItem<Map> item : client.msearch(request, Map.class).responses()) {
                if (item.isFailure()) {
                    throw new IllegalStateException("The search engine refused the search: "
                            + item.failure().error().reason());
                }
                items.add(item.result());
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException("The search engine did not answer", e);
        }
    }

    /** @param now the moment the search is for: which courses can be booked is decided against it */
    private record Prepared(MsearchRequest request, ServiceSearchRequest.Layout layout, Understood understood,
            @Nullable Origin origin, Instant now, LocalDate today, ServiceSearchRequest.Purpose purpose,
            boolean someWords) {
    }

    /** A postcode or district typed in the words ("CW1 3AB", "CW11"); only one of the area's counts. */
    private static final Pattern POSTCODE =
            Pattern.compile("(?i)\\b([a-z]{1,2}\\d{1,2}[a-z]?)(?:\\s*(\\d[a-z]{2}))?\\b");

    /** @param someWords a service needs one of the words only, not (nearly) all of them */
    private Prepared prepare(SearchQuery query, ServiceSearchRequest.Purpose purpose, boolean someWords) {
        Set<String> notUnderstood = query.notUnderstood();
        String text = query.text();
        Optional<PostcodeLocation> typedPostcode = Optional.empty();
        String typedPostcodeText = null;
        if (!notUnderstood.contains("place")) {
            Matcher postcode = POSTCODE.matcher(text);
            while (postcode.find() && typedPostcode.isEmpty()) {
                typedPostcode = area.postcode(postcode.group());
                if (typedPostcode.isPresent()) {
                    typedPostcodeText = postcode.group().toUpperCase(Locale.ROOT);
                    text = (text.substring(0, postcode.start()) + " " + text.substring(postcode.end())).strip();
                }
            }
        }
        PlaceInQuery.Understood inWords = notUnderstood.contains("place") || typedPostcode.isPresent()
                ? new PlaceInQuery.Understood(text, Optional.empty()) : places().understand(text);
        UnderstoodPlace place = inWords.place().orElse(typedPostcode
                .map(p -> new UnderstoodPlace(p.area(), p.town(), p.localityCode())).orElse(null));
        ParentWords.Read read = ParentWords.read(inWords.remainingText(), notUnderstood);
        Understood understood = new Understood(read.remainingText(), place, typedPostcodeText, read.ageFrom(),
                read.ageTo(), read.free(), read.days(), read.times(), read.delivery(), Map.of());

        boolean postcodeBox = query.postcode() != null && !query.postcode().isBlank();
        Optional<PostcodeLocation> postcode = postcodeBox ? area.postcode(query.postcode()) : typedPostcode;
        // The parent's own postcode, whole ("CW1 3AB"), not the sector it was placed by ("CW1 3").
        String postcodeText = postcodeBox ? query.postcode() : typedPostcodeText;
        Optional<Town> near = query.near() != null ? area.town(query.near())
                : place != null && place.town() != null ? area.town(place.town()) : Optional.empty();
        Origin origin = origin(query, postcode, postcodeText, near);
        String originLocality = postcode.map(PostcodeLocation::localityCode)
                .or(() -> near.map(Town::localityCode))
                .orElse(place == null ? null : place.localityCode());
        // "Nearest first" and "by name" need the best score by the words first (their floor); the engine works it
        // out while the meaning of the words is worked out here, rather than one after the other.
        // Words that name no need ("things to do") match everything the place and preferences point to, so they have no
        // floor; their order comes mostly from the meaning ("things to do with a 1 year old": play and rhyme times).
        boolean namesANeed = !ParentWords.need(understood.words()).isBlank();
        boolean floored = query.sort() != SearchQuery.SortOrder.RELEVANCE && namesANeed;
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        // Whether the directory spells the words as typed is looked up (remembered, once known) while their meaning
        // is worked out.
        CompletableFuture<DirectoryWords.Spelling> spelling = understood.words().isBlank()
                ? CompletableFuture.completedFuture(DirectoryWords.Spelling.ALL)
                : directoryWords.spelling(understood.words());
        // The meaning is taken from the words with the place taken out but the rest kept: "my 2 year old isn't
        // talking yet" means more than "isn't talking yet". A sentence describing a situation ("my son stays in his
        // room all day") is also read as the need it describes, whose listings' words are then looked for too.
        String meant = inWords.remainingText();
        // A situation told in Polish is read as said in English, as the model reads English only ("mój syn nie chce
        // chodzić do szkoły": "children school attendance"). Its results are ordered by the meaning of the words as
        // typed, which did better on the held-out relevance sets than the English (README, "Relevance and speed"),
        // unless they name no need ("zajęcia dla dziecka 2 lata": activities for a 2-year-old), whose order comes
        // mostly from the meaning: as typed, it listed two cookery courses first.
        String told = PolishWords.in(meant, meaning::isCommonWord) ? polishInEnglish(meant, read, understood) : meant;
        float[] vector = understood.words().isBlank() ? null
                : meaning.ofQuery(ParentWords.meant(namesANeed ? meant : told, query.age(), understood.ageFrom()));
        // Harm, however told, is read as the help for it alone (ServiceSearchRequest), and cannot be taken back. Words
        // that name no need ("things to do with the kids") ask for anything the place and preferences point to, ordered
        // mostly by their meaning: read as a need, "things to do" was most often youth clubs, whatever the child's age.
        // Words that say only whose the need is ("support for dads") tell of no situation to read a need from.
        // A question's or a request's opening ("where can i get help for ...") is left out of the situation's meaning,
        // unless too little is left to describe one ("help with toddler tantrums"). So are the words for cost, day, time
        // and how help is given, which are preferences, not a situation: "free swimming for toddlers on weekends" was
        // read as free early education. The child's age stays, as it says what the words mean.
        String situationTold = ParentWords.read(told, withAge(notUnderstood)).remainingText();
        String withoutAsking = ParentWords.situation(situationTold);
        String situation = withoutAsking.split("\\s+").length >= DESCRIBED_WORDS ? withoutAsking : situationTold.strip();
        String described = vector == null || notUnderstood.contains("need") || !namesANeed
                || situation.split("\\s+").length < DESCRIBED_WORDS
                || ParentWords.namesOnlyWhose(understood.words())
                || ParentWords.harmReadAs(ParentWords.need(understood.words())) != null ? null
                : needs.of(situation.equals(meant.strip()) ? vector
                        : meaning.ofQuery(ParentWords.meant(situation, query.age(), understood.ageFrom())),
                        ageFrom(understood, query), ageTo(understood, query)).orElse(null);
        CompletableFuture<ServiceSearchRequest.WordMatch> wordMatch = spelling.thenApply(spelt ->
                new ServiceSearchRequest.WordMatch(someWords, !spelt.all(),
                        notUnderstood.contains("spelling") ? Map.of() : spelt.corrections(), described));
        CompletableFuture<Double> best = floored
                ? wordMatch.thenCompose(match -> bestByWords(query, understood, origin, originLocality, now, match))
                : CompletableFuture.completedFuture(0.0);
        double floor = floored ? ServiceSearchRequest.WORDS_FLOOR * best.join() : 0;
        ServiceSearchRequest.WordMatch match = wordMatch.join();
        ServiceSearchRequest.Built built = ServiceSearchRequest.build(query, understood, origin, originLocality, vector,
                floor, now, today, clock.getZone(), purpose, match);
        return new Prepared(built.request(), built.layout(), understood.spelt(match.corrections(), described), origin,
                now, today, purpose, someWords);
    }

    /**
     * Polish words said in English ({@link PolishWords}): the age, when it was said in years or months and so taken
     * out of the words ("2 lata"), is said again in English; one said as a group ("nastolatek", a teenager) is in the
     * English already. The words as typed when nothing is left.
     */
    private static final Pattern A_NUMBER = Pattern.compile("\\d");

    private String polishInEnglish(String typed, ParentWords.Read read, Understood understood) {
        String english = PolishWords.inEnglish(read.remainingText(), meaning::isCommonWord);
        return english.isBlank() ? typed
                : understood.ageFrom() == null || !A_NUMBER.matcher(typed).find() ? english
                : ParentWords.meant(english, understood.ageFrom(), null);
    }

    /**
     * The child's age as the words said it, else as chosen in the filters; {@code null} for an adult's, which is the
     * parent's own ("I'm 19 and struggling with my baby").
     */
    private static @Nullable Integer ageFrom(Understood understood, SearchQuery query) {
        Integer from = understood.ageFrom() != null ? understood.ageFrom() : query.age();
        return from == null || from >= ADULT ? null : from;
    }

    private static @Nullable Integer ageTo(Understood understood, SearchQuery query) {
        return ageFrom(understood, query) == null ? null
                : understood.ageTo() != null ? understood.ageTo() : query.age();
    }

    private static final int ADULT = 18;

    private CompletableFuture<Double> bestByWords(SearchQuery query, Understood understood, @Nullable Origin origin,
            @Nullable String originLocality, Instant now, ServiceSearchRequest.WordMatch wordMatch) {
        return asyncClient.search(ServiceSearchRequest.bestByWords(query, understood, origin, originLocality, now,
                clock.getZone(), wordMatch),
                Void.class).thenApply(best -> best.hits().maxScore() == null ? 0.0 : best.hits().maxScore());
    }

    /** Distance is measured from coordinates, else the postcode, else the town named. */
    private static @Nullable Origin origin(SearchQuery query, Optional<PostcodeLocation> postcode,
            @Nullable String postcodeText, Optional<Town> near) {
        if (query.latitude() != null && query.longitude() != null) {
            // Coordinates say where the family is, not where they live.
            return new Origin("your location", query.latitude(), query.longitude(), null);
        }
        return postcode.map(p -> new Origin(postcodeText == null ? p.area()
                        : Postcode.parse(postcodeText).map(Postcode::toString).orElse(p.area()),
                        p.latitude(), p.longitude(), p.localityCode()))
                .or(() -> near.map(t -> new Origin(t.name(), t.latitude(), t.longitude(), t.localityCode())))
                .orElse(null);
    }

    private SearchResults results(SearchQuery query, Prepared prepared, List<MultiSearchItem<Map>> responses) {
        ServiceSearchRequest.Layout layout = prepared.layout();
        MultiSearchItem<Map> matches = responses.get(ServiceSearchRequest.Layout.MATCHES);
        MultiSearchItem<Map> counts = responses.get(layout.total());
        long total = total(counts);
        List<Hit<Map>> page = matches.hits().hits();
        if (layout.blended()) {
            page = Blend.page(Blend.wordsShare(prepared.understood()), page, responses.get(layout.meaning()).hits().hits(),
                    prepared.understood(), prepared.origin(), prepared.today(), query.page(), query.size());
            if (prepared.purpose() == ServiceSearchRequest.Purpose.PAGE_WITH_HIGHLIGHTS) {
                page = withHighlights(page, prepared.understood().words());
            }
        }
        List<SearchResults.Hit> hits = page.stream().map(hit -> hit(hit, prepared.origin(), prepared.now(), prepared.today())).toList();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        ServiceSearchRequest.FACETS.keySet().forEach(facet -> facets.put(facet,
                facet.equals(ServiceSearchRequest.PLACES) && layout.places() >= 0
                        ? List.of(new FacetCount("true", total(responses.get(layout.places()))))
                        : facet(facetWithin(counts.aggregations(), facet), facet)));
        return new SearchResults(total, query.page(), query.size(), hits, facets, null,
                prepared.understood().place(), prepared.origin(), false, prepared.understood(), prepared.someWords());
    }

    /** The blended page's hits with their highlights, asked for those few services only. */
    @SuppressWarnings("rawtypes")
    private List<Hit<Map>> withHighlights(List<Hit<Map>> page, String words) {
        if (page.isEmpty() || words.isBlank()) {
            return page;
        }
        Map<String, Map<String, List<String>>> marked = new HashMap<>();
        try {
            client.search(ServiceSearchRequest.highlights(page.stream().map(Hit::id).toList(), words), Void.class)
                    .hits().hits().forEach(hit -> marked.put(hit.id(), hit.highlight()));
        } catch (IOException e) {
            throw new UncheckedIOException("The search engine did not answer", e);
        }
        return page.stream().map(hit -> Hit.<Map>of(h -> h.id(hit.id()).index(hit.index()).score(hit.score())
                .source(hit.source()).highlight(marked.getOrDefault(hit.id(), Map.of())))).toList();
    }

    /**
     * "Did you mean" only when the words as typed found little (fewer than {@value #FEW}) and the directory's own
     * words find clearly more (at least twice as many, and {@value #FEW} or more); with the place and the other
     * words that were understood kept.
     */
    private SearchResults withSpelling(SearchQuery query, Prepared prepared, SearchResults results, long withAllWords) {
        String words = prepared.understood().words();
        if (withAllWords >= FEW || words.isBlank()) {
            return results;
        }
        String suggestion = spelling(prepared.understood(), ServiceSearchRequest.spelling(words));
        if (suggestion == null) {
            return results;
        }
        String corrected = query.text().replace(words, suggestion);
        if (corrected.equalsIgnoreCase(query.text()) || ParentWords.changesOnlySmallWords(words, suggestion)) {
            return results;
        }
        long found = total(prepare(query.toBuilder().text(corrected).build(), ServiceSearchRequest.Purpose.COUNT, false));
        return withSuggestion(results, found >= Math.max(FEW, 2 * withAllWords) ? corrected : null);
    }

    private static final int FEW = 3;
    /**
     * The fewest words read as a situation described ({@link NeedsInParentsWords}): two words name a need or a kind
     * of listing ("toddler group"), which the words and their synonyms find better.
     */
    private static final int DESCRIBED_WORDS = 3;

    /** The words not to be read as preferences, with the age: read again, a sentence keeps its child's age as typed. */
    private static Set<String> withAge(Set<String> notUnderstood) {
        Set<String> keep = new HashSet<>(notUnderstood);
        keep.add("age");
        return keep;
    }

    private static SearchResults withSuggestion(SearchResults r, @Nullable String suggestion) {
        return new SearchResults(r.total(), r.page(), r.size(), r.hits(), r.facets(), suggestion, r.place(), r.origin(),
                r.degraded(), r.understood(), r.someWordsOnly());
    }

    /** The filter a facet was counted within: its own when a value of it is chosen, else the one of all the others. */
    private static @Nullable Aggregate facetWithin(Map<String, Aggregate> aggregations, String facet) {
        Aggregate own = aggregations.get(ServiceSearchRequest.WITHIN + facet);
        return own != null ? own : aggregations.get(ServiceSearchRequest.WITHIN_ALL);
    }

    private static List<FacetCount> facet(@Nullable Aggregate within, String facet) {
        Aggregate values = within == null ? null : within.filter().aggregations().get(facet);
        if (values == null) {
            return List.of();
        }
        if (values.isSterms()) {
            return values.sterms().buckets().array().stream()
                    .map((StringTermsBucket b) -> new FacetCount(b.key().stringValue(), b.docCount())).toList();
        }
        if (values.isFilters() && values.filters().buckets().isKeyed()) {
            return values.filters().buckets().keyed().entrySet().stream()
                    .map(e -> new FacetCount(e.getKey(), e.getValue().docCount())).toList();
        }
        if (values.isLterms()) {
            return values.lterms().buckets().array().stream()
                    .map(b -> new FacetCount(b.keyAsString() != null ? b.keyAsString() : String.valueOf(b.key()),
                            b.docCount())).toList();
        }
        return List.of();
    }

    /**
     * The suggester's spelling of the words left to match, when it differs from them: of its few, the closest to the
     * words as typed ("baby massge" is "baby massage", though the suggester put "baby manage" first).
     */
    private @Nullable String spelling(Understood understood, co.elastic.clients.elasticsearch.core.SearchRequest request) {
        SearchResponse<Void> response;
        try {
            response = client.search(request, Void.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The search engine did not answer", e);
        }
        List<Suggestion<Void>> suggestions = response.suggest().get(ServiceSearchRequest.DID_YOU_MEAN);
        if (suggestions == null) {
            return null;
        }
        String typed = understood.words().strip().toLowerCase(Locale.ROOT);
        return suggestions.stream()
                .flatMap(s -> s.phrase().options().stream())
                .map(option -> option.text())
                .filter(text -> !text.equalsIgnoreCase(typed))
                .filter(text -> onlySlipsChanged(understood.words(), text))
                .min(Comparator.comparingInt(text -> EditDistance.between(typed, text.toLowerCase(Locale.ROOT))))
                .orElse(null);
    }

    /**
     * Whether a spelling changes only words that may be slips, never one that is surely meant as typed
     * ({@link DirectoryWords#meantAsTyped}): "my partner shouts at me all the time" is not "my partners short at me".
     */
    private boolean onlySlipsChanged(String typed, String suggested) {
        Set<String> kept = Set.copyOf(Arrays.asList(suggested.toLowerCase(Locale.ROOT).split("\\s+")));
        return Arrays.stream(typed.toLowerCase(Locale.ROOT).strip().split("\\s+"))
                .filter(word -> !kept.contains(word)).allMatch(word -> !directoryWords.meantAsTyped(word));
    }

    @SuppressWarnings("unchecked")
    private static SearchResults.Hit hit(Hit<Map> hit, @Nullable Origin origin, Instant now, LocalDate today) {
        Map<String, Object> source = hit.source() == null ? Map.of() : hit.source();
        Map<String, Object> display = (Map<String, Object>) source.getOrDefault("display", Map.of());
        List<Place> places = ((List<Map<String, String>>) display.getOrDefault("places", List.of())).stream()
                .map(p -> new Place(p.get("town"), p.get("locality"))).toList();
        Cost cost = new Cost(Boolean.TRUE.equals(display.get("free")),
                (List<String>) display.getOrDefault("cost_options", List.of()), (String) display.get("cost_details"));
        List<String> highlights = new ArrayList<>();
        hit.highlight().values().forEach(highlights::addAll);
        List<String> residentsOf = (List<String>) source.getOrDefault("residents_of", List.of());
        return new SearchResults.Hit(UUID.fromString(hit.id()), (String) source.get("name"),
                (String) display.get("provider"), (String) display.get("summary"), places, cost,
                number(display.get("min_age")), number(display.get("max_age")),
                (List<String>) display.getOrDefault("levels", List.of()),
                hit.score() == null ? 0 : hit.score(), origin == null ? null : origin.nearestKm(source.get("location")), highlights,
                placesAvailable(source.get("course_places"), now),
                Preferences.closedOn(source, today) ? closure((Map<String, Object>) display.get("closure")) : null,
                residentsOf, origin == null ? (residentsOf.isEmpty() ? Boolean.TRUE : null) : origin.mayUse(residentsOf));
    }

    /** The closure as the document's display part keeps it. */
    private static Closure closure(@Nullable Map<String, Object> closure) {
        Map<String, Object> c = closure == null ? Map.of() : closure;
        Object alternative = c.get("alternative_id");
        return new Closure(c.get("from") == null ? null : LocalDate.parse((String) c.get("from")),
                c.get("until") == null ? null : LocalDate.parse((String) c.get("until")), (String) c.get("notice"),
                alternative == null ? null : UUID.fromString((String) alternative), (String) c.get("alternative_name"));
    }

    /** The same question as the {@code places} filter asks the index, of one hit's course windows. */
    private static boolean placesAvailable(@Nullable Object windows, Instant now) {
        if (!(windows instanceof List<?> list)) {
            return false;
        }
        return list.stream().filter(Map.class::isInstance).map(Map.class::cast).anyMatch(w ->
                !Instant.parse((String) w.get("opens")).isAfter(now) && Instant.parse((String) w.get("closes")).isAfter(now));
    }

    private static @Nullable Integer number(@Nullable Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    /** Towns, localities or topics were edited (#15): the names understood in typed searches are read again. */
    @org.springframework.context.event.EventListener
    void on(org.familyhub.directory.ReferenceDataChanged changed) {
        places.forget();
        topics.forget();
        keptResults.forget();
    }

    private PlaceInQuery places() {
        return places.get();
    }

    private List<String> topics() {
        return topics.get();
    }

    /**
     * Autocomplete: service names from the index, topics and towns, the closest to what was typed first (it
     * begins with the words, then a word of it does, then the rest, such as a spelling put right). A town the
     * parent typed stays in every suggestion ("toddler groups in Crewe"), and a town being typed is offered to
     * finish the words ("stay and play cre" → "stay and play in Crewe").
     */
    public List<String> suggest(String prefix) {
        String typed = prefix.strip().replaceAll("\\s+", " ");
        if (typed.length() < 2) {
            return List.of();
        }
        PlaceInQuery.Understood inWords = places().understand(typed);
        String words = inWords.remainingText();
        String place = words.length() < 2 ? null : inWords.place().map(UnderstoodPlace::name).orElse(null);
        if (place == null) {
            words = typed;
        }
        List<String> found = new ArrayList<>();
        try {
            found.addAll(names(words));
        } catch (RuntimeException engineDown) {
            // Topics and towns still help while the search engine is down.
            LOG.warn("event=suggest-degraded cause={}", engineDown.getClass().getSimpleName());
        }
        String lower = words.toLowerCase(Locale.ROOT);
        topics().stream().filter(name -> name.toLowerCase(Locale.ROOT).contains(lower)).forEach(found::add);
        List<String> suggestions = new ArrayList<>();
        if (place == null) {
            area.towns().stream().map(Town::name).filter(name -> name.toLowerCase(Locale.ROOT).startsWith(lower))
                    .limit(3).forEach(found::add);
            suggestions.addAll(townsToFinish(typed));
        }
        String in = place == null ? "" : " in " + place;
        found.stream().distinct()
                .sorted(Comparator.comparingInt(candidate -> closeness(candidate, lower)))
                .map(candidate -> candidate + in)
                .forEach(suggestions::add);
        return suggestions.stream().distinct().limit(8).toList();
    }

    /** "stay and play cre": the words so far, then each town the last word begins. */
    private List<String> townsToFinish(String typed) {
        int space = typed.lastIndexOf(' ');
        String last = typed.substring(space + 1).toLowerCase(Locale.ROOT);
        String before = space < 0 ? "" : typed.substring(0, space).strip()
                .replaceAll("(?i)\\s*\\b(?:near|in|at|around|nr)$", "");
        if (before.length() < 2 || last.length() < 2) {
            return List.of();
        }
        return area.towns().stream().map(Town::name)
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(last))
                .limit(3).map(name -> before + " in " + name).toList();
    }

    /** 0 when the suggestion begins with the words, 1 when one of its words does, 2 when it holds them, else 3. */
    static int closeness(String candidate, String lowerWords) {
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (lower.startsWith(lowerWords)) {
            return 0;
        }
        if (lower.contains(" " + lowerWords)) {
            return 1;
        }
        return lower.contains(lowerWords) ? 2 : 3;
    }

    private List<String> names(String typed) {
        List<String> suggestions = new ArrayList<>();
        try {
            SearchResponse<Map> response = client.search(s -> s.index(ServiceIndex.ALIAS)
                    .size(0).suggest(sg -> sg.suggesters("names", fs -> fs.prefix(typed)
                            .completion(c -> c.field("suggest").size(6).skipDuplicates(true)
                                    .fuzzy(f -> f.fuzziness("AUTO"))))), Map.class);
            response.suggest().getOrDefault("names", List.of()).forEach(s -> s.completion().options()
                    .forEach(option -> suggestions.add(option.text())));
        } catch (IOException e) {
            throw new UncheckedIOException("The search engine did not answer", e);
        }
        return suggestions;
    }
}
