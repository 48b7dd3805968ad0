package org.familyhub.directory.content;

import java.math.BigDecimal;
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

import jakarta.persistence.EntityManager;
import org.familyhub.directory.AreaLookup;
import org.familyhub.directory.EmailAddress;
import org.familyhub.directory.PhoneNumber;
import org.familyhub.directory.ServiceStatus;
import org.familyhub.directory.domain.Accessibility;
import org.familyhub.directory.domain.Address;
import org.familyhub.directory.domain.Attribute;
import org.familyhub.directory.domain.Contact;
import org.familyhub.directory.domain.CostOption;
import org.familyhub.directory.domain.Language;
import org.familyhub.directory.domain.Locality;
import org.familyhub.directory.domain.LocalityRepository;
import org.familyhub.directory.domain.Location;
import org.familyhub.directory.domain.Organization;
import org.familyhub.directory.domain.Phone;
import org.familyhub.directory.domain.Schedule;
import org.familyhub.directory.domain.Service;
import org.familyhub.directory.domain.ServiceArea;
import org.familyhub.directory.domain.ServiceAtLocation;
import org.familyhub.directory.domain.ServiceRepository;
import org.familyhub.directory.domain.TaxonomyTerm;
import org.familyhub.directory.domain.Town;
import org.familyhub.directory.domain.TownRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import static org.familyhub.directory.content.HsdsDocuments.list;

/**
 * Checks one fully nested service document against the directory (its area, terms and rules) and
 * writes it. One code path for every way a whole service comes in: a publisher's feed, an editor's
 * published draft, a bulk import. Runs inside the caller's transaction.
 */
@Component
public class ServiceDocumentWriter {

    private static final Set<String> LOCATION_TYPES = Set.of("physical", "postal", "virtual");
    private static final Set<String> FREQUENCIES = Set.of("WEEKLY", "MONTHLY");

    private final EntityManager entityManager;
    private final AreaLookup area;
    private final LocalityRepository localities;
    private final TownRepository towns;
    private final ServiceRepository services;
    private final String areaName;

    ServiceDocumentWriter(EntityManager entityManager, AreaLookup area, LocalityRepository localities,
            TownRepository towns, ServiceRepository services, @Value("${familyhub.area-name:}") String areaName) {
        this.entityManager = entityManager;
        this.area = area;
        this.localities = localities;
        this.towns = towns;
        this.services = services;
        this.areaName = areaName;
    }

    // ---- validation -------------------------------------------------------------------------------

    /** What checking a document found: errors refuse it, warnings name what is skipped. */
    public static final class Checked {
        public final List<String> errors = new ArrayList<>();
        public final List<String> warnings = new ArrayList<>();
    }

    public Checked check(HsdsDocuments.Service s) {
        Checked checked = new Checked();
        check(s, checked);
        return checked;
    }

    private void check(HsdsDocuments.Service s, Checked c) {
        if (s.id() == null || s.id().isBlank()) {
            c.errors.add("id: is required");
        } else if (!isUuid(s.id())) {
            c.errors.add("id: must be a UUID ('" + s.id() + "')");
        }
        if (s.name() == null || s.name().isBlank()) {
            c.errors.add("name: is required");
        } else if (s.name().length() > 250) {
            c.errors.add("name: is longer than 250 characters");
        }
        if (ServiceStatus.ofCode(s.status()).isEmpty()) {
            c.errors.add("status: must be one of " + ServiceStatus.codes() + " ('" + s.status() + "')");
        }
        if (s.email() != null && EmailAddress.parse(s.email()).isEmpty()) {
            c.errors.add("email: is not an e-mail address ('" + s.email() + "')");
        }
        HsdsDocuments.Organization o = s.organization();
        if (o == null) {
            c.errors.add("organization: is required");
        } else {
            if (!isUuid(o.id())) {
                c.errors.add("organization.id: must be a UUID ('" + o.id() + "')");
            }
            if (o.name() == null || o.name().isBlank()) {
                c.errors.add("organization.name: is required");
            }
        }
        checkAge("minimum_age", s.minimumAge(), c);
        checkAge("maximum_age", s.maximumAge(), c);
        if (s.minimumAge() != null && s.maximumAge() != null && s.minimumAge().compareTo(s.maximumAge()) > 0) {
            c.errors.add("minimum_age: is above maximum_age");
        }
        if (s.assuredDate() != null && date(s.assuredDate()) == null) {
            c.errors.add("assured_date: must be a date like 2025-01-31 ('" + s.assuredDate() + "')");
        }
        int index = 0;
        for (HsdsDocuments.ServiceAtLocation at : list(s.serviceAtLocations())) {
            String where = "service_at_locations[" + index++ + "]";
            HsdsDocuments.Location l = at.location();
            if (l == null) {
                c.errors.add(where + ".location: is required");
                continue;
            }
            if (l.locationType() != null && !LOCATION_TYPES.contains(l.locationType())) {
                c.errors.add(where + ".location.location_type: must be physical, postal or virtual ('"
                        + l.locationType() + "')");
            }
            if (l.id() != null && !isUuid(l.id())) {
                c.errors.add(where + ".location.id: must be a UUID ('" + l.id() + "')");
            }
            if (place(l).isEmpty()) {
                String postcode = HsdsDocuments.firstAddress(l).map(HsdsDocuments.Address::postalCode).orElse(null);
                c.errors.add(where + ".location: '" + (l.name() == null ? l.id() : l.name()) + "' is outside the area"
                        + " (postcode '" + postcode + "' and town match no locality of " + areaName + ")");
            }
        }
        for (HsdsDocuments.ServiceArea a : list(s.serviceAreas())) {
            if (a.name() == null || serviceAreaLocality(a.name()).isEmpty()) {
                c.warnings.add("service_areas: '" + a.name() + "' is not a locality of " + areaName + "; skipped");
            }
        }
        for (HsdsDocuments.Attribute a : list(s.attributes())) {
            if (term(a.taxonomyTermId()) == null) {
                c.warnings.add("attributes: taxonomy term '" + a.taxonomyTermId() + "' is unknown here; skipped");
            }
        }
        for (HsdsDocuments.Phone p : list(s.phones())) {
            if (p.number() == null || p.number().isBlank()) {
                c.warnings.add("phones: a phone without a number; skipped");
            } else if (PhoneNumber.parse(p.number()).isEmpty()) {
                c.errors.add("phones: is not a UK phone number ('" + p.number() + "')");
            }
        }
        for (HsdsDocuments.Contact contact : list(s.contacts())) {
            if (list(contact.phones()).size() > 1) {
                c.warnings.add("contacts: '" + contact.title() + "' has more than one phone; the first is kept");
            }
            contact.firstPhone().filter(p -> PhoneNumber.parse(p.number()).isEmpty()).ifPresent(p -> c.errors.add(
                    "contacts.phones: is not a UK phone number ('" + p.number() + "')"));
        }
        for (HsdsDocuments.Language l : list(s.languages())) {
            if (l.name() == null || l.name().isBlank()) {
                c.warnings.add("languages: a language without a name; skipped");
            }
        }
        for (HsdsDocuments.Schedule schedule : list(s.schedules())) {
            if (schedule(schedule, String.valueOf(s.id())) == null) {
                c.warnings.add("schedules: '" + schedule.id() + "' has a bad frequency, date or time; skipped");
            }
        }
    }

    private static void checkAge(String field, @Nullable BigDecimal age, Checked c) {
        if (age != null && (age.signum() < 0 || age.compareTo(BigDecimal.valueOf(120)) > 0)) {
            c.errors.add(field + ": must be between 0 and 120 (" + age + ")");
        }
    }

    /** The location's locality and town: by the postcode of its first address, else by its town. */
    private Optional<Place> place(HsdsDocuments.Location l) {
        Optional<HsdsDocuments.Address> address = HsdsDocuments.firstAddress(l);
        Optional<Place> byPostcode = address.map(HsdsDocuments.Address::postalCode).flatMap(area::postcode)
                .flatMap(p -> localities.findByCode(p.localityCode()).map(locality -> new Place(locality,
                        address.map(HsdsDocuments.Address::city).flatMap(towns::findByNameIgnoreCase)
                                .or(() -> Optional.ofNullable(p.town()).flatMap(towns::findByNameIgnoreCase))
                                .orElse(null))));
        return byPostcode.or(() -> address.map(HsdsDocuments.Address::city).flatMap(towns::findByNameIgnoreCase)
                .map(town -> new Place(town.getLocality(), town)));
    }

    private record Place(Locality locality, @Nullable Town town) {
    }

    /** Empty: not in the area. A present empty inner value: the whole area. */
    private Optional<Optional<Locality>> serviceAreaLocality(String name) {
        if (name.trim().equalsIgnoreCase(areaName.trim())) {
            return Optional.of(Optional.empty());
        }
        return localities.findByNameIgnoreCase(name.trim()).or(() -> localities.findByCode(name.trim()))
                .map(Optional::of);
    }

    private @Nullable TaxonomyTerm term(@Nullable String id) {
        return isUuid(id) ? entityManager.find(TaxonomyTerm.class, UUID.fromString(id)) : null;
    }

    // ---- writing ----------------------------------------------------------------------------------

    /**
     * Writes a checked document: inserted when new, else the service and its children replaced. With
     * {@code updateVenues} an existing venue takes the document's details (an editor's change);
     * without, it is reused as it is (a feed must not rewrite the portal's venues).
     *
     * @return the services whose search documents changed: this one, and others at an updated venue
     */
    public Set<UUID> write(HsdsDocuments.Service s, @Nullable Service existing, Checked checked,
            boolean updateVenues) {
        Set<UUID> affected = new HashSet<>();
        affected.add(UUID.fromString(s.id()));
        UUID id = UUID.fromString(s.id());
        HsdsDocuments.Organization o = s.organization();
        Organization organization = entityManager.find(Organization.class, UUID.fromString(o.id()));
        if (organization == null) {
            organization = new Organization(UUID.fromString(o.id()), o.name(), o.alternateName(), o.description(),
                    o.email(), o.website());
            entityManager.persist(organization);
        }
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
        service.setAssurance(date(s.assuredDate()), s.assurerEmail(), s.alert());
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
            service.getCostOptions().add(new CostOption(childId(co.id(), id, "cost", n++), co.option(), co.amount(),
                    co.currency(), co.amountDescription()));
        }
        n = 0;
        for (HsdsDocuments.ServiceArea a : list(s.serviceAreas())) {
            Optional<Optional<Locality>> locality = a.name() == null ? Optional.empty() : serviceAreaLocality(a.name());
            if (locality.isPresent()) {
                service.getServiceAreas().add(new ServiceArea(childId(a.id(), id, "area", n++), a.name(),
                        a.description(), locality.get().orElse(null)));
            }
        }
        n = 0;
        for (HsdsDocuments.Schedule schedule : list(s.schedules())) {
            Schedule written = schedule(schedule, s.id() + "/schedule/" + n++);
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
                Schedule written = schedule(schedule, s.id() + "/at/" + n + "/schedule/" + m++);
                if (written != null) {
                    link.getSchedules().add(written);
                } else {
                    checked.warnings.add("service_at_locations[" + n + "].schedules: a session with a bad frequency,"
                            + " date or time; skipped");
                }
            }
            service.getServiceAtLocations().add(link);
            n++;
        }
        // An attribute keeps its id and value, as every other child does; one per term (attribute_once).
        Set<UUID> termsSeen = new HashSet<>();
        for (HsdsDocuments.Attribute a : list(s.attributes())) {
            TaxonomyTerm term = term(a.taxonomyTermId());
            if (term == null) {
                continue;
            }
            UUID attributeId = isUuid(a.id()) ? UUID.fromString(a.id()) : derived(id + "/attribute/" + term.getId());
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
    private Location location(HsdsDocuments.Location l, UUID serviceId, int index, boolean updateVenues,
            Set<UUID> affected) {
        UUID locationId = childId(l.id(), serviceId, "location", index);
        Location existing = entityManager.find(Location.class, locationId);
        if (existing != null && !updateVenues) {
            return existing;
        }
        Place place = place(l).orElseThrow();
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
            TaxonomyTerm term = term(a.taxonomyTermId());
            if (term == null) {
                continue;
            }
            UUID attributeId = isUuid(a.id()) ? UUID.fromString(a.id())
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

    private static @Nullable Schedule schedule(HsdsDocuments.Schedule s, String fallbackKey) {
        if (s.freq() != null && !FREQUENCIES.contains(s.freq())) {
            return null;
        }
        try {
            return new Schedule(isUuid(s.id()) ? UUID.fromString(s.id()) : derived(fallbackKey),
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

    // ---- helpers ----------------------------------------------------------------------------------

    /** The feed's own id when it is a UUID, else one derived from the parent and position (stable). */
    private static UUID childId(@Nullable String id, UUID parent, String kind, int index) {
        return isUuid(id) ? UUID.fromString(id) : derived(parent + "/" + kind + "/" + index);
    }

    private static UUID derived(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    public static boolean isUuid(@Nullable String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return parseDate(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static @Nullable LocalDate parseDate(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
