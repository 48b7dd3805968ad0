package org.familyhub.directory.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.familyhub.directory.content.Content.SourcedService;
import org.familyhub.directory.content.HsdsDocuments.Address;
import org.familyhub.directory.content.HsdsDocuments.Area;
import org.familyhub.directory.content.HsdsDocuments.AreaLocality;
import org.familyhub.directory.content.HsdsDocuments.AreaPostcode;
import org.familyhub.directory.content.HsdsDocuments.AreaTown;
import org.familyhub.directory.content.HsdsDocuments.Attribute;
import org.familyhub.directory.content.HsdsDocuments.CostOption;
import org.familyhub.directory.content.HsdsDocuments.Location;
import org.familyhub.directory.content.HsdsDocuments.Schedule;
import org.familyhub.directory.content.HsdsDocuments.Service;
import org.familyhub.directory.content.HsdsDocuments.ServiceArea;
import org.familyhub.directory.content.HsdsDocuments.ServiceAtLocation;
import org.familyhub.directory.content.HsdsDocuments.TaxonomyDocument;
import org.familyhub.directory.content.HsdsDocuments.Term;
import org.familyhub.directory.content.HsdsDocuments.TermDatesDocument;
import org.familyhub.directory.content.HsdsDocuments.TermDocument;
import org.familyhub.directory.TermDates;
import org.familyhub.directory.EmailAddress;
import org.familyhub.directory.ServiceStatus;
import org.jspecify.annotations.Nullable;

import static org.familyhub.directory.content.HsdsDocuments.list;

/**
 * Checks a whole content set before anything is written, and says for each problem the file, the
 * record and the field, so that whoever prepared the content can fix it.
 */
final class ContentValidator {

    static final List<String> REQUIRED_TAXONOMIES = List.of("category", "level-of-need", "access", "delivery");
    private static final Set<String> DAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}$");
    private static final Pattern POSTCODE_AREA = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]?( [0-9])?$");

    private final List<String> problems = new ArrayList<>();
    private final AreaIndex area;
    private final Map<String, String> taxonomyOfTerm = new HashMap<>();
    private final Map<String, Set<String>> idsByKind = new HashMap<>();
    private final Set<String> venuesChecked = new HashSet<>();

    private ContentValidator(Area area) {
        this.area = new AreaIndex(area);
    }

    static List<String> validate(Content content) {
        ContentValidator validator = new ContentValidator(content.area());
        validator.checkArea(content.area());
        content.taxonomies().forEach(validator::checkTaxonomy);
        content.services().forEach(validator::checkService);
        validator.checkTermDates(content.termDates());
        return validator.problems;
    }

    /** Each term whole and in order, its half term inside it, and no two terms overlapping. */
    private void checkTermDates(TermDatesDocument termDates) {
        List<TermDates.Term> terms = new ArrayList<>();
        for (TermDocument term : list(termDates.terms())) {
            Where at = new Where(ContentReader.TERM_DATES, "term '" + term.name() + "'");
            at.uuid("id", term.id(), "term");
            at.required("name", term.name());
            at.required("starts_on", term.startsOn());
            at.required("ends_on", term.endsOn());
            LocalDate starts = at.date("starts_on", term.startsOn());
            LocalDate ends = at.date("ends_on", term.endsOn());
            LocalDate halfStarts = null;
            LocalDate halfEnds = null;
            if (term.halfTerm() != null) {
                at.required("half_term.starts_on", term.halfTerm().startsOn());
                at.required("half_term.ends_on", term.halfTerm().endsOn());
                halfStarts = at.date("half_term.starts_on", term.halfTerm().startsOn());
                halfEnds = at.date("half_term.ends_on", term.halfTerm().endsOn());
            }
            if (starts == null || ends == null || term.halfTerm() != null && (halfStarts == null || halfEnds == null)) {
                continue;
            }
            try {
                TermDates.Term checked = new TermDates.Term(String.valueOf(term.name()), starts, ends, halfStarts,
                        halfEnds);
                terms.stream().filter(other -> !checked.startsOn().isAfter(other.endsOn())
                        && !other.startsOn().isAfter(checked.endsOn())).findFirst()
                        .ifPresent(other -> at.problem("starts_on", "overlaps the term '" + other.name() + "'"));
                terms.add(checked);
            } catch (IllegalArgumentException e) {
                at.problem("ends_on", "must not be before starts_on, with the half term inside the term");
            }
        }
    }

    private void checkArea(Area areaDocument) {
        Where where = new Where("area.json", "area");
        where.required("name", areaDocument.name());
        if (list(areaDocument.localities()).isEmpty()) {
            where.problem("localities", "must list at least one locality");
        }
        for (AreaLocality locality : list(areaDocument.localities())) {
            Where at = new Where("area.json", "locality '" + locality.name() + "'");
            at.uuid("id", locality.id(), "locality");
            at.required("code", locality.code());
            at.required("name", locality.name());
        }
        for (AreaTown town : list(areaDocument.towns())) {
            Where at = new Where("area.json", "town '" + town.name() + "'");
            at.uuid("id", town.id(), "town");
            at.required("name", town.name());
            at.localityCode("locality", town.locality());
            at.coordinates(town.latitude(), town.longitude());
        }
        for (AreaPostcode postcode : list(areaDocument.postcodes())) {
            Where at = new Where("area.json", "postcode '" + postcode.code() + "'");
            if (postcode.code() == null || !POSTCODE_AREA.matcher(postcode.code()).matches()) {
                at.problem("code", "must be a postcode district like 'CW1' or sector like 'CW1 3'", postcode.code());
            }
            if (!"district".equals(postcode.kind()) && !"sector".equals(postcode.kind())) {
                at.problem("kind", "must be 'district' or 'sector'", postcode.kind());
            }
            at.localityCode("locality", postcode.locality());
            if (postcode.town() != null && area.town(postcode.town()).isEmpty()) {
                at.problem("town", "names no town in area.json", postcode.town());
            }
            at.coordinates(postcode.latitude(), postcode.longitude());
        }
    }

    private void checkTaxonomy(TaxonomyDocument taxonomy) {
        Where where = new Where("taxonomies.json", "taxonomy '" + taxonomy.name() + "'");
        where.uuid("id", taxonomy.id(), "taxonomy");
        where.required("name", taxonomy.name());
        Set<String> codes = new HashSet<>();
        list(taxonomy.terms()).forEach(term -> codes.add(term.code()));
        for (Term term : list(taxonomy.terms())) {
            Where at = new Where("taxonomies.json", "term '" + term.code() + "' of '" + taxonomy.name() + "'");
            if (at.uuid("id", term.id(), "taxonomy term")) {
                taxonomyOfTerm.put(term.id(), String.valueOf(taxonomy.name()));
            }
            at.required("code", term.code());
            at.required("name", term.name());
            if (term.namePl() != null && (term.namePl().isBlank() || term.namePl().length() > 200)) {
                at.problem("name_pl", "must be 1 to 200 characters when given", term.namePl());
            }
            if (term.parentCode() != null && !codes.contains(term.parentCode())) {
                at.problem("parent_code", "names no term of this taxonomy", term.parentCode());
            }
        }
    }

    private void checkService(SourcedService sourced) {
        Service service = sourced.service();
        Where where = new Where(sourced.file(), "service '" + service.name() + "' (" + service.id() + ")");
        where.uuid("id", service.id(), "service");
        where.required("name", service.name());
        if (ServiceStatus.ofCode(service.status()).isEmpty()) {
            where.problem("status", "must be one of " + ServiceStatus.codes(), service.status());
        }
        where.email("email", service.email());
        where.date("assured_date", service.assuredDate());
        where.age("minimum_age", service.minimumAge());
        where.age("maximum_age", service.maximumAge());
        if (service.minimumAge() != null && service.maximumAge() != null
                && service.minimumAge().compareTo(service.maximumAge()) > 0) {
            where.problem("maximum_age", "must not be below minimum_age", service.maximumAge());
        }
        checkOrganization(where, service);
        list(service.phones()).forEach(phone -> {
            where.uuid("phones.id", phone.id(), "phone");
            where.required("phones.number", phone.number());
        });
        list(service.contacts()).forEach(contact -> {
            where.uuid("contacts.id", contact.id(), "contact");
            where.email("contacts.email", contact.email());
        });
        list(service.languages()).forEach(language -> {
            where.uuid("languages.id", language.id(), "language");
            where.required("languages.name", language.name());
        });
        list(service.costOptions()).forEach(cost -> checkCost(where, cost));
        list(service.serviceAreas()).forEach(serviceArea -> checkServiceArea(where, serviceArea));
        list(service.schedules()).forEach(schedule -> checkSchedule(where, "schedules", schedule));
        list(service.serviceAtLocations()).forEach(at -> checkServiceAtLocation(where, at));
        if (list(service.serviceAtLocations()).isEmpty() && list(service.serviceAreas()).isEmpty()) {
            where.problem("service_at_locations", "a service needs a venue or a service area, so families know where it is");
        }
        checkAttributes(where, "attributes", service.attributes(), true);
    }

    private void checkOrganization(Where where, Service service) {
        if (service.organization() == null) {
            where.problem("organization", "is required");
            return;
        }
        where.required("organization.id", service.organization().id());
        where.uuidFormat("organization.id", service.organization().id());
        where.required("organization.name", service.organization().name());
        where.email("organization.email", service.organization().email());
    }

    private void checkCost(Where where, CostOption cost) {
        where.uuid("cost_options.id", cost.id(), "cost option");
        if (cost.amount() != null && cost.amount().signum() < 0) {
            where.problem("cost_options.amount", "must not be negative", cost.amount());
        }
        if (cost.amount() != null && (cost.currency() == null || !cost.currency().matches("[A-Z]{3}"))) {
            where.problem("cost_options.currency", "must be a three-letter currency code such as GBP", cost.currency());
        }
    }

    private void checkServiceArea(Where where, ServiceArea serviceArea) {
        where.uuid("service_areas.id", serviceArea.id(), "service area");
        String name = serviceArea.name();
        if (name == null || (area.localityNamed(name).isEmpty() && !area.isWholeArea(name))) {
            where.problem("service_areas.name", "must name a locality or the whole area as in area.json", name);
        }
    }

    private void checkServiceAtLocation(Where where, ServiceAtLocation at) {
        where.uuid("service_at_locations.id", at.id(), "service at location");
        list(at.schedules()).forEach(schedule -> checkSchedule(where, "service_at_locations.schedules", schedule));
        Location location = at.location();
        if (location == null) {
            where.problem("service_at_locations.location", "is required");
            return;
        }
        // A venue is repeated in full in every service held there; it is checked the first time it is seen.
        if (location.id() != null && !venuesChecked.add(location.id())) {
            return;
        }
        Where venue = new Where(where.file, where.record + " › location '" + location.name() + "' (" + location.id() + ")");
        venue.required("id", location.id());
        venue.uuidFormat("id", location.id());
        if (!Set.of("physical", "postal", "virtual").contains(String.valueOf(location.locationType()))) {
            venue.problem("location_type", "must be physical, postal or virtual", location.locationType());
        }
        if ("physical".equals(location.locationType())) {
            venue.coordinates(location.latitude(), location.longitude());
            if (list(location.addresses()).isEmpty()) {
                venue.problem("addresses", "a venue needs its address");
            }
        }
        list(location.addresses()).forEach(address -> checkAddress(venue, address));
        if (!list(location.addresses()).isEmpty() && area.localityOf(location).isEmpty()) {
            venue.problem("addresses.postal_code", "resolves to no locality of the area (neither postcode nor town is in area.json)",
                    HsdsDocuments.firstAddress(location).map(Address::postalCode).orElse(null));
        }
        checkAttributes(venue, "attributes", location.attributes(), false);
    }

    private void checkAddress(Where where, Address address) {
        where.required("addresses.address_1", address.address1());
        where.required("addresses.city", address.city());
        where.required("addresses.country", address.country());
        if (address.postalCode() == null || !POSTCODE.matcher(address.postalCode()).matches()) {
            where.problem("addresses.postal_code", "must be a full UK postcode like 'CW1 3AB'", address.postalCode());
        }
    }

    private void checkSchedule(Where where, String field, Schedule schedule) {
        if (schedule.freq() != null && !Set.of("WEEKLY", "MONTHLY").contains(schedule.freq())) {
            where.problem(field + ".freq", "must be WEEKLY or MONTHLY", schedule.freq());
        }
        if (schedule.byday() != null) {
            for (String day : schedule.byday().split(",")) {
                if (!DAYS.contains(day.trim().replaceFirst("^[+-]?\\d", ""))) {
                    where.problem(field + ".byday", "must be days like MO,TU (or 1MO for the first Monday)", schedule.byday());
                }
            }
        }
        where.date(field + ".dtstart", schedule.dtstart());
        where.date(field + ".until", schedule.until());
        where.date(field + ".valid_from", schedule.validFrom());
        where.date(field + ".valid_to", schedule.validTo());
        list(schedule.exceptDates()).forEach(date -> where.date(field + ".except_dates", date));
        LocalTime opens = where.time(field + ".opens_at", schedule.opensAt());
        LocalTime closes = where.time(field + ".closes_at", schedule.closesAt());
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            where.problem(field + ".closes_at", "must be after opens_at", schedule.closesAt());
        }
    }

    private void checkAttributes(Where where, String field, @Nullable List<Attribute> attributes, boolean isService) {
        Set<String> taxonomies = new HashSet<>();
        for (Attribute attribute : list(attributes)) {
            where.uuid(field + ".id", attribute.id(), "attribute");
            String taxonomy = attribute.taxonomyTermId() == null ? null : taxonomyOfTerm.get(attribute.taxonomyTermId());
            if (taxonomy == null) {
                where.problem(field + ".taxonomy_term_id", "names no term in taxonomies.json", attribute.taxonomyTermId());
            } else {
                taxonomies.add(taxonomy);
            }
        }
        if (isService) {
            REQUIRED_TAXONOMIES.stream().filter(required -> !taxonomies.contains(required)).forEach(missing ->
                    where.problem(field, "needs at least one '" + missing + "' term"));
        }
    }

    /** Where a problem is: file and record; it also remembers ids so duplicates are caught. */
    private final class Where {
        private final String file;
        private final String record;

        Where(String file, String record) {
            this.file = file;
            this.record = record;
        }

        void problem(String field, String message) {
            problems.add(file + ": " + record + ": field '" + field + "' " + message);
        }

        void problem(String field, String message, @Nullable Object value) {
            problems.add(file + ": " + record + ": field '" + field + "' " + message + " (was '" + value + "')");
        }

        void required(String field, @Nullable String value) {
            if (value == null || value.isBlank()) {
                problem(field, "is required");
            }
        }

        boolean uuidFormat(String field, @Nullable String value) {
            if (value == null) {
                return false;
            }
            try {
                UUID.fromString(value);
                return true;
            } catch (IllegalArgumentException e) {
                problem(field, "must be a UUID", value);
                return false;
            }
        }

        /** A required UUID that no other record of the same kind uses. */
        boolean uuid(String field, @Nullable String value, String kind) {
            required(field, value);
            if (!uuidFormat(field, value)) {
                return false;
            }
            if (!idsByKind.computeIfAbsent(kind, k -> new HashSet<>()).add(value)) {
                problem(field, "is used by another " + kind, value);
                return false;
            }
            return true;
        }

        void email(String field, @Nullable String value) {
            if (value != null && EmailAddress.parse(value).isEmpty()) {
                problem(field, "must be an e-mail address", value);
            }
        }

        @Nullable LocalDate date(String field, @Nullable String value) {
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(field, "must be a date like 2026-09-01", value);
                return null;
            }
        }

        @Nullable LocalTime time(String field, @Nullable String value) {
            if (value == null) {
                return null;
            }
            try {
                return LocalTime.parse(value);
            } catch (DateTimeParseException e) {
                problem(field, "must be a time like 09:30", value);
                return null;
            }
        }

        void age(String field, @Nullable BigDecimal value) {
            if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(120)) > 0)) {
                problem(field, "must be an age in years from 0 to 120", value);
            }
        }

        void localityCode(String field, @Nullable String code) {
            if (code == null || area.locality(code).isEmpty()) {
                problem(field, "names no locality code in area.json", code);
            }
        }

        void coordinates(@Nullable Double latitude, @Nullable Double longitude) {
            if (latitude == null || latitude < 49 || latitude > 61) {
                problem("latitude", "must be a latitude in the UK", latitude);
            }
            if (longitude == null || longitude < -9 || longitude > 2) {
                problem("longitude", "must be a longitude in the UK", longitude);
            }
        }
    }
}
