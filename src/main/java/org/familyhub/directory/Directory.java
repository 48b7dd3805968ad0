package org.familyhub.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familyhub.directory.domain.LocalityRepository;
import org.familyhub.directory.feed.FeedImport;
import org.familyhub.directory.domain.ServiceRepository;
import org.familyhub.directory.domain.ServiceRepository.TermCount;
import org.familyhub.directory.domain.TaxonomyTermRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public pages read from the directory: localities, categories and services. */
@Service
@Transactional(readOnly = true)
public class Directory {

    static final String CATEGORY = "category";

    private final LocalityRepository localities;
    private final TaxonomyTermRepository terms;
    private final ServiceRepository services;
    private final Clock clock;
    private final FeedImport feeds;

    Directory(LocalityRepository localities, TaxonomyTermRepository terms, ServiceRepository services, Clock clock,
            FeedImport feeds) {
        this.localities = localities;
        this.terms = terms;
        this.services = services;
        this.clock = clock;
        this.feeds = feeds;
    }

    public List<LocalitySummary> localities() {
        return localities.findAll().stream()
                .map(l -> new LocalitySummary(l.getCode(), l.getName(), l.getDescription(),
                        services.countActiveInLocality(l.getId())))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    /**
     * A plain search of the database, for when the search engine is down: published services whose name or
     * description contains the typed words (the three longest; letters and digits only, so nothing
     * needs escaping in LIKE), by name. No synonyms, typos or places.
     *
     * @param page from 1
     */
    public Matches servicesMatching(String words, int page, int size) {
        List<String> patterns = Arrays.stream(words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() > 1).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).limit(3)
                .map(word -> "%" + word + "%")
                .collect(Collectors.toCollection(ArrayList::new));
        while (patterns.size() < 3) {
            patterns.add("%");
        }
        var found = services.findPublishedMatching(patterns.get(0), patterns.get(1), patterns.get(2),
                PageRequest.of(Math.max(0, page - 1), Math.max(1, size)));
        return new Matches(found.getTotalElements(), found.getContent().stream().map(ServiceMapping::card).toList());
    }

    /** One page of a plain database search, and how many services matched in all. */
    public record Matches(long total, List<ServiceCard> services) {
    }

    public Optional<LocalitySummary> locality(String code) {
        return localities.findByCode(code).map(l -> new LocalitySummary(l.getCode(), l.getName(),
                l.getDescription(), services.countActiveInLocality(l.getId())));
    }

    /** Active services families in the locality can use, by name. */
    public List<ServiceCard> servicesInLocality(String code) {
        return localities.findByCode(code)
                .map(l -> services.findActiveInLocality(l.getId()).stream().map(ServiceMapping::card).toList())
                .orElse(List.of());
    }

    /** The top-level categories, each with the number of active services in it or its sub-categories. */
    public List<CategorySummary> categories() {
        Map<UUID, Long> counts = services.countActiveByTopTerm(CATEGORY).stream()
                .collect(Collectors.toMap(TermCount::getTermId, TermCount::getServices));
        return terms.findByTaxonomyNameAndParentIsNullOrderByName(CATEGORY).stream()
                .map(t -> new CategorySummary(t.getCode(), t.getName(), t.getDescription(),
                        counts.getOrDefault(t.getId(), 0L)))
                .toList();
    }

    public Optional<CategorySummary> category(String code) {
        return terms.findByTaxonomyNameAndCode(CATEGORY, code).map(t -> new CategorySummary(t.getCode(),
                t.getName(), t.getDescription(), services.findActiveInTerm(t.getId()).size()));
    }

    public List<ServiceCard> servicesInCategory(String code) {
        return terms.findByTaxonomyNameAndCode(CATEGORY, code)
                .map(t -> services.findActiveInTerm(t.getId()).stream().map(ServiceMapping::card).toList())
                .orElse(List.of());
    }

    /** The services as search indexes them; ids that no longer exist are simply absent. */
    public List<IndexableService> indexable(Collection<UUID> ids) {
        return services.findAllById(ids).stream().map(ServiceMapping::indexable).toList();
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
}
