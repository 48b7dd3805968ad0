package org.familyhub.directory.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.familyhub.directory.content.Content.SourcedService;
import org.familyhub.directory.content.HsdsDocuments.AreaLocality;
import org.familyhub.directory.content.HsdsDocuments.AreaPostcode;
import org.familyhub.directory.content.HsdsDocuments.AreaTown;
import org.familyhub.directory.content.HsdsDocuments.TaxonomyDocument;
import org.familyhub.directory.content.HsdsDocuments.Term;
import org.familyhub.directory.domain.Accessibility;
import org.familyhub.directory.domain.Address;
import org.familyhub.directory.domain.Attribute;
import org.familyhub.directory.domain.Contact;
import org.familyhub.directory.domain.CostOption;
import org.familyhub.directory.domain.Language;
import org.familyhub.directory.domain.Locality;
import org.familyhub.directory.domain.Location;
import org.familyhub.directory.domain.Organization;
import org.familyhub.directory.domain.Phone;
import org.familyhub.directory.domain.PostcodeArea;
import org.familyhub.directory.domain.Schedule;
import org.familyhub.directory.domain.SchoolTerm;
import org.familyhub.directory.domain.Service;
import org.familyhub.directory.domain.ServiceArea;
import org.familyhub.directory.domain.ServiceAtLocation;
import org.familyhub.directory.domain.Taxonomy;
import org.familyhub.directory.domain.TaxonomyTerm;
import org.familyhub.directory.domain.Town;
import org.jspecify.annotations.Nullable;

import static org.familyhub.directory.content.HsdsDocuments.list;

/**
 * Writes validated content into the directory. Records are matched by id and only missing ones are
 * inserted, so loading the same content twice changes nothing.
 */
final class ContentWriter {

    private final EntityManager entityManager;
    private final AreaIndex area;
    private final Map<String, Locality> localities = new HashMap<>();
    private final Map<String, Town> towns = new HashMap<>();
    private final Map<String, TaxonomyTerm> terms = new HashMap<>();
    private int inserted;
    private final Set<UUID> insertedServices = new HashSet<>();

    /** What a load added: how many records, and which services (to index). */
    record Written(int records, Set<UUID> services) {
    }

    private ContentWriter(EntityManager entityManager, AreaIndex area) {
        this.entityManager = entityManager;
        this.area = area;
    }

    static Written write(EntityManager entityManager, Content content) {
        ContentWriter writer = new ContentWriter(entityManager, new AreaIndex(content.area()));
        writer.writeArea(content);
        content.taxonomies().forEach(writer::writeTaxonomy);
        list(content.termDates().terms()).forEach(writer::writeTerm);
        content.services().stream().map(SourcedService::service).forEach(writer::writeService);
        entityManager.flush();
        return new Written(writer.inserted, Set.copyOf(writer.insertedServices));
    }

    private void writeArea(Content content) {
        for (AreaLocality l : list(content.area().localities())) {
            localities.put(l.code(), findOrInsert(Locality.class, uuid(l.id()),
                    () -> new Locality(uuid(l.id()), l.code(), l.name(), l.description(), l.population())));
        }
        for (AreaTown t : list(content.area().towns())) {
            towns.put(t.name(), findOrInsert(Town.class, uuid(t.id()),
                    () -> new Town(uuid(t.id()), t.name(), localities.get(t.locality()), t.latitude(), t.longitude())));
        }
        for (AreaPostcode p : list(content.area().postcodes())) {
            findOrInsert(PostcodeArea.class, p.code(), () -> new PostcodeArea(p.code(), p.kind(),
                    localities.get(p.locality()), p.town() == null ? null : towns.get(p.town()), p.latitude(),
                    p.longitude()));
        }
    }

    private void writeTaxonomy(TaxonomyDocument document) {
        Taxonomy taxonomy = findOrInsert(Taxonomy.class, uuid(document.id()), () -> new Taxonomy(uuid(document.id()),
                document.name(), document.description(), document.uri(), document.version()));
        Map<String, TaxonomyTerm> byCode = new HashMap<>();
        // Parents before children, so every parent exists when its children refer to it.
        List<Term> ordered = list(document.terms()).stream()
                .sorted(Comparator.comparing(term -> term.parentCode() == null ? 0 : 1))
                .toList();
        for (Term term : ordered) {
            TaxonomyTerm saved = findOrInsert(TaxonomyTerm.class, uuid(term.id()), () -> new TaxonomyTerm(
                    uuid(term.id()), taxonomy, term.code(), term.name(), term.description(),
                    term.parentCode() == null ? null : byCode.get(term.parentCode()))
                    .inPolish(term.namePl(), term.descriptionPl()));
            byCode.put(term.code(), saved);
            terms.put(term.id(), saved);
        }
    }

    private void writeTerm(HsdsDocuments.TermDocument t) {
        findOrInsert(SchoolTerm.class, uuid(t.id()), () -> new SchoolTerm(uuid(t.id()), String.valueOf(t.name()),
                LocalDate.parse(String.valueOf(t.startsOn())), LocalDate.parse(String.valueOf(t.endsOn())),
                t.halfTerm() == null ? null : date(t.halfTerm().startsOn()),
                t.halfTerm() == null ? null : date(t.halfTerm().endsOn())));
    }

    private void writeService(HsdsDocuments.Service s) {
        UUID id = uuid(s.id());
        if (entityManager.find(Service.class, id) != null) {
            return;
        }
        HsdsDocuments.Organization o = s.organization();
        Organization organization = findOrInsert(Organization.class, uuid(o.id()), () -> new Organization(
                uuid(o.id()), o.name(), o.alternateName(), o.description(), o.email(), o.website()));
        Service service = new Service(id, organization, s.name(), s.status());
        // The content a directory starts with counts as published when it is loaded, never as news later.
        service.touch(service.getLastModified());
        service.describe(s.alternateName(), s.description(), s.url(), s.email());
        service.setAccess(s.applicationProcess(), s.feesDescription(), s.eligibilityDescription(),
                s.interpretationServices());
        service.setAges(s.minimumAge(), s.maximumAge());
        service.setAssurance(date(s.assuredDate()), s.assurerEmail(), s.alert());
        list(s.phones()).forEach(p -> service.getPhones().add(
                new Phone(uuid(p.id()), p.number(), p.type(), p.description())));
        list(s.contacts()).forEach(c -> service.getContacts().add(
                new Contact(uuid(c.id()), c.name(), c.title(), c.department(), c.email()).withPhone(
                        c.firstPhone().map(HsdsDocuments.Phone::number).orElse(null),
                        c.firstPhone().map(HsdsDocuments.Phone::type).orElse(null),
                        c.firstPhone().map(HsdsDocuments.Phone::description).orElse(null))));
        list(s.languages()).forEach(l -> service.getLanguages().add(
                new Language(uuid(l.id()), l.name(), l.code(), l.note())));
        list(s.costOptions()).forEach(c -> service.getCostOptions().add(
                new CostOption(uuid(c.id()), c.option(), c.amount(), c.currency(), c.amountDescription())));
        list(s.serviceAreas()).forEach(a -> service.getServiceAreas().add(new ServiceArea(uuid(a.id()), a.name(),
                a.description(), area.localityNamed(a.name()).map(l -> localities.get(l.code())).orElse(null))));
        list(s.schedules()).forEach(schedule -> service.getSchedules().add(schedule(schedule)));
        for (HsdsDocuments.ServiceAtLocation at : list(s.serviceAtLocations())) {
            ServiceAtLocation link = new ServiceAtLocation(uuid(at.id()), location(at.location()), at.description());
            list(at.schedules()).forEach(schedule -> link.getSchedules().add(schedule(schedule)));
            service.getServiceAtLocations().add(link);
        }
        list(s.attributes()).forEach(a -> service.getAttributes().add(
                new Attribute(uuid(a.id()), id, "service", terms.get(a.taxonomyTermId()))));
        entityManager.persist(service);
        insertedServices.add(id);
        inserted++;
    }

    private Location location(HsdsDocuments.Location l) {
        return findOrInsert(Location.class, uuid(l.id()), () -> {
            AreaLocality locality = area.localityOf(l).orElseThrow();
            Town town = area.townOf(l).map(t -> towns.get(t.name())).orElse(null);
            Location location = new Location(uuid(l.id()), l.locationType(), l.name(), l.description(),
                    l.transportation(), l.latitude(), l.longitude(), localities.get(locality.code()), town);
            list(l.addresses()).forEach(a -> location.getAddresses().add(new Address(uuid(a.id()), a.address1(),
                    a.address2(), a.city(), a.stateProvince(), a.postalCode(), a.country(),
                    a.addressType() == null ? "physical" : a.addressType())));
            list(l.accessibility()).forEach(a -> location.getAccessibility().add(
                    new Accessibility(uuid(a.id()), a.description(), a.details(), a.url())));
            list(l.attributes()).forEach(a -> location.getAttributes().add(
                    new Attribute(uuid(a.id()), location.getId(), "location", terms.get(a.taxonomyTermId()))));
            return location;
        });
    }

    private static Schedule schedule(HsdsDocuments.Schedule s) {
        // an id-less schedule's id is derived from its fields as they were before except_dates, so it stays the same
        String key = String.valueOf(s).replace(", exceptDates=null]", "]");
        return new Schedule(uuid(s.id() == null ? UUID.nameUUIDFromBytes(key.getBytes()).toString() : s.id()),
                new Schedule.Recurrence(s.freq(), s.interval(), s.byday(), s.bymonthday(), date(s.dtstart()),
                        date(s.until()), s.count(), date(s.validFrom()), date(s.validTo()), time(s.opensAt()),
                        time(s.closesAt()), s.wkst(), s.inTermTimeOnly(), s.exceptions()),
                s.description(), s.notes());
    }

    private <T, K> T findOrInsert(Class<T> type, K id, Supplier<T> create) {
        T existing = entityManager.find(type, id);
        if (existing != null) {
            return existing;
        }
        T created = create.get();
        entityManager.persist(created);
        inserted++;
        return created;
    }

    private static UUID uuid(@Nullable String id) {
        return UUID.fromString(String.valueOf(id));
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static @Nullable LocalTime time(@Nullable String text) {
        return text == null ? null : LocalTime.parse(text);
    }
}
