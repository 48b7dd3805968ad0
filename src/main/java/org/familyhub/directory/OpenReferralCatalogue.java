package org.familyhub.directory;

import java.time.Instant;
import java.util.Comparator;
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

    OpenReferralCatalogue(ServiceRepository services, OrganizationRepository organizations,
            TaxonomyRepository taxonomies, TaxonomyTermRepository terms, LocalityRepository localities,
            PortalProperties portal) {
        this.services = services;
        this.organizations = organizations;
        this.taxonomies = taxonomies;
        this.terms = terms;
        this.localities = localities;
        this.portal = portal;
    }

    /** The standard's service filters; a null one matches everything. */
    public record ServiceFilter(@Nullable UUID organizationId, @Nullable UUID taxonomyTermId,
            @Nullable UUID taxonomyId, @Nullable Instant modifiedAfter) {

        public static ServiceFilter none() {
            return new ServiceFilter(null, null, null, null);
        }
    }

    /** The ids of the published services the filter matches, by name. */
    public List<UUID> publishedServiceIds(ServiceFilter filter) {
        UUID term = filter.taxonomyTermId();
        boolean byLocality = term != null && localities.existsById(term);
        boolean byLocalityTaxonomy = OpenReferralMapping.LOCALITY_TAXONOMY_ID.equals(filter.taxonomyId());
        List<UUID> ids = services.findPublishedIds(filter.organizationId(), byLocality ? null : term,
                byLocalityTaxonomy ? null : filter.taxonomyId(), filter.modifiedAfter());
        if (byLocality) {
            ids = retain(ids, idsOf(services.findActiveInLocality(term).stream()));
        }
        if (byLocalityTaxonomy) {
            ids = retain(ids, idsOf(localities.findAll().stream()
                    .flatMap(l -> services.findActiveInLocality(l.getId()).stream())));
        }
        return ids;
    }

    /** The published services among the ids, in the order given; others are left out. */
    public List<OpenReferralRecords.Service> services(List<UUID> ids, Detail detail) {
        List<Locality> all = localities.findAll();
        Map<UUID, Service> found = services.findAllById(ids).stream().filter(OpenReferralCatalogue::isPublished)
                .collect(Collectors.toMap(Service::getId, Function.identity()));
        return ids.stream().map(found::get).filter(Objects::nonNull)
                .map(s -> OpenReferralMapping.service(s, detail, all)).toList();
    }

    public Optional<OpenReferralRecords.Service> service(UUID id) {
        return services.findById(id).filter(OpenReferralCatalogue::isPublished)
                .map(s -> OpenReferralMapping.service(s, Detail.FULL, localities.findAll()));
    }

    /** Organisations that provide at least one published service, by name. */
    public List<OpenReferralRecords.Organization> organizations() {
        return organizations.findAllById(services.findPublishedOrganizationIds()).stream()
                .map(OpenReferralMapping::organization)
                .sorted(Comparator.comparing(OpenReferralRecords.Organization::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public Optional<OpenReferralRecords.Organization> organization(UUID id) {
        return services.findPublishedOrganizationIds().contains(id)
                ? organizations.findById(id).map(OpenReferralMapping::organization)
                : Optional.empty();
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

    /** Every venue of every published service, by service name. */
    public List<OpenReferralRecords.ServiceAtLocation> serviceAtLocations() {
        return services.findPublished().stream()
                .flatMap(s -> s.getServiceAtLocations().stream()
                        .map(sal -> OpenReferralMapping.serviceAtLocation(s, sal)))
                .toList();
    }

    public Optional<OpenReferralRecords.ServiceAtLocation> serviceAtLocation(UUID id) {
        return services.findPublishedByServiceAtLocation(id).flatMap(s -> s.getServiceAtLocations().stream()
                .filter(sal -> sal.getId().equals(id)).findFirst()
                .map(sal -> OpenReferralMapping.serviceAtLocation(s, sal)));
    }

    /** When any service last changed: what the API's Last-Modified says. */
    public Optional<Instant> lastModified() {
        return services.findLastModified();
    }

    private static boolean isPublished(Service service) {
        return PUBLISHED.equals(service.getStatus());
    }

    private static Set<UUID> idsOf(Stream<Service> services) {
        return services.map(Service::getId).collect(Collectors.toSet());
    }

    private static List<UUID> retain(List<UUID> ids, Set<UUID> allowed) {
        return ids.stream().filter(allowed::contains).toList();
    }
}
