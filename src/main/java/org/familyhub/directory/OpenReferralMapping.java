package org.familyhub.directory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.familyhub.directory.OpenReferralRecords.Detail;
import org.familyhub.directory.domain.Address;
import org.familyhub.directory.domain.Attribute;
import org.familyhub.directory.domain.Locality;
import org.familyhub.directory.domain.Location;
import org.familyhub.directory.domain.Organization;
import org.familyhub.directory.domain.Schedule;
import org.familyhub.directory.domain.Service;
import org.familyhub.directory.domain.ServiceAtLocation;
import org.familyhub.directory.domain.Taxonomy;
import org.familyhub.directory.domain.TaxonomyTerm;
import org.jspecify.annotations.Nullable;

/** Turns directory records into the published HSDS 3.0 records, leaving out what must not be public. */
final class OpenReferralMapping {

    /**
     * Localities are the portal's own table, not a taxonomy, but HSDS publishes classifications only as
     * attributes linking taxonomy terms: so they are published as a taxonomy whose term ids are the
     * localities' own ids, and whose ids are derived from names so they never change between starts.
     */
    static final UUID LOCALITY_TAXONOMY_ID = derivedId("taxonomy:locality");
    static final String LOCALITY_TAXONOMY = "locality";

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private OpenReferralMapping() {
    }

    static OpenReferralRecords.Taxonomy localityTaxonomy(String areaName) {
        return new OpenReferralRecords.Taxonomy(LOCALITY_TAXONOMY_ID, LOCALITY_TAXONOMY,
                "The localities of " + areaName + " that services and venues are organised by", null, "1");
    }

    /**
     * @param areaName         the council's area, an address's county when it has none of its own
     * @param withOrganization false when the service is nested in its organisation already
     */
    static OpenReferralRecords.Service service(Service service, Detail detail, List<Locality> allLocalities,
            String areaName, boolean withOrganization) {
        return service(service, detail, allLocalities, areaName, withOrganization, List.of());
    }

    /** @param extra other modules' attributes of the service ({@link ServiceAttributeSource}), after its own */
    static OpenReferralRecords.Service service(Service service, Detail detail, List<Locality> allLocalities,
            String areaName, boolean withOrganization, List<OpenReferralRecords.Attribute> extra) {
        return service(service, detail, allLocalities, areaName, withOrganization, extra, List.of());
    }

    /** @param extraSchedules other modules' schedules of the service ({@link ServiceScheduleSource}), after its own */
    static OpenReferralRecords.Service service(Service service, Detail detail, List<Locality> allLocalities,
            String areaName, boolean withOrganization, List<OpenReferralRecords.Attribute> extra,
            List<OpenReferralRecords.Schedule> extraSchedules) {
        boolean full = detail == Detail.FULL;
        return new OpenReferralRecords.Service(service.getId(), service.getOrganization().getId(), service.getName(),
                service.getAlternateName(), service.getDescription(), service.getUrl(), service.getEmail(),
                service.getStatus(), service.getInterpretationServices(), service.getApplicationProcess(),
                service.getFeesDescription(), service.getEligibilityDescription(), service.getMinimumAge(),
                service.getMaximumAge(), date(service.getAssuredDate()), service.getAssurerEmail(),
                service.getAlert(), OpenReferralRecords.timestamp(service.getLastModified()),
                withOrganization ? organization(service.getOrganization()) : null,
                service.getPhones().stream().map(OpenReferralMapping::phone).toList(),
                full ? java.util.stream.Stream.concat(service.getSchedules().stream().map(OpenReferralMapping::schedule),
                        extraSchedules.stream()).sorted(SCHEDULE_ORDER).toList() : null,
                service.getServiceAreas().stream().map(a -> new OpenReferralRecords.ServiceArea(a.getId(),
                        service.getId(), a.getName(), a.getDescription())).toList(),
                full ? service.getServiceAtLocations().stream().map(sal -> serviceAtLocation(service, sal, areaName))
                        .toList()
                        : null,
                service.getLanguages().stream().map(l -> new OpenReferralRecords.Language(l.getId(),
                        l.getName(), l.getCode(), l.getNote())).toList(),
                service.getCostOptions().stream().map(c -> new OpenReferralRecords.CostOption(c.getId(),
                        date(c.getValidFrom()), date(c.getValidTo()), c.getOption(), c.getCurrency(), c.getAmount(),
                        c.getAmountDescription())).toList(),
                full ? service.getContacts().stream().map(c -> contact(service, c)).toList() : null,
                java.util.stream.Stream.concat(serviceAttributes(service, allLocalities).stream(), extra.stream())
                        .sorted(ATTRIBUTE_ORDER).toList());
    }

    /**
     * Attributes by taxonomy, then term name, then id; schedules by first date, then time, then id. The database
     * gives a collection in no particular order (a page's batch fetch and a single read differ), and the same
     * record must be the same document wherever it is published, here or by a portal that imported it.
     */
    static final Comparator<OpenReferralRecords.Attribute> ATTRIBUTE_ORDER = Comparator
            .comparing(OpenReferralRecords.Attribute::linkType)
            .thenComparing(a -> a.taxonomyTerm().name())
            .thenComparing(OpenReferralRecords.Attribute::id);
    static final Comparator<OpenReferralRecords.Schedule> SCHEDULE_ORDER = Comparator
            .comparing(OpenReferralRecords.Schedule::dtstart, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(OpenReferralRecords.Schedule::opensAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(OpenReferralRecords.Schedule::id);

    /** Another module's fact about a service, as an attribute of a term of the directory's taxonomies. */
    static OpenReferralRecords.Attribute extraAttribute(UUID serviceId, TaxonomyTerm term, int occurrence,
            String value, @Nullable String label) {
        String key = "attribute:" + serviceId + ":" + term.getId() + (occurrence == 0 ? "" : ":" + occurrence);
        return new OpenReferralRecords.Attribute(derivedId(key), serviceId,
                term.getTaxonomy().getName(), "service", term.getId(), value, label, term(term));
    }

    static OpenReferralRecords.Organization organization(Organization organization) {
        return organization(organization, null);
    }

    static OpenReferralRecords.Organization organization(Organization organization,
            @Nullable List<OpenReferralRecords.Service> services) {
        // HSDS requires a description; an organisation without one is described by its name.
        return new OpenReferralRecords.Organization(organization.getId(), organization.getName(),
                organization.getAlternateName(), orElse(organization.getDescription(), organization.getName()),
                organization.getEmail(), organization.getWebsite(), organization.getIdentifiers().stream()
                        .map(i -> new OpenReferralRecords.OrganizationIdentifier(i.getId(), organization.getId(),
                                i.getIdentifierScheme(), i.getIdentifierType(), i.getIdentifier())).toList(),
                services);
    }

    static OpenReferralRecords.Taxonomy taxonomy(Taxonomy taxonomy) {
        return new OpenReferralRecords.Taxonomy(taxonomy.getId(), taxonomy.getName(),
                orElse(taxonomy.getDescription(), taxonomy.getName()), taxonomy.getUri(), taxonomy.getVersion());
    }

    static OpenReferralRecords.TaxonomyTerm term(TaxonomyTerm term) {
        return new OpenReferralRecords.TaxonomyTerm(term.getId(), term.getCode(), term.getName(),
                orElse(term.getDescription(), term.getName()),
                term.getParent() == null ? null : term.getParent().getId(), term.getTaxonomy().getName(),
                term.getTaxonomy().getId());
    }

    static OpenReferralRecords.TaxonomyTerm localityTerm(Locality locality) {
        return new OpenReferralRecords.TaxonomyTerm(locality.getId(), locality.getCode(), locality.getName(),
                orElse(locality.getDescription(), locality.getName()), null, LOCALITY_TAXONOMY,
                LOCALITY_TAXONOMY_ID);
    }

    static OpenReferralRecords.ServiceAtLocation serviceAtLocation(Service service, ServiceAtLocation sal,
            String areaName) {
        return new OpenReferralRecords.ServiceAtLocation(sal.getId(), service.getId(), sal.getLocation().getId(),
                sal.getDescription(), sal.getSchedules().stream().map(OpenReferralMapping::schedule).toList(),
                location(sal.getLocation(), areaName));
    }

    private static OpenReferralRecords.Location location(Location location, String areaName) {
        List<OpenReferralRecords.Attribute> attributes = new ArrayList<>(
                location.getAttributes().stream().map(a -> attribute(a, "location")).toList());
        attributes.add(localityAttribute(location.getId(), "location", location.getLocality()));
        attributes.sort(ATTRIBUTE_ORDER);
        return new OpenReferralRecords.Location(location.getId(), location.getLocationType(), location.getUrl(),
                location.getName(), location.getAlternateName(), location.getDescription(),
                location.getTransportation(), location.getLatitude(), location.getLongitude(),
                location.getAddresses().stream().map(a -> address(a, areaName)).toList(),
                location.getAccessibility().stream().map(a -> new OpenReferralRecords.Accessibility(a.getId(),
                        a.getDescription(), a.getDetails(), a.getUrl())).toList(),
                attributes);
    }

    private static OpenReferralRecords.Address address(Address address, String areaName) {
        // state_province is required by HSDS but an empty value must be left out (ORUK): UK addresses often have
        // no county, so it falls back to the region, then to the council's area, which the venue is in.
        return new OpenReferralRecords.Address(address.getId(), address.getAttention(), address.getAddress1(),
                address.getAddress2(), address.getCity(), address.getRegion(),
                orElse(address.getStateProvince(), orElse(address.getRegion(), areaName)), address.getPostalCode(),
                address.getCountry(), address.getAddressType());
    }

    /**
     * The service's own classifications and the localities it is offered in: its venues' and its
     * service areas' localities, and every locality when an area has none (it covers the whole area).
     */
    private static List<OpenReferralRecords.Attribute> serviceAttributes(Service service,
            List<Locality> allLocalities) {
        List<OpenReferralRecords.Attribute> attributes = new ArrayList<>(
                service.getAttributes().stream().map(a -> attribute(a, "service")).toList());
        Map<UUID, Locality> localities = new LinkedHashMap<>();
        service.getServiceAtLocations().forEach(sal ->
                localities.putIfAbsent(sal.getLocation().getLocality().getId(), sal.getLocation().getLocality()));
        service.getServiceAreas().forEach(area -> {
            List<Locality> covered = area.getLocality() == null ? allLocalities : List.of(area.getLocality());
            covered.forEach(l -> localities.putIfAbsent(l.getId(), l));
        });
        localities.values().forEach(l -> attributes.add(localityAttribute(service.getId(), "service", l)));
        return attributes;
    }

    private static OpenReferralRecords.Attribute attribute(Attribute attribute, String entity) {
        TaxonomyTerm term = attribute.getTaxonomyTerm();
        return new OpenReferralRecords.Attribute(attribute.getId(), attribute.getLinkId(),
                term.getTaxonomy().getName(), entity, term.getId(), attribute.getValue(), attribute.getLabel(),
                term(term));
    }

    private static OpenReferralRecords.Attribute localityAttribute(UUID linkId, String entity, Locality locality) {
        return new OpenReferralRecords.Attribute(derivedId("attribute:" + linkId + ":" + locality.getId()), linkId,
                LOCALITY_TAXONOMY, entity, locality.getId(), null, null, localityTerm(locality));
    }

    private static OpenReferralRecords.Schedule schedule(Schedule schedule) {
        return new OpenReferralRecords.Schedule(schedule.getId(), date(schedule.getValidFrom()),
                date(schedule.getValidTo()), date(schedule.getDtstart()), date(schedule.getUntil()),
                schedule.getCount(), schedule.getWkst(), schedule.getFreq(), schedule.getInterval(),
                schedule.getByday(), schedule.getBymonthday(), time(schedule.getOpensAt()),
                time(schedule.getClosesAt()), schedule.getDescription(), notes(schedule));
    }

    /**
     * The schedule's notes, with the dates it does not meet said in words ("Not on 22 December 2026."): HSDS 3
     * has no field for them, and a field of the portal's own would be read by no one.
     */
    private static @Nullable String notes(Schedule schedule) {
        String notOn = ScheduleWords.in(Locale.UK).notOn(schedule.getExceptDates());
        if (notOn == null) {
            return schedule.getNotes();
        }
        String notes = schedule.getNotes() == null || schedule.getNotes().isBlank() ? null : schedule.getNotes().strip();
        return notes == null ? notOn + "." : notes + (notes.endsWith(".") ? " " : ". ") + notOn + ".";
    }

    private static OpenReferralRecords.Phone phone(org.familyhub.directory.domain.Phone phone) {
        return new OpenReferralRecords.Phone(phone.getId(), phone.getNumber(), phone.getExtension(), phone.getType(),
                phone.getDescription());
    }

    /**
     * A contact is published by role and team only: its person's name never, and its e-mail only when
     * it is a mailbox of the service or its organisation (same domain, not shaped like name.surname).
     */
    private static OpenReferralRecords.Contact contact(Service service,
            org.familyhub.directory.domain.Contact contact) {
        return new OpenReferralRecords.Contact(contact.getId(), contact.getTitle(), contact.getDepartment(),
                isServiceMailbox(contact.getEmail(), service) ? contact.getEmail() : null,
                contact.getPhone() == null ? List.of() : List.of(phone(contact.getPhone())));
    }

    static boolean isServiceMailbox(@Nullable String email, Service service) {
        if (email == null || !email.contains("@")) {
            return false;
        }
        String address = email.toLowerCase(Locale.ROOT);
        String local = address.substring(0, address.indexOf('@'));
        String domain = address.substring(address.indexOf('@') + 1);
        boolean sameDomain = List.of(orElse(service.getEmail(), ""), orElse(service.getOrganization().getEmail(), ""))
                .stream().map(e -> e.toLowerCase(Locale.ROOT))
                .anyMatch(e -> e.equals(address) || e.endsWith("@" + domain));
        return sameDomain && !local.matches("[a-z]+[._][a-z]+");
    }

    private static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static @Nullable String time(@Nullable LocalTime time) {
        return time == null ? null : time.format(HOURS_MINUTES);
    }

    private static String orElse(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static UUID derivedId(String name) {
        return UUID.nameUUIDFromBytes(("familyhub:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
