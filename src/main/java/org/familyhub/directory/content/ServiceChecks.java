package org.familyhub.directory.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.familyhub.directory.EmailAddress;
import org.familyhub.directory.PhoneNumber;
import org.familyhub.directory.ServiceStatus;
import org.familyhub.directory.content.ServiceImport.Strictness;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static org.familyhub.directory.content.HsdsDocuments.list;
import static org.familyhub.directory.content.ReferenceLookup.isUuid;

/**
 * The one set of rules a service document meets before it is written, however it came in. A rule is one of three
 * kinds: <em>always</em> an error (a service the directory cannot hold or show: no name, an unknown status, a
 * venue outside the area, a phone number that is not a UK one); <em>strictness decides</em> (a part the service can
 * do without — a phone with no number, a language with no name, an unknown service area or term, a session that is
 * not a session, a negative cost: an error when strict, a warning when lenient, and the writer leaves the part
 * out); or <em>completeness</em> (every record's own id, a venue's full address and map point, a venue or service
 * area, a price's currency, the four required classifications: an error when strict, not asked when lenient,
 * where ids are derived and the gaps are editors' to fill).
 */
@Component
class ServiceChecks {

    static final List<String> REQUIRED_TAXONOMIES = List.of("category", "level-of-need", "access", "delivery");
    private static final Set<String> LOCATION_TYPES = Set.of("physical", "postal", "virtual");
    private static final Set<String> FREQUENCIES = Set.of("WEEKLY", "MONTHLY");
    private static final Set<String> DAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}$");

    private final ReferenceLookup reference;

    ServiceChecks(ReferenceLookup reference) {
        this.reference = reference;
    }

    /** What checking found: errors refuse the document, warnings name what is left out. */
    static final class Findings {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        private final Strictness strictness;

        Findings(Strictness strictness) {
            this.strictness = strictness;
        }

        void error(String message) {
            errors.add(message);
        }

        /** A part the service can do without: refused when strict, else left out with a warning. */
        void skippable(List<String> problems, String warning) {
            if (problems.isEmpty()) {
                return;
            }
            if (strictness == Strictness.STRICT) {
                errors.addAll(problems);
            } else {
                warnings.add(warning);
            }
        }

        /** Completeness: asked only when strict. */
        void complete(String problem) {
            if (strictness == Strictness.STRICT) {
                errors.add(problem);
            }
        }

        void ownId(String field, @Nullable String id) {
            if (!isUuid(id)) {
                complete(field + ": is required and must be a UUID ('" + id + "')");
            }
        }
    }

    Findings check(HsdsDocuments.Service s, Strictness strictness) {
        Findings c = new Findings(strictness);
        checkService(s, c);
        checkOrganization(s.organization(), c);
        checkRegisterNumbers(s.organization(), c);
        list(s.phones()).forEach(p -> checkPhone(p, c));
        list(s.contacts()).forEach(contact -> checkContact(contact, c));
        for (HsdsDocuments.Language l : list(s.languages())) {
            c.ownId("languages.id", l.id());
            c.skippable(blank(l.name()) ? List.of("languages.name: is required") : List.of(),
                    "languages: a language without a name; skipped");
        }
        for (HsdsDocuments.CostOption cost : list(s.costOptions())) {
            c.ownId("cost_options.id", cost.id());
            c.skippable(costProblems(cost), "cost_options: '" + cost.option() + "' has a negative amount; skipped");
            // A price needs its currency; nothing to pay needs none (feeds often send "amount": 0 alone).
            if (cost.amount() != null && cost.amount().signum() > 0
                    && (cost.currency() == null || !cost.currency().matches("[A-Z]{3}"))) {
                c.complete("cost_options.currency: must be a three-letter currency code such as GBP ('"
                        + cost.currency() + "')");
            }
        }
        for (HsdsDocuments.ServiceArea a : list(s.serviceAreas())) {
            c.ownId("service_areas.id", a.id());
            c.skippable(reference.serviceAreaLocality(a.name()).isPresent() ? List.of()
                    : List.of("service_areas.name: '" + a.name() + "' is not a locality of " + reference.areaName()),
                    "service_areas: '" + a.name() + "' is not a locality of " + reference.areaName() + "; skipped");
        }
        for (HsdsDocuments.Schedule schedule : list(s.schedules())) {
            c.skippable(scheduleProblems(schedule, "schedules"),
                    "schedules: '" + schedule.id() + "' has a bad frequency, date or time; skipped");
        }
        int index = 0;
        for (HsdsDocuments.ServiceAtLocation at : list(s.serviceAtLocations())) {
            checkServiceAtLocation(at, "service_at_locations[" + index++ + "]", c);
        }
        if (list(s.serviceAtLocations()).isEmpty() && list(s.serviceAreas()).isEmpty()) {
            c.complete("service_at_locations: a service needs a venue or a service area, so families know where it is");
        }
        checkAttributes(s.attributes(), c);
        return c;
    }

    private static void checkService(HsdsDocuments.Service s, Findings c) {
        if (blank(s.id())) {
            c.error("id: is required");
        } else if (!isUuid(s.id())) {
            c.error("id: must be a UUID ('" + s.id() + "')");
        }
        if (blank(s.name())) {
            c.error("name: is required");
        } else if (s.name().length() > 250) {
            c.error("name: is longer than 250 characters");
        }
        if (ServiceStatus.ofCode(s.status()).isEmpty()) {
            c.error("status: must be one of " + ServiceStatus.codes() + " ('" + s.status() + "')");
        }
        email("email", s.email(), c);
        age("minimum_age", s.minimumAge(), c);
        age("maximum_age", s.maximumAge(), c);
        if (s.minimumAge() != null && s.maximumAge() != null && s.minimumAge().compareTo(s.maximumAge()) > 0) {
            c.error("minimum_age: is above maximum_age");
        }
        if (s.assuredDate() != null && date(s.assuredDate()) == null) {
            c.error("assured_date: must be a date like 2025-01-31 ('" + s.assuredDate() + "')");
        }
    }

    private static void checkOrganization(HsdsDocuments.@Nullable Organization o, Findings c) {
        if (o == null) {
            c.error("organization: is required");
            return;
        }
        if (!isUuid(o.id())) {
            c.error("organization.id: must be a UUID ('" + o.id() + "')");
        }
        if (blank(o.name())) {
            c.error("organization.name: is required");
        }
        email("organization.email", o.email(), c);
    }

    /**
     * A charity or company number says which organisation it is: numbers not in a register's shape are left out, and
     * a number the directory already holds puts the service under that organisation (the writer does so), said here.
     */
    private void checkRegisterNumbers(HsdsDocuments.@Nullable Organization o, Findings c) {
        if (o == null) {
            return;
        }
        for (HsdsDocuments.OrganizationIdentifier i : list(o.organizationIdentifiers())) {
            if (ReferenceLookup.registerNumber(i).isEmpty()) {
                c.skippable(List.of("organization.organization_identifiers: '" + i.identifierScheme() + " "
                        + i.identifier() + "' is not a charity (GB-CHC) or company (GB-COH) number"),
                        "organization.organization_identifiers: '" + i.identifierScheme() + " " + i.identifier()
                                + "' is not a charity (GB-CHC) or company (GB-COH) number; skipped");
            }
        }
        if (!isUuid(o.id())) {
            return;
        }
        for (org.familyhub.directory.RegisterNumber number : ReferenceLookup.registerNumbers(o)) {
            reference.holderOf(number).filter(holder -> !holder.getId().toString().equalsIgnoreCase(o.id()))
                    .ifPresent(holder -> c.warnings.add("organization: " + number.register().scheme() + " "
                            + number.number() + " is the number of '" + holder.getName()
                            + "' in this directory, so the service is listed under it"));
        }
    }

    private static void checkPhone(HsdsDocuments.Phone p, Findings c) {
        c.ownId("phones.id", p.id());
        if (blank(p.number())) {
            c.skippable(List.of("phones.number: is required"), "phones: a phone without a number; skipped");
        } else if (PhoneNumber.parse(p.number()).isEmpty()) {
            c.error("phones: is not a UK phone number ('" + p.number() + "')");
        }
    }

    private static void checkContact(HsdsDocuments.Contact contact, Findings c) {
        c.ownId("contacts.id", contact.id());
        email("contacts.email", contact.email(), c);
        if (list(contact.phones()).size() > 1) {
            c.warnings.add("contacts: '" + contact.title() + "' has more than one phone; the first is kept");
        }
        contact.firstPhone().filter(p -> PhoneNumber.parse(p.number()).isEmpty()).ifPresent(p -> c.error(
                "contacts.phones: is not a UK phone number ('" + p.number() + "')"));
    }

    private void checkServiceAtLocation(HsdsDocuments.ServiceAtLocation at, String where, Findings c) {
        c.ownId(where + ".id", at.id());
        for (HsdsDocuments.Schedule schedule : list(at.schedules())) {
            c.skippable(scheduleProblems(schedule, where + ".schedules"),
                    where + ".schedules: a session with a bad frequency, date or time; skipped");
        }
        HsdsDocuments.Location l = at.location();
        if (l == null) {
            c.error(where + ".location: is required");
            return;
        }
        String venue = where + ".location";
        if (l.id() == null) {
            c.complete(venue + ".id: is required");
        } else if (!isUuid(l.id())) {
            c.error(venue + ".id: must be a UUID ('" + l.id() + "')");
        }
        if (l.locationType() == null) {
            c.complete(venue + ".location_type: is required (physical, postal or virtual)");
        } else if (!LOCATION_TYPES.contains(l.locationType())) {
            c.error(venue + ".location_type: must be physical, postal or virtual ('" + l.locationType() + "')");
        }
        if ("physical".equals(l.locationType())) {
            if (l.latitude() == null || l.latitude() < 49 || l.latitude() > 61
                    || l.longitude() == null || l.longitude() < -9 || l.longitude() > 2) {
                c.complete(venue + ": needs a latitude and longitude in the UK (" + l.latitude() + ", "
                        + l.longitude() + ")");
            }
            if (list(l.addresses()).isEmpty()) {
                c.complete(venue + ".addresses: a venue needs its address");
            }
        }
        for (HsdsDocuments.Address a : list(l.addresses())) {
            if (blank(a.address1()) || blank(a.city()) || blank(a.country())) {
                c.complete(venue + ".addresses: address_1, city and country are required");
            }
            if (a.postalCode() == null || !POSTCODE.matcher(a.postalCode()).matches()) {
                c.complete(venue + ".addresses.postal_code: must be a full UK postcode like 'CW1 3AB' ('"
                        + a.postalCode() + "')");
            }
        }
        if (reference.place(l).isEmpty()) {
            String postcode = HsdsDocuments.firstAddress(l).map(HsdsDocuments.Address::postalCode).orElse(null);
            c.error(venue + ": '" + (l.name() == null ? l.id() : l.name()) + "' is outside the area (postcode '"
                    + postcode + "' and town match no locality of " + reference.areaName() + ")");
        }
        checkTerms("service_at_locations.location.attributes", l.attributes(), c);
    }

    private void checkAttributes(@Nullable List<HsdsDocuments.Attribute> attributes, Findings c) {
        Set<String> taxonomies = checkTerms("attributes", attributes, c);
        REQUIRED_TAXONOMIES.stream().filter(required -> !taxonomies.contains(required)).forEach(missing ->
                c.complete("attributes: needs at least one '" + missing + "' term"));
    }

    /** @return the names of the taxonomies the known terms belong to */
    private Set<String> checkTerms(String field, @Nullable List<HsdsDocuments.Attribute> attributes, Findings c) {
        Set<String> taxonomies = new HashSet<>();
        for (HsdsDocuments.Attribute a : list(attributes)) {
            c.ownId(field + ".id", a.id());
            reference.term(a.taxonomyTermId()).ifPresentOrElse(
                    term -> taxonomies.add(term.getTaxonomy().getName()),
                    () -> c.skippable(List.of(field + ".taxonomy_term_id: taxonomy term '" + a.taxonomyTermId()
                                    + "' is unknown here"),
                            field + ": taxonomy term '" + a.taxonomyTermId() + "' is unknown here; skipped"));
        }
        return taxonomies;
    }

    /** What is wrong with a cost option; the writer leaves out one with any. */
    static List<String> costProblems(HsdsDocuments.CostOption cost) {
        List<String> problems = new ArrayList<>();
        if (cost.amount() != null && cost.amount().signum() < 0) {
            problems.add("cost_options.amount: must not be negative (" + cost.amount() + ")");
        }
        return problems;
    }

    /** What is wrong with a schedule, each naming its field; the writer leaves out one with any. */
    static List<String> scheduleProblems(HsdsDocuments.Schedule s, String field) {
        List<String> problems = new ArrayList<>();
        if (s.freq() != null && !FREQUENCIES.contains(s.freq())) {
            problems.add(field + ".freq: must be WEEKLY or MONTHLY ('" + s.freq() + "')");
        }
        if (s.byday() != null && !java.util.Arrays.stream(s.byday().split(","))
                .allMatch(day -> DAYS.contains(day.trim().replaceFirst("^[+-]?\\d", "")))) {
            problems.add(field + ".byday: must be days like MO,TU (or 1MO for the first Monday) ('" + s.byday() + "')");
        }
        for (String[] date : new String[][] {{"dtstart", s.dtstart()}, {"until", s.until()},
                {"valid_from", s.validFrom()}, {"valid_to", s.validTo()}}) {
            if (date[1] != null && date(date[1]) == null) {
                problems.add(field + "." + date[0] + ": must be a date like 2026-09-01 ('" + date[1] + "')");
            }
        }
        list(s.exceptDates()).stream().filter(d -> date(d.strip()) == null).forEach(d ->
                problems.add(field + ".except_dates: must be a date like 2026-09-01 ('" + d + "')"));
        LocalTime opens = time(field + ".opens_at", s.opensAt(), problems);
        LocalTime closes = time(field + ".closes_at", s.closesAt(), problems);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            problems.add(field + ".closes_at: must be after opens_at ('" + s.closesAt() + "')");
        }
        if (problems.isEmpty() && ServiceDocumentWriter.schedule(s, "check") == null) {
            problems.add(field + ": is not a session the directory can keep ('" + s.id() + "')");
        }
        return problems;
    }

    private static void email(String field, @Nullable String value, Findings c) {
        if (value != null && EmailAddress.parse(value).isEmpty()) {
            c.error(field + ": is not an e-mail address ('" + value + "')");
        }
    }

    private static void age(String field, @Nullable BigDecimal age, Findings c) {
        if (age != null && (age.signum() < 0 || age.compareTo(BigDecimal.valueOf(120)) > 0)) {
            c.error(field + ": must be between 0 and 120 (" + age + ")");
        }
    }

    private static @Nullable LocalTime time(String field, @Nullable String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(field + ": must be a time like 09:30 ('" + value + "')");
            return null;
        }
    }

    static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
