package org.familyhub.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familyhub.directory.domain.LocalityRepository;
import org.familyhub.directory.feed.FeedImport;
import org.familyhub.directory.domain.ServiceRepository;
import org.familyhub.directory.domain.TaxonomyTermRepository;
import org.familyhub.shared.KeptWhenFound;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public pages read from the directory: localities, categories and services. */
@Service
@Transactional(readOnly = true)
public class Directory {

    static final String CATEGORY = "category";

    /** How many of the typed words the database's search looks for. */
    static final int DATABASE_WORDS = 5;
    /** A LIKE pattern no listing holds (a control character), for the words not typed. */
    private static final String NOTHING = "%\u0001%";

    private final LocalityRepository localities;
    private final TaxonomyTermRepository terms;
    private final ServiceRepository services;
    private final Clock clock;
    private final FeedImport feeds;
    private final ServiceCounts counts;
    private final ServiceLists lists;
    private final SchoolTerms schoolTerms;

    /** The few localities, kept: every search page and the home page list them. */
    private final KeptWhenFound<List<KnownLocality>> knownLocalities;

    Directory(LocalityRepository localities, TaxonomyTermRepository terms, ServiceRepository services, Clock clock,
            FeedImport feeds, ServiceCounts counts, ServiceLists lists, SchoolTerms schoolTerms) {
        this.knownLocalities = new KeptWhenFound<>(() -> localities.findAll().stream()
                .map(l -> new KnownLocality(l.getId(), l.getCode(), l.getName(), l.getDescription()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList(), List::isEmpty);
        this.schoolTerms = schoolTerms;
        this.counts = counts;
        this.lists = lists;
        this.localities = localities;
        this.terms = terms;
        this.services = services;
        this.clock = clock;
        this.feeds = feeds;
    }

    /** The localities by name, each with the number of active services families there can use. */
    public List<LocalitySummary> localities() {
        ServiceCounts.Counts counted = counts.current();
        return knownLocalities.get().stream()
                .map(l -> new LocalitySummary(l.code(), l.name(), l.description(), counted.of(l.id())))
                .toList();
    }

    /** A locality as every search page and the home page list it. */
    private record KnownLocality(UUID id, String code, String name, @Nullable String description) {
    }

    /** Changed here or on another node (#15): read again. */
    @EventListener
    void on(ReferenceDataChanged changed) {
        knownLocalities.forget();
    }

    /**
     * A plain search of the database, for when the search engine is down: published services whose name or
     * description holds any of the words, those with the most of them first (a word in the name counts twice), then by
     * name. The {@value #DATABASE_WORDS} longest words count, each without a plural "s" or an "-ing" ("shouts" finds
     * "shouting"), and none of one or two letters ("me" is inside "some" and "time": "my partner shouts at me all the
     * time" matched 176 of 187 services with them, 33 without); letters and digits only, so nothing needs escaping in
     * LIKE. No synonyms, typos or places: a whole sentence ("is there a baby massage class near me for my 3 month old")
     * still finds the listings that share its words, where needing all of its three longest found nothing.
     *
     * @param words the words that name the need (the search leaves out the small words that name none)
     * @param page from 1
     */
    public Matches servicesMatching(String words, int page, int size) {
        return servicesMatching(words, null, page, size);
    }

    /**
     * The same, with the services in the locality with code {@code locality} (a venue there, or serving it as their
     * area) first when one is given: the place a parent named.
     */
    public Matches servicesMatching(String words, @Nullable String locality, int page, int size) {
        List<String> patterns = Arrays.stream(words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() > 2).map(Directory::stem).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(DATABASE_WORDS)
                .map(word -> "%" + word + "%")
                .collect(Collectors.toCollection(ArrayList::new));
        if (patterns.isEmpty()) {
            patterns.add("%");
        }
        while (patterns.size() < DATABASE_WORDS) {
            patterns.add(NOTHING);
        }
        PageRequest asked = PageRequest.of(Math.max(0, page - 1), Math.max(1, size));
        Optional<UUID> in = locality == null ? Optional.empty() : localities.findByCode(locality).map(l -> l.getId());
        var found = services.findPublishedMatching(patterns.get(0), patterns.get(1), patterns.get(2), patterns.get(3),
                patterns.get(4), in.orElse(null), asked);
        return new Matches(found.getTotalElements(), found.getContent().stream().map(ServiceMapping::card).toList());
    }

    private static String stem(String word) {
        if (word.length() > 6 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        return word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }

    /** One page of a plain database search, and how many services matched in all. */
    public record Matches(long total, List<ServiceCard> services) {
    }

    public Optional<LocalitySummary> locality(String code) {
        return localities.findByCode(code).map(l -> new LocalitySummary(l.getCode(), l.getName(),
                l.getDescription(), counts.current().of(l.getId())));
    }

    /**
     * Every active service families in the locality can use, by name: for a whole list (a leaflet, the inbox).
     * Pages show {@link #servicesInLocality(String, int, int)}.
     */
    public List<ServiceCard> servicesInLocality(String code) {
        return localities.findByCode(code)
                .map(l -> services.findActiveInLocality(l.getId()).stream().map(ServiceMapping::card).toList())
                .orElse(List.of());
    }

    /**
     * One page of the active services families in the locality can use, by name (then id, so pages never
     * overlap); a page beyond the last gives the last.
     *
     * @param page from 1
     */
    public ServicePage servicesInLocality(String code, int page, int size) {
        return localities.findByCode(code).map(l -> lists.page(l.getId(), page, size))
                .orElse(new ServicePage(List.of(), 1, size, 0));
    }

    /** The top-level categories, each with the number of active services in it or its sub-categories. */
    public List<CategorySummary> categories() {
        ServiceCounts.Counts counted = counts.current();
        return terms.findByTaxonomyNameAndParentIsNullOrderByName(CATEGORY).stream()
                .map(t -> new CategorySummary(t.getCode(), t.getName(), t.getDescription(),
                        counted.of(t.getId())))
                .toList();
    }

    public Optional<CategorySummary> category(String code) {
        return terms.findByTaxonomyNameAndCode(CATEGORY, code).map(t -> new CategorySummary(t.getCode(),
                t.getName(), t.getDescription(), counts.current().of(t.getId())));
    }

    /** Every active service in the category, by name: for a whole list (a leaflet). */
    public List<ServiceCard> servicesInCategory(String code) {
        return terms.findByTaxonomyNameAndCode(CATEGORY, code)
                .map(t -> services.findActiveInTerm(t.getId()).stream().map(ServiceMapping::card).toList())
                .orElse(List.of());
    }

    /** One page of the active services in the category or its sub-categories, by name. */
    public ServicePage servicesInCategory(String code, int page, int size) {
        return terms.findByTaxonomyNameAndCode(CATEGORY, code).map(t -> lists.page(t.getId(), page, size))
                .orElse(new ServicePage(List.of(), 1, size, 0));
    }

    /** The services as search indexes them; ids that no longer exist are simply absent. */
    public List<IndexableService> indexable(Collection<UUID> ids) {
        LocalDate today = LocalDate.now(clock);
        TermDates terms = schoolTerms.termDates();
        return services.findAllById(ids).stream().map(service -> ServiceMapping.indexable(service, today, terms))
                .toList();
    }

    /** Every service id, for a full reindex. */
    public List<UUID> serviceIds() {
        return services.findAllIds();
    }

    /** Any service by id, whatever its status: its page says when it is closed. */
    public Optional<ServiceDetails> service(UUID id) {
        return services.findById(id).map(service -> ServiceMapping.details(service, clock,
                feeds.sourceOf(id).orElse(null)));
    }

    /** When a listing is shown, whatever its status: for the editors who set it. */
    public Optional<Publication> publication(UUID id) {
        return services.findById(id).map(service -> new Publication(service.getName(), service.getStatus(),
                service.getPublishFrom(), service.getPublishUntil()));
    }
}
