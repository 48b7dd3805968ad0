package org.familyhub.directory.content;

import java.time.LocalDate;
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
import org.familyhub.directory.content.HsdsDocuments.Area;
import org.familyhub.directory.content.HsdsDocuments.AreaLocality;
import org.familyhub.directory.content.HsdsDocuments.AreaPostcode;
import org.familyhub.directory.content.HsdsDocuments.AreaTown;
import org.familyhub.directory.content.HsdsDocuments.Location;
import org.familyhub.directory.content.HsdsDocuments.Service;
import org.familyhub.directory.content.HsdsDocuments.ServiceAtLocation;
import org.familyhub.directory.content.HsdsDocuments.TaxonomyDocument;
import org.familyhub.directory.content.HsdsDocuments.Term;
import org.familyhub.directory.content.HsdsDocuments.TermDatesDocument;
import org.familyhub.directory.content.HsdsDocuments.TermDocument;
import org.familyhub.directory.TermDates;
import org.jspecify.annotations.Nullable;

import static org.familyhub.directory.content.HsdsDocuments.list;

/**
 * Checks what only a whole content set can show before anything is written: its area, taxonomies and term
 * dates, and that no two records share an id. Each service then meets {@link ServiceChecks}, strictly, like every
 * other way in. Each problem names the file, the record and the field, so whoever prepared the content can fix it.
 */
final class ContentValidator {

    private static final Pattern POSTCODE_AREA = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]?( [0-9])?$");

    private final List<String> problems = new ArrayList<>();
    private final AreaIndex area;
    private final Map<String, Set<String>> idsByKind = new HashMap<>();
    private final Set<String> venuesChecked = new HashSet<>();

    private ContentValidator(Area area) {
        this.area = new AreaIndex(area);
    }

    static List<String> validate(Content content) {
        ContentValidator validator = new ContentValidator(content.area());
        validator.checkArea(content.area());
        content.taxonomies().forEach(validator::checkTaxonomy);
        content.services().forEach(validator::checkIds);
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
            at.uuid("id", term.id(), "taxonomy term");
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

    /**
     * Ids unique across the whole set: each service's own rules are {@link ServiceChecks}', the same as every way
     * in, and are applied once the area and taxonomies are in place.
     */
    private void checkIds(SourcedService sourced) {
        Service service = sourced.service();
        Where where = new Where(sourced.file(), "service '" + service.name() + "' (" + service.id() + ")");
        where.unique("id", service.id(), "service");
        list(service.phones()).forEach(phone -> where.unique("phones.id", phone.id(), "phone"));
        list(service.contacts()).forEach(contact -> where.unique("contacts.id", contact.id(), "contact"));
        list(service.languages()).forEach(language -> where.unique("languages.id", language.id(), "language"));
        list(service.costOptions()).forEach(cost -> where.unique("cost_options.id", cost.id(), "cost option"));
        list(service.serviceAreas()).forEach(area -> where.unique("service_areas.id", area.id(), "service area"));
        list(service.attributes()).forEach(a -> where.unique("attributes.id", a.id(), "attribute"));
        for (ServiceAtLocation at : list(service.serviceAtLocations())) {
            where.unique("service_at_locations.id", at.id(), "service at location");
            Location location = at.location();
            // A venue is repeated in full in every service held there; its own records are counted once.
            if (location != null && location.id() != null && venuesChecked.add(location.id())) {
                list(location.attributes()).forEach(a -> where.unique("location.attributes.id", a.id(), "attribute"));
            }
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

        /** An id no other record of the same kind uses (whether it is there and a UUID is the service's rules'). */
        void unique(String field, @Nullable String value, String kind) {
            if (value != null && !value.isBlank() && !idsByKind.computeIfAbsent(kind, k -> new HashSet<>()).add(value)) {
                problem(field, "is used by another " + kind, value);
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
