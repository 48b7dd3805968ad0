package org.familyhub.directory.feed;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.familyhub.directory.AreaLookup;
import org.familyhub.directory.PostcodeLocation;
import org.familyhub.directory.ServicesChanged;
import org.familyhub.directory.content.HsdsDocuments;
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
import org.familyhub.directory.domain.TaxonomyTerm;
import org.familyhub.directory.domain.Town;
import org.familyhub.directory.domain.TownRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import static org.familyhub.directory.content.HsdsDocuments.list;

/**
 * Validates one fully nested service of a feed and writes it: inserted when new, updated when it
 * changed and belongs to the same source, otherwise left alone. Runs inside the caller's transaction
 * (one per record), and publishes {@link ServicesChanged} for every service it writes.
 */
@Component
class FeedRecords {

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static final Set<String> STATUSES = Set.of("active", "inactive", "defunct", "temporarily closed");
    private static final Set<String> LOCATION_TYPES = Set.of("physical", "postal", "virtual");
    private static final Set<String> FREQUENCIES = Set.of("WEEKLY", "MONTHLY");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final EntityManager entityManager;
    private final AreaLookup area;
    private final LocalityRepository localities;
    private final TownRepository towns;
    private final ServiceSourceRepository sources;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String areaName;

    FeedRecords(EntityManager entityManager, AreaLookup area, LocalityRepository localities, TownRepository towns,
            ServiceSourceRepository sources, ApplicationEventPublisher events, Clock clock,
            @Value("${familyhub.area-name:}") String areaName) {
        this.entityManager = entityManager;
        this.area = area;
        this.localities = localities;
        this.towns = towns;
        this.sources = sources;
        this.events = events;
        this.clock = clock;
        this.areaName = areaName;
    }

    /** The record's id and name as the feed gives them, for the report even when the record is bad. */
    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }

    RecordOutcome importRecord(UUID sourceId, JsonNode node) {
        String rawId = text(node, "id");
        String rawName = text(node, "name");
        HsdsDocuments.Service s;
        try {
            s = JSON.treeToValue(node, HsdsDocuments.Service.class);
        } catch (JacksonException e) {
            String field = e.getPath().stream()
                    .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return new RecordOutcome(rawId, rawName, RecordOutcome.REJECTED,
                    List.of("field '" + field + "' has the wrong type"));
        }
        Checked checked = new Checked();
        check(s, checked);
        if (!checked.errors.isEmpty()) {
            return new RecordOutcome(rawId, rawName, RecordOutcome.REJECTED, checked.errors);
        }
        UUID id = UUID.fromString(s.id());
        Optional<ServiceSource> marked = sources.findById(id);
        Service existing = entityManager.find(Service.class, id);
        if (existing != null && (marked.isEmpty() || !marked.get().getFeedSourceId().equals(sourceId))) {
            return new RecordOutcome(rawId, rawName, RecordOutcome.REJECTED, List.of("conflict: service " + id
                    + " is already listed " + (marked.isEmpty() ? "by the portal's own content" : "by another feed")
                    + " and is not changed by this feed"));
        }
        String hash = hash(node);
        Instant now = clock.instant();
        if (existing != null && marked.get().getContentHash().equals(hash)) {
            marked.get().seen(hash, now);
            return new RecordOutcome(rawId, rawName, RecordOutcome.UNCHANGED, checked.warnings);
        }
        write(s, existing, checked);
        Service service = entityManager.find(Service.class, id);
        service.touch(now);
        if (marked.isPresent()) {
            marked.get().seen(hash, now);
        } else {
            entityManager.persist(new ServiceSource(id, sourceId, s.id(), hash, now));
        }
        entityManager.flush();
        events.publishEvent(new ServicesChanged(Set.of(id)));
        return new RecordOutcome(rawId, rawName, existing == null ? RecordOutcome.ADDED : RecordOutcome.UPDATED,
                checked.warnings);
    }

    /** Marks an imported service inactive (never deletes it); its name, or empty if it already was. */
    Optional<String> retire(UUID serviceId) {
        Service service = entityManager.find(Service.class, serviceId);
        if (service == null || service.getStatus().equals("inactive")) {
            return Optional.empty();
        }
        service.changeStatus("inactive");
        service.touch(clock.instant());
        events.publishEvent(new ServicesChanged(Set.of(serviceId)));
        return Optional.of(service.getName());
    }

    // ---- validation -------------------------------------------------------------------------------

    private static final class Checked {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
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
        if (s.status() == null || !STATUSES.contains(s.status())) {
            c.errors.add("status: must be active, inactive, defunct or temporarily closed ('" + s.status() + "')");
        }
        if (s.email() != null && !EMAIL.matcher(s.email()).matches()) {
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
            }
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

    private void write(HsdsDocuments.Service s, @Nullable Service existing, Checked checked) {
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
            service.getContacts().add(new Contact(childId(ct.id(), id, "contact", n++), ct.name(), ct.title(),
                    ct.department(), ct.email()));
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
                    n), at.description());
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
        Set<UUID> termsSeen = new HashSet<>();
        for (HsdsDocuments.Attribute a : list(s.attributes())) {
            TaxonomyTerm term = term(a.taxonomyTermId());
            if (term != null && termsSeen.add(term.getId())) {
                service.getAttributes().add(new Attribute(derived(id + "/attribute/" + term.getId()), id, "service",
                        term));
            }
        }
        if (existing == null) {
            entityManager.persist(service);
        }
    }

    /** A venue already in the directory is reused as it is; a new one is placed in its locality. */
    private Location location(HsdsDocuments.Location l, UUID serviceId, int index) {
        UUID locationId = childId(l.id(), serviceId, "location", index);
        Location existing = entityManager.find(Location.class, locationId);
        if (existing != null) {
            return existing;
        }
        Place place = place(l).orElseThrow();
        Location location = new Location(locationId, l.locationType() == null ? "physical" : l.locationType(),
                l.name(), l.description(), l.transportation(), l.latitude(), l.longitude(), place.locality(),
                place.town());
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
            if (term != null && termsSeen.add(term.getId())) {
                location.getAttributes().add(new Attribute(derived(locationId + "/attribute/" + term.getId()),
                        locationId, "location", term));
            }
        }
        entityManager.persist(location);
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
                            s.closesAt() == null ? null : LocalTime.parse(s.closesAt()), s.wkst()),
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

    static boolean isUuid(@Nullable String text) {
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

    static String hash(JsonNode node) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
