package org.familyhub.directory.content;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import org.familyhub.directory.RegisterNumber;
import org.familyhub.directory.domain.Accessibility;
import org.familyhub.directory.domain.Address;
import org.familyhub.directory.domain.Attribute;
import org.familyhub.directory.domain.Contact;
import org.familyhub.directory.domain.CostOption;
import org.familyhub.directory.domain.Language;
import org.familyhub.directory.domain.Locality;
import org.familyhub.directory.domain.Location;
import org.familyhub.directory.domain.Organization;
import org.familyhub.directory.domain.OrganizationIdentifier;
import org.familyhub.directory.domain.Phone;
import org.familyhub.directory.domain.Schedule;
import org.familyhub.directory.domain.Service;
import org.familyhub.directory.domain.ServiceArea;
import org.familyhub.directory.domain.ServiceAtLocation;
import org.familyhub.directory.domain.ServiceRepository;
import org.familyhub.directory.domain.TaxonomyTerm;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static org.familyhub.directory.content.HsdsDocuments.list;

/**
 * Writes one checked service document: the only code that turns a fully nested service into the directory's
 * records, whichever way it came in. Reached only through {@link ServiceImport}, which checks first and raises
 * the change event after. Leaves out exactly the parts {@link ServiceChecks} warned about. Runs inside the
 * caller's transaction.
 */
@Component
class ServiceDocumentWriter {

    private final EntityManager entityManager;
    private final ReferenceLookup reference;
    private final ServiceRepository services;

    ServiceDocumentWriter(EntityManager entityManager, ReferenceLookup reference, ServiceRepository services) {
        this.entityManager = entityManager;
        this.reference = reference;
        this.services = services;
    }

    /**
     * Writes a checked document: inserted when new, else the service and its children replaced. With
     * {@code updateVenues} an existing venue takes the document's details (an editor's change);
     * without, it is reused as it is (a feed must not rewrite the portal's venues).
     *
     * @return the services whose search documents changed: this one, and others at an updated venue
     */
    Set<UUID> write(HsdsDocuments.Service s, @Nullable Service existing, boolean updateVenues) {
        return write(s, existing, venue -> updateVenues);
    }

    /** As above, with the venues that take the document's details chosen by id (a feed: only its own venues). */
    Set<UUID> write(HsdsDocuments.Service s, @Nullable Service existing, Predicate<UUID> updateVenues) {
        Set<UUID> affected = new HashSet<>();
        affected.add(UUID.fromString(s.id()));
        UUID id = UUID.fromString(s.id());
        HsdsDocuments.Organization o = s.organization();
        Organization organization = organisation(o);
        Service service;
        if (existing == null) {
            service = new Service(id, organization, s.name().strip(), s.status());
        } else {
            service = existing;
            service.provideBy(organization);
            service.rename(s.name().strip());
            service.changeStatus(s.status());
            // Children are replaced: removed and flushed first, so ids the feed keeps can be inserted again.
            service.getPhones().clear();
            service.getContacts().clear();
            service.getLanguages().clear();
            service.getCostOptions().clear();
            service.getServiceAreas().clear();
            service.getServiceAtLocations().clear();
            service.getSchedules().clear();
            service.getAttributes().clear();
            entityManager.flush();
        }
        service.describe(s.alternateName(), s.description(), s.url(), s.email());
        service.setAccess(s.applicationProcess(), s.feesDescription(), s.eligibilityDescription(),
                s.interpretationServices());
        service.setAges(s.minimumAge(), s.maximumAge());
        service.setAssurance(ServiceChecks.date(s.assuredDate()), s.assurerEmail(), s.alert());
        int n = 0;
        for (HsdsDocuments.Phone p : list(s.phones())) {
            if (p.number() != null && !p.number().isBlank()) {
                service.getPhones().add(new Phone(childId(p.id(), id, "phone", n++), p.number(), p.type(),
                        p.description()));
            }
        }
        n = 0;
        for (HsdsDocuments.Contact ct : list(s.contacts())) {
            Optional<HsdsDocuments.Phone> phone = ct.firstPhone();
            service.getContacts().add(new Contact(childId(ct.id(), id, "contact", n++), ct.name(), ct.title(),
                    ct.department(), ct.email()).withPhone(phone.map(HsdsDocuments.Phone::number).orElse(null),
                            phone.map(HsdsDocuments.Phone::type).orElse(null),
                            phone.map(HsdsDocuments.Phone::description).orElse(null)));
        }
        n = 0;
        for (HsdsDocuments.Language l : list(s.languages())) {
            if (l.name() != null && !l.name().isBlank()) {
                service.getLanguages().add(new Language(childId(l.id(), id, "language", n++), l.name(), l.code(),
                        l.note()));
            }
        }
        n = 0;
        for (HsdsDocuments.CostOption co : list(s.costOptions())) {
            if (!ServiceChecks.costProblems(co).isEmpty()) {
                continue;
            }
            service.getCostOptions().add(new CostOption(childId(co.id(), id, "cost", n++), co.option(), co.amount(),
                    co.currency(), co.amountDescription()));
        }
        n = 0;
        for (HsdsDocuments.ServiceArea a : list(s.serviceAreas())) {
            Optional<Optional<Locality>> locality = reference.serviceAreaLocality(a.name());
            if (locality.isPresent()) {
                service.getServiceAreas().add(new ServiceArea(childId(a.id(), id, "area", n++), a.name(),
                        a.description(), locality.get().orElse(null)));
            }
        }
        n = 0;
        for (HsdsDocuments.Schedule schedule : list(s.schedules())) {
            Schedule written = keep(schedule, s.id() + "/schedule/" + n++);
            if (written != null) {
                service.getSchedules().add(written);
            }
        }
        n = 0;
        for (HsdsDocuments.ServiceAtLocation at : list(s.serviceAtLocations())) {
            ServiceAtLocation link = new ServiceAtLocation(childId(at.id(), id, "at", n), location(at.location(), id,
                    n, updateVenues, affected), at.description());
            int m = 0;
            for (HsdsDocuments.Schedule schedule : list(at.schedules())) {
                Schedule written = keep(schedule, s.id() + "/at/" + n + "/schedule/" + m++);
                if (written != null) {
                    link.getSchedules().add(written);
                }
            }
            service.getServiceAtLocations().add(link);
            n++;
        }
        // An attribute keeps its id and value, as every other child does; one per term (attribute_once).
        Set<UUID> termsSeen = new HashSet<>();
        for (HsdsDocuments.Attribute a : list(s.attributes())) {
            TaxonomyTerm term = reference.term(a.taxonomyTermId()).orElse(null);
            if (term == null) {
                continue;
            }
            UUID attributeId = ReferenceLookup.isUuid(a.id()) ? UUID.fromString(a.id()) : derived(id + "/attribute/" + term.getId());
            if (termsSeen.add(term.getId())) {
                service.getAttributes().add(new Attribute(attributeId, id, "service", term, a.value(), a.label()));
            }
        }
        if (existing == null) {
            entityManager.persist(service);
        }
        return affected;
    }

    /** A venue already in the directory is reused as it is; a new one is placed in its locality. */
    private Location location(HsdsDocuments.Location l, UUID serviceId, int index, Predicate<UUID> updateVenues,
            Set<UUID> affected) {
        UUID locationId = locationId(l, serviceId, index);
        Location existing = entityManager.find(Location.class, locationId);
        if (existing != null && !updateVenues.test(locationId)) {
            return existing;
        }
        ReferenceLookup.Place place = reference.place(l).orElseThrow();
        Location location;
        if (existing == null) {
            location = new Location(locationId, l.locationType() == null ? "physical" : l.locationType(),
                    l.name(), l.description(), l.transportation(), l.latitude(), l.longitude(), place.locality(),
                    place.town());
        } else {
            location = existing;
            location.describe(l.locationType() == null ? "physical" : l.locationType(), l.name(), l.description(),
                    l.transportation(), l.latitude(), l.longitude(), place.locality(), place.town());
            location.getAddresses().clear();
            location.getAccessibility().clear();
            location.getAttributes().clear();
            entityManager.flush();
            affected.addAll(services.findIdsAtLocation(locationId));
        }
        int n = 0;
        for (HsdsDocuments.Address a : list(l.addresses())) {
            location.getAddresses().add(new Address(childId(a.id(), locationId, "address", n++),
                    a.address1() == null ? (l.name() == null ? "" : l.name()) : a.address1(), a.address2(),
                    a.city() == null ? (place.town() == null ? "" : place.town().getName()) : a.city(),
                    a.stateProvince(), a.postalCode() == null ? "" : a.postalCode().toUpperCase(Locale.ROOT),
                    a.country() == null || a.country().length() != 2 ? "GB" : a.country(),
                    a.addressType() == null ? "physical" : a.addressType()));
        }
        n = 0;
        for (HsdsDocuments.Accessibility a : list(l.accessibility())) {
            location.getAccessibility().add(new Accessibility(childId(a.id(), locationId, "accessibility", n++),
                    a.description(), a.details(), a.url()));
        }
        Set<UUID> termsSeen = new HashSet<>();
        for (HsdsDocuments.Attribute a : list(l.attributes())) {
            TaxonomyTerm term = reference.term(a.taxonomyTermId()).orElse(null);
            if (term == null) {
                continue;
            }
            UUID attributeId = ReferenceLookup.isUuid(a.id()) ? UUID.fromString(a.id())
                    : derived(locationId + "/attribute/" + term.getId());
            if (termsSeen.add(term.getId())) {
                location.getAttributes().add(new Attribute(attributeId, locationId, "location", term, a.value(),
                        a.label()));
            }
        }
        if (existing == null) {
            entityManager.persist(location);
        }
        return location;
    }

    /** The schedule, or none when {@link ServiceChecks#scheduleProblems} finds anything wrong with it. */
    private static @Nullable Schedule keep(HsdsDocuments.Schedule s, String fallbackKey) {
        return ServiceChecks.scheduleProblems(s, "").isEmpty() ? schedule(s, fallbackKey) : null;
    }

    static @Nullable Schedule schedule(HsdsDocuments.Schedule s, String fallbackKey) {
        try {
            return new Schedule(ReferenceLookup.isUuid(s.id()) ? UUID.fromString(s.id()) : derived(fallbackKey),
                    new Schedule.Recurrence(s.freq(), s.interval(), s.byday(), s.bymonthday(), parseDate(s.dtstart()),
                            parseDate(s.until()), s.count(), parseDate(s.validFrom()), parseDate(s.validTo()),
                            s.opensAt() == null ? null : LocalTime.parse(s.opensAt()),
                            s.closesAt() == null ? null : LocalTime.parse(s.closesAt()), s.wkst(),
                            s.inTermTimeOnly(), s.exceptions()),
                    s.description(), s.notes());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The document's organisation: by its id; else the one already holding one of its charity or company numbers
     * (the same charity under another publisher's id is one organisation, not a duplicate); else a new one. Numbers
     * it gives that no organisation holds yet are added; none is ever taken away by an import.
     */
    private Organization organisation(HsdsDocuments.Organization o) {
        List<RegisterNumber> numbers = ReferenceLookup.registerNumbers(o);
        Organization organization = entityManager.find(Organization.class, UUID.fromString(o.id()));
        if (organization == null) {
            organization = numbers.stream().flatMap(number -> reference.holderOf(number).stream()).findFirst()
                    .orElse(null);
        }
        if (organization == null) {
            organization = new Organization(UUID.fromString(o.id()), o.name(), o.alternateName(), o.description(),
                    o.email(), o.website());
            entityManager.persist(organization);
        }
        List<OrganizationIdentifier> identifiers = new ArrayList<>(organization.getIdentifiers());
        for (RegisterNumber number : numbers) {
            if (reference.holderOf(number).isEmpty() && identifiers.stream().noneMatch(i ->
                    i.getIdentifierScheme().equals(number.register().scheme()))) {
                identifiers.add(new OrganizationIdentifier(derived(organization.getId() + "/identifier/"
                        + number.register().scheme()), number.register().scheme(), number.register().type(),
                        number.number()));
            }
        }
        if (identifiers.size() != organization.getIdentifiers().size()) {
            organization.identify(identifiers);
        }
        return organization;
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** The id the venue of the document's {@code index}-th service-at-location is written under. */
    static UUID locationId(HsdsDocuments.Location l, UUID serviceId, int index) {
        return childId(l.id(), serviceId, "location", index);
    }

    /** The feed's own id when it is a UUID, else one derived from the parent and position (stable). */
    private static UUID childId(@Nullable String id, UUID parent, String kind, int index) {
        return ReferenceLookup.isUuid(id) ? UUID.fromString(id) : derived(parent + "/" + kind + "/" + index);
    }

    private static UUID derived(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    private static @Nullable LocalDate parseDate(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
