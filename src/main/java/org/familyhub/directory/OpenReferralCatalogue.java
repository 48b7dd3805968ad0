package org.familyhub.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.familyhub.directory.OpenReferralRecords.Detail;
import org.familyhub.directory.domain.Locality;
import org.familyhub.directory.domain.LocalityRepository;
import org.familyhub.directory.domain.OrganizationRepository;
import org.familyhub.directory.domain.Service;
import org.familyhub.directory.domain.ServiceRepository;
import org.familyhub.directory.domain.TaxonomyRepository;
import org.familyhub.directory.domain.TaxonomyTerm;
import org.familyhub.directory.domain.TaxonomyTermRepository;
import org.familyhub.shared.PortalProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the directory publishes through Open Referral UK: only published services (status
 * {@code active} for now) and what they need — their organisations, venues and the taxonomies that
 * classify them — in HSDS 3.0 records. Localities are published as a taxonomy of their own.
 */
@org.springframework.stereotype.Service
@Transactional(readOnly = true)
public class OpenReferralCatalogue {

    static final String PUBLISHED = "active";

    private final ServiceRepository services;
    private final OrganizationRepository organizations;
    private final TaxonomyRepository taxonomies;
    private final TaxonomyTermRepository terms;
    private final LocalityRepository localities;
    private final PortalProperties portal;
    private final PublishedServiceQuery query;
    private final org.springframework.beans.factory.ObjectProvider<ServiceAttributeSource> extraAttributes;
    private final org.springframework.beans.factory.ObjectProvider<ServiceScheduleSource> extraSchedules;

    OpenReferralCatalogue(ServiceRepository services, OrganizationRepository organizations,
            TaxonomyRepository taxonomies, TaxonomyTermRepository terms, LocalityRepository localities,
            PortalProperties portal, PublishedServiceQuery query,
            org.springframework.beans.factory.ObjectProvider<ServiceAttributeSource> extraAttributes,
            org.springframework.beans.factory.ObjectProvider<ServiceScheduleSource> extraSchedules) {
        this.extraAttributes = extraAttributes;
        this.extraSchedules = extraSchedules;
        this.services = services;
        this.organizations = organizations;
        this.taxonomies = taxonomies;
        this.terms = terms;
        this.localities = localities;
        this.portal = portal;
        this.query = query;
    }

    /** The standard's service filters (HSDS 3.0 and the UK profile's ages); a null one matches everything. */
    public record ServiceFilter(@Nullable UUID organizationId, @Nullable UUID taxonomyTermId,
            @Nullable UUID taxonomyId, @Nullable Instant modifiedAfter, @Nullable BigDecimal minimumAge,
            @Nullable BigDecimal maximumAge) {

        public static ServiceFilter none() {
            return new ServiceFilter(null, null, null, null, null, null);
        }
    }

    /** Near a point: nearest first, and no farther than {@code maxKm} when it is set. */
    public record Near(double latitude, double longitude, @Nullable Double maxKm) {
    }

    public long countPublishedServices(ServiceFilter filter) {
        return query.countServices(filter);
    }

    /** A page of the ids of the published services the filter matches, by name. */
    public List<UUID> publishedServiceIds(ServiceFilter filter, long offset, int limit) {
        return query.serviceIds(filter, offset, limit);
    }

    /** Every published service the filter matches, by name: for a bulk copy (ndjson). */
    public List<UUID> publishedServiceIds(ServiceFilter filter) {
        return query.serviceIds(filter, 0, null);
    }

    /** The given ids that are of published services the filter matches, in the order given. */
    public List<UUID> retainMatching(List<UUID> ids, ServiceFilter filter) {
        Set<UUID> matching = Set.copyOf(query.matchingAmong(filter, ids));
        return ids.stream().filter(matching::contains).toList();
    }

    /** The published services among the ids, in the order given; others are left out. */
    public List<OpenReferralRecords.Service> services(List<UUID> ids, Detail detail) {
        return services(ids, detail, true);
    }

    /** The minimal form of the published services among the ids, in the order given. */
    public List<OpenReferralRecords.MinimalService> minimalServices(List<UUID> ids) {
        Map<UUID, Instant> modified = query.lastModified(ids);
        return ids.stream().filter(modified::containsKey)
                .map(id -> new OpenReferralRecords.MinimalService(id, OpenReferralRecords.timestamp(modified.get(id))))
                .toList();
    }

    public Optional<OpenReferralRecords.Service> service(UUID id) {
        return services.findById(id).filter(OpenReferralCatalogue::isPublished)
                .map(s -> OpenReferralMapping.service(s, Detail.FULL, localities.findAll(), portal.areaName(), true,
                        extra(List.of(s.getId())).getOrDefault(s.getId(), List.of()),
                        schedules(List.of(s.getId())).getOrDefault(s.getId(), List.of())));
    }

    /** Organisations that provide at least one published service, by name. */
    public List<OpenReferralRecords.Organization> organizations() {
        return organizations.findAllById(services.findPublishedOrganizationIds()).stream()
                .map(OpenReferralMapping::organization)
                .sorted(Comparator.comparing(OpenReferralRecords.Organization::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The organisation fully nested: with its published services, in {@code detail}, by name. */
    public Optional<OpenReferralRecords.Organization> organization(UUID id, Detail detail) {
        if (!services.findPublishedOrganizationIds().contains(id)) {
            return Optional.empty();
        }
        List<UUID> ids = query.serviceIds(new ServiceFilter(id, null, null, null, null, null), 0, null);
        return organizations.findById(id)
                .map(o -> OpenReferralMapping.organization(o, services(ids, detail, false)));
    }

    public List<OpenReferralRecords.Taxonomy> taxonomies() {
        return Stream.concat(taxonomies.findAll().stream().map(OpenReferralMapping::taxonomy),
                        Stream.of(OpenReferralMapping.localityTaxonomy(portal.areaName())))
                .sorted(Comparator.comparing(OpenReferralRecords.Taxonomy::name))
                .toList();
    }

    public Optional<OpenReferralRecords.Taxonomy> taxonomy(UUID id) {
        return taxonomies().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Every term, or a taxonomy's terms, by taxonomy then name. */
    public List<OpenReferralRecords.TaxonomyTerm> taxonomyTerms(@Nullable UUID taxonomyId) {
        return Stream.concat(terms.findAll(Sort.by("name")).stream().map(OpenReferralMapping::term),
                        localities.findAll(Sort.by("name")).stream().map(OpenReferralMapping::localityTerm))
                .filter(t -> taxonomyId == null || t.taxonomyId().equals(taxonomyId))
                .sorted(Comparator.comparing(OpenReferralRecords.TaxonomyTerm::taxonomy))
                .toList();
    }

    public Optional<OpenReferralRecords.TaxonomyTerm> taxonomyTerm(UUID id) {
        return terms.findById(id).map(OpenReferralMapping::term)
                .or(() -> localities.findById(id).map(OpenReferralMapping::localityTerm));
    }

    /** How many venues of published services the filter matches (only those near, with {@code near}). */
    public long countServiceAtLocations(ServiceFilter filter, @Nullable Near near) {
        return query.countServiceAtLocations(filter, near);
    }

    /** A page of their ids: nearest first with {@code near}, otherwise by service name. */
    public List<UUID> serviceAtLocationIds(ServiceFilter filter, @Nullable Near near, long offset, int limit) {
        return query.serviceAtLocationIds(filter, near, offset, limit);
    }

    /** The venues of the given published services, in the services' order or nearest first. */
    public List<UUID> serviceAtLocationIdsOf(List<UUID> serviceIds, @Nullable Near near) {
        return query.serviceAtLocationIdsOf(serviceIds, near);
    }

    /** The published services at locations among the ids, in the order given; others are left out. */
    public List<OpenReferralRecords.ServiceAtLocation> serviceAtLocations(List<UUID> ids) {
        Map<UUID, OpenReferralRecords.ServiceAtLocation> found = new HashMap<>();
        if (!ids.isEmpty()) {
            services.findPublishedByServiceAtLocationIn(ids).forEach(s -> s.getServiceAtLocations().stream()
                    .filter(sal -> ids.contains(sal.getId()))
                    .forEach(sal -> found.put(sal.getId(),
                            OpenReferralMapping.serviceAtLocation(s, sal, portal.areaName()))));
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    public Optional<OpenReferralRecords.ServiceAtLocation> serviceAtLocation(UUID id) {
        return services.findPublishedByServiceAtLocation(id).flatMap(s -> s.getServiceAtLocations().stream()
                .filter(sal -> sal.getId().equals(id)).findFirst()
                .map(sal -> OpenReferralMapping.serviceAtLocation(s, sal, portal.areaName())));
    }

    /** When any service last changed: what the API's Last-Modified says. */
    public Optional<Instant> lastModified() {
        return services.findLastModified();
    }

    private static boolean isPublished(Service service) {
        return PUBLISHED.equals(service.getStatus());
    }

    private List<OpenReferralRecords.Service> services(List<UUID> ids, Detail detail, boolean withOrganization) {
        List<Locality> all = localities.findAll();
        Map<UUID, Service> found = services.findAllById(ids).stream().filter(OpenReferralCatalogue::isPublished)
                .collect(Collectors.toMap(Service::getId, Function.identity()));
        Map<UUID, List<OpenReferralRecords.Attribute>> extra = extra(List.copyOf(found.keySet()));
        Map<UUID, List<OpenReferralRecords.Schedule>> schedules = detail == Detail.FULL
                ? schedules(List.copyOf(found.keySet())) : Map.of();
        return ids.stream().map(found::get).filter(Objects::nonNull)
                .map(s -> OpenReferralMapping.service(s, detail, all, portal.areaName(), withOrganization,
                        extra.getOrDefault(s.getId(), List.of()), schedules.getOrDefault(s.getId(), List.of())))
                .toList();
    }

    /** Other modules' schedules of these services (a programme's dated course sessions), one query per module. */
    private Map<UUID, List<OpenReferralRecords.Schedule>> schedules(List<UUID> ids) {
        Map<UUID, List<OpenReferralRecords.Schedule>> all = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            extraSchedules.orderedStream().forEach(source -> source.schedules(ids).forEach((serviceId, schedules) ->
                    all.computeIfAbsent(serviceId, id -> new java.util.ArrayList<>()).addAll(schedules)));
        }
        return all;
    }

    /** Other modules' attributes of these services (the Local Offer's answers), one query per module. */
    private Map<UUID, List<OpenReferralRecords.Attribute>> extra(List<UUID> ids) {
        Map<UUID, List<OpenReferralRecords.Attribute>> all = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return all;
        }
        Map<String, Optional<TaxonomyTerm>> known = new java.util.HashMap<>();
        extraAttributes.orderedStream().forEach(source -> source.attributes(ids).forEach((serviceId, attributes) -> {
            // A term may come more than once (a childcare listing's funded entitlements, its vacancies): each
            // occurrence gets its own id, the first keeping the id a single one always had.
            Map<UUID, Integer> occurrences = new java.util.HashMap<>();
            attributes.forEach(a -> known.computeIfAbsent(a.taxonomy() + "/" + a.termCode(),
                            key -> terms.findByTaxonomyNameAndCode(a.taxonomy(), a.termCode()))
                    .ifPresent(term -> all.computeIfAbsent(serviceId, id -> new java.util.ArrayList<>())
                            .add(OpenReferralMapping.extraAttribute(serviceId, term,
                                    occurrences.merge(term.getId(), 1, Integer::sum) - 1, a.value(), a.label()))));
        }));
        return all;
    }
}
