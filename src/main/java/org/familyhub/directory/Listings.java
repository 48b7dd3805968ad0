package org.familyhub.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentMapping;
import org.familyhub.directory.content.ServiceImport;
import org.familyhub.directory.domain.Address;
import org.familyhub.directory.domain.Location;
import org.familyhub.directory.domain.OrganizationRepository;
import org.familyhub.directory.domain.Service;
import org.familyhub.directory.domain.ServiceAtLocation;
import org.familyhub.directory.domain.ServiceRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's write side for whole listings: each service as its fully nested Open Referral
 * document, cleaned, checked and written through {@link ServiceImport} (which raises {@link ServicesChanged}
 * with every write, so the search index follows). Who may change what is the workspace's rule; this service
 * only keeps the directory consistent.
 */
@org.springframework.stereotype.Service
@Transactional
public class Listings {

    private final ServiceRepository services;
    private final OrganizationRepository organisations;
    private final ServiceImport imports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Listings(ServiceRepository services, OrganizationRepository organisations, ServiceImport imports,
            ApplicationEventPublisher events, Clock clock) {
        this.services = services;
        this.organisations = organisations;
        this.imports = imports;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<HsdsDocuments.Service> document(UUID id) {
        return services.findById(id).map(ServiceDocumentMapping::document);
    }

    /** Every service, whatever its status, by name: the bulk export. */
    @Transactional(readOnly = true)
    public List<HsdsDocuments.Service> documents() {
        return services.findAll().stream()
                .sorted(Comparator.comparing(Service::getName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Service::getId))
                .map(ServiceDocumentMapping::document).toList();
    }

    @Transactional(readOnly = true)
    public List<ListingSummary> summaries() {
        return services.findAll().stream().map(this::summary)
                .sorted(Comparator.comparing(ListingSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ListingSummary> summary(UUID id) {
        return services.findById(id).map(this::summary);
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations() {
        return organisations.findAll().stream().map(o -> new OrganisationSummary(o.getId(), o.getName()))
                .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> organisation(UUID id) {
        return organisations.findById(id).map(o -> new OrganisationSummary(o.getId(), o.getName()));
    }

    /** The document with every field cleaned (safe rich text in the description, plain text elsewhere). */
    public HsdsDocuments.Service clean(HsdsDocuments.Service document) {
        return ServiceImport.clean(document);
    }

    /**
     * Everything wrong with the document, each naming its field; empty when it can be written. The workspace's
     * rules are {@link ServiceImport.Rules#WORKSPACE}: lenient, as a feed's are.
     */
    @Transactional(readOnly = true)
    public List<String> problems(HsdsDocuments.Service document) {
        return imports.check(document, ServiceImport.Rules.WORKSPACE).errors();
    }

    /**
     * Writes the cleaned document in the caller's transaction (so a bulk import is all-or-nothing):
     * a new service, or the existing one replaced with all its children; its venues take the
     * document's details.
     *
     * @return whether the service was new
     * @throws InvalidListingException naming every field at fault; nothing is written
     */
    public boolean write(HsdsDocuments.Service document) {
        return write(document, null, null);
    }

    /**
     * Writes a listing an editor has just published: they read it through to approve it, so it counts as
     * checked today and never tells parents it may be out of date. The document's own "last checked" date
     * is an earlier check's, and is replaced.
     *
     * @return whether the service was new
     * @throws InvalidListingException naming every field at fault; nothing is written
     */
    public boolean publish(HsdsDocuments.Service document, LocalDate checkedOn, @Nullable String checkedBy) {
        return write(document, checkedOn, checkedBy);
    }

    private boolean write(HsdsDocuments.Service document, @Nullable LocalDate checkedOn, @Nullable String checkedBy) {
        ServiceImport.Checked checked = imports.check(document, ServiceImport.Rules.WORKSPACE);
        boolean added = imports.write(checked).added();
        if (checkedOn != null) {
            Service written = services.findById(UUID.fromString(Objects.requireNonNull(checked.document().id())))
                    .orElseThrow();
            written.setAssurance(checkedOn, checkedBy, written.getAlert());
        }
        return added;
    }

    /** Someone checked the listing and it is still right: it is no longer stale. */
    public void confirmAccurate(UUID id, LocalDate checkedOn, @Nullable String checkedBy) {
        Service service = services.findById(id).orElseThrow(() -> new UnknownRecordException("service", id));
        service.setAssurance(checkedOn, checkedBy, service.getAlert());
        changed(service);
    }

    /** Archived, never deleted: the listing leaves search and the public lists but keeps its history. */
    public void archive(UUID id) {
        Service service = services.findById(id).orElseThrow(() -> new UnknownRecordException("service", id));
        service.changeStatus("inactive");
        changed(service);
    }

    private void changed(Service service) {
        service.touch(clock.instant());
        events.publishEvent(new ServicesChanged(Set.of(service.getId())));
    }

    private ListingSummary summary(Service service) {
        LocalDate assured = service.getAssuredDate();
        boolean stale = assured == null
                || assured.isBefore(LocalDate.now(clock).minusMonths(ServiceMapping.MONTHS_UNTIL_STALE));
        List<Location> venues = service.getServiceAtLocations().stream().map(ServiceAtLocation::getLocation).toList();
        List<ListingSummary.Area> localities = Stream.concat(
                        venues.stream().map(Location::getLocality),
                        service.getServiceAreas().stream().map(a -> a.getLocality()).filter(Objects::nonNull))
                .map(l -> new ListingSummary.Area(l.getCode(), l.getName())).distinct().toList();
        List<String> postcodes = venues.stream().flatMap(l -> l.getAddresses().stream())
                .map(Address::getPostalCode).distinct().toList();
        return new ListingSummary(service.getId(), service.getName(), service.getOrganization().getId(),
                service.getOrganization().getName(), service.getStatus(), assured, stale, localities, postcodes);
    }
}
