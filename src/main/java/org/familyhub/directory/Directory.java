package org.familyhub.directory;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familyhub.directory.domain.LocalityRepository;
import org.familyhub.directory.feed.FeedImport;
import org.familyhub.directory.domain.ServiceRepository;
import org.familyhub.directory.domain.ServiceRepository.TermCount;
import org.familyhub.directory.domain.TaxonomyTermRepository;
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
