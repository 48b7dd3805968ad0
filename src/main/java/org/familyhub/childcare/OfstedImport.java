package org.familyhub.childcare;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.childcare.ChildcareFacts.Fees;
import org.familyhub.childcare.domain.ChildcareRepository;
import org.familyhub.directory.AreaLookup;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.directory.InvalidListingException;
import org.familyhub.directory.Listings;
import org.familyhub.directory.PostcodeLocation;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.familyhub.shared.Csv;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads Ofsted's published childcare-providers file (the "Childcare providers and inspections" management
 * information, CSV): rows are matched to listings by Ofsted URN, and only providers whose postcode is in the
 * council's area count. A new registration becomes a draft listing (inactive, so not public) for the Family
 * Information Service to complete; a new grade or inspection date updates the listing's facts; a provider no
 * longer active retires its listing. All or nothing: every row is checked first, and one bad row changes nothing;
 * the report says what happened, or would have, to each row.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class OfstedImport {

    private static final Logger LOG = LoggerFactory.getLogger(OfstedImport.class);
    public static final String URN = "Provider URN";
    public static final String TYPE = "Provider type";
    public static final String NAME = "Provider name";
    public static final String STATUS = "Provider status";
    public static final String TOWN = "Provider town";
    public static final String POSTCODE = "Provider postcode";
    public static final String REGISTERS = "Individual register combinations";
    public static final String INSPECTED = "Most recent full: Inspection date";
    public static final String GRADE = "Most recent full: Overall effectiveness";
    static final List<String> REQUIRED = List.of(URN, TYPE, NAME, STATUS, POSTCODE, REGISTERS, INSPECTED, GRADE);
    /** Ofsted's own report page for a provider. */
    static final String REPORT = "https://reports.ofsted.gov.uk/provider/16/";
    private static final Pattern URN_SHAPE = Pattern.compile("(?i)^(EY|SC|CA)?\\d{5,9}$");
    private static final DateTimeFormatter OFSTED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, ProviderType> TYPES = Map.of(
            "childminder", ProviderType.CHILDMINDER,
            "childcare on non-domestic premises", ProviderType.DAY_NURSERY,
            "childcare on domestic premises", ProviderType.DAY_NURSERY,
            "home childcarer", ProviderType.NANNY_AGENCY);
    private static final Map<String, String> GRADES = Map.of(
            "outstanding", "outstanding", "good", "good", "requires improvement", "requires improvement",
            "inadequate", "inadequate", "met", "met", "not met with actions", "not met",
            "not met with enforcement", "not met");

    private final ChildcareRepository providers;
    private final Listings listings;
    private final DirectoryChanges changes;
    private final AreaLookup area;

    OfstedImport(ChildcareRepository providers, Listings listings, DirectoryChanges changes, AreaLookup area) {
        this.providers = providers;
        this.listings = listings;
        this.changes = changes;
        this.area = area;
    }

    /** What happened to one row; {@code CHECKED}: it was fine, but others were not, so nothing was changed. */
    public enum Outcome { ADDED_DRAFT, UPDATED, RETIRED, UNCHANGED, OUTSIDE_AREA, CHECKED, REFUSED }

    /** One row of the file, counted from 1 after the header. */
    public record Line(int row, String urn, String name, Outcome outcome, List<String> problems) {
        public Line {
            problems = List.copyOf(problems);
        }
    }

    public record Report(boolean imported, List<Line> lines) {
        public Report {
            lines = List.copyOf(lines);
        }

        public Map<Outcome, Integer> counts() {
            Map<Outcome, Integer> counts = new java.util.TreeMap<>();
            lines.forEach(line -> counts.merge(line.outcome(), 1, Integer::sum));
            return counts;
        }
    }

    /** A checked row and what it would do. */
    private record Planned(int row, String urn, String name, Outcome outcome, List<String> problems,
            @Nullable Registration registration, @Nullable ChildcareFacts existing) {
    }

    /** What a row says about a provider in the area. */
    private record Registration(String urn, ProviderType type, String name, boolean active,
            @Nullable PostcodeLocation place,
            @Nullable String town, String postcode, String registers, @Nullable LocalDate inspected,
            @Nullable String grade) {
    }

    /** @throws InvalidChildcareException when the file is not Ofsted's format at all; nothing is changed */
    @Transactional
    public Report importCsv(byte[] file) {
        List<List<String>> rows;
        try {
            rows = Csv.parse(new String(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InvalidChildcareException("file", "childcare.ofsted.error.csv", e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new InvalidChildcareException("file", "childcare.ofsted.error.empty",
                    "The file is empty: it needs Ofsted's header row and a row per provider.");
        }
        List<String> header = rows.getFirst().stream().map(String::strip).toList();
        List<String> missing = REQUIRED.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidChildcareException("file", "childcare.ofsted.error.header",
                    "This is not Ofsted's childcare providers file: it lacks the columns " + String.join(", ", missing)
                            + ".");
        }
        List<Planned> planned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> fields = rows.get(r);
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < fields.size() ? fields.get(c).strip() : "");
            }
            planned.add(plan(r, values, seen));
        }
        boolean ok = planned.stream().noneMatch(p -> p.outcome() == Outcome.REFUSED);
        List<Line> lines = new ArrayList<>();
        for (Planned p : planned) {
            Outcome outcome = p.outcome();
            if (!ok && outcome != Outcome.REFUSED && outcome != Outcome.OUTSIDE_AREA) {
                outcome = Outcome.CHECKED;
            }
            lines.add(new Line(p.row(), p.urn(), p.name(), outcome, p.problems()));
        }
        if (ok) {
            planned.forEach(this::apply);
            LOG.info("event=ofsted-imported rows={} counts={}", planned.size(), new Report(true, lines).counts());
        }
        return new Report(ok, lines);
    }

    private Planned plan(int row, Map<String, String> values, Set<String> seen) {
        List<String> problems = new ArrayList<>();
        String urn = values.get(URN).toUpperCase(Locale.ROOT);
        String name = values.get(NAME);
        if (!URN_SHAPE.matcher(urn).matches()) {
            problems.add(URN + ": must be an Ofsted URN such as EY123456 ('" + values.get(URN) + "')");
        } else if (!seen.add(urn)) {
            problems.add(URN + ": " + urn + " is in the file twice");
        }
        Optional<PostcodeLocation> place = area.postcode(values.get(POSTCODE));
        boolean redactedPostcode = values.get(POSTCODE).isBlank() || values.get(POSTCODE).equalsIgnoreCase("REDACTED");
        if (place.isEmpty() && problems.isEmpty() && !redactedPostcode
                && org.familyhub.directory.Postcode.parse(values.get(POSTCODE)).isEmpty()) {
            problems.add(POSTCODE + ": not a postcode ('" + values.get(POSTCODE) + "')");
        }
        ProviderType type = TYPES.get(values.get(TYPE).toLowerCase(Locale.ROOT));
        if (type == null) {
            problems.add(TYPE + ": must be one of Ofsted's provider types (Childminder, Childcare on non-domestic"
                    + " premises, Childcare on domestic premises, Home childcarer), not '" + values.get(TYPE) + "'");
        }
        String status = values.get(STATUS).toLowerCase(Locale.ROOT);
        if (!Set.of("active", "resigned", "cancelled", "suspended", "inactive").contains(status)) {
            problems.add(STATUS + ": must be Active, Suspended, Resigned, Cancelled or Inactive, not '"
                    + values.get(STATUS) + "'");
        }
        LocalDate inspected = null;
        String inspectedText = values.get(INSPECTED);
        if (!inspectedText.isEmpty() && !inspectedText.equalsIgnoreCase("NULL")) {
            try {
                inspected = LocalDate.parse(inspectedText, OFSTED_DATE);
            } catch (DateTimeParseException e) {
                problems.add(INSPECTED + ": must be a date like 31/01/2026 ('" + inspectedText + "')");
            }
        }
        String gradeText = values.get(GRADE).toLowerCase(Locale.ROOT);
        String grade = gradeText.isEmpty() || gradeText.equals("null") ? null : GRADES.get(gradeText);
        if (grade == null && !gradeText.isEmpty() && !gradeText.equals("null")) {
            problems.add(GRADE + ": must be Outstanding, Good, Requires improvement, Inadequate, Met or Not met, not '"
                    + values.get(GRADE) + "'");
        }
        if (!problems.isEmpty()) {
            return new Planned(row, urn, name, Outcome.REFUSED, problems, null, null);
        }
        Optional<ChildcareFacts> existing = providers.findByUrn(urn);
        if (place.isEmpty() && existing.isEmpty()) {
            return new Planned(row, urn, name, Outcome.OUTSIDE_AREA, List.of(), null, null);
        }
        if (name.isBlank() || name.equalsIgnoreCase("REDACTED")) {
            name = "";
        }
        boolean active = status.equals("active") || status.equals("suspended");
        Registration registration = new Registration(urn, Objects.requireNonNull(type), name, active,
                place.orElse(null), values.getOrDefault(TOWN, ""), values.get(POSTCODE), values.get(REGISTERS),
                inspected, grade);
        if (existing.isEmpty()) {
            return new Planned(row, urn, name, active ? Outcome.ADDED_DRAFT : Outcome.UNCHANGED, List.of(),
                    registration, null);
        }
        ChildcareFacts facts = existing.get();
        Outcome outcome;
        if (!active) {
            outcome = listings.summary(facts.serviceId()).map(s -> "active".equals(s.status())).orElse(false)
                    ? Outcome.RETIRED : Outcome.UNCHANGED;
        } else {
            outcome = Objects.equals(facts.inspectionGrade(), grade) && Objects.equals(facts.inspectionDate(), inspected)
                    && Objects.equals(facts.register(), registration.registers()) ? Outcome.UNCHANGED : Outcome.UPDATED;
        }
        return new Planned(row, urn, name, outcome, List.of(), registration, facts);
    }

    private void apply(Planned p) {
        Registration r = p.registration();
        switch (p.outcome()) {
            case ADDED_DRAFT -> draft(Objects.requireNonNull(r));
            case UPDATED -> {
                ChildcareFacts f = Objects.requireNonNull(p.existing());
                providers.save(new ChildcareFacts(f.serviceId(), f.providerType(), f.ofstedUrn(),
                        Objects.requireNonNull(r).registers(), r.grade(), r.inspected(), REPORT + r.urn(),
                        f.minAgeMonths(), f.maxAgeMonths(), f.openingDays(), f.opensAt(), f.closesAt(), f.allYear(),
                        f.schoolRuns(), f.fees(), f.funded(), f.sendExperience(), f.vacancies()));
                changes.publishedWithServiceChanged(f.serviceId());
            }
            case RETIRED -> listings.archive(Objects.requireNonNull(p.existing()).serviceId());
            default -> { }
        }
    }

    /**
     * A new registration as a draft listing: inactive (not public, not found) until the Family Information Service
     * completes and publishes it. Ids come from the URN, so a second import of the same file finds it.
     */
    private void draft(Registration r) {
        UUID serviceId = UUID.nameUUIDFromBytes(("familyhub:ofsted:service:" + r.urn()).getBytes(StandardCharsets.UTF_8));
        UUID organisationId = UUID.nameUUIDFromBytes(("familyhub:ofsted:organisation:" + r.urn())
                .getBytes(StandardCharsets.UTF_8));
        PostcodeLocation place = Objects.requireNonNull(r.place(), "a new registration is in the area");
        String where = r.town() == null || r.town().isBlank() || r.town().equalsIgnoreCase("REDACTED")
                ? place.town() == null ? place.area() : place.town() : r.town();
        String name = r.name().isBlank() ? kind(r.type()) + " in " + where + " (Ofsted " + r.urn() + ")" : r.name();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", serviceId.toString());
        document.put("name", name);
        document.put("status", "inactive");
        document.put("description", "New Ofsted registration " + r.urn() + " (" + r.registers() + "), imported for"
                + " the Family Information Service to complete before it is published.");
        document.put("organization", Map.of("id", organisationId.toString(), "name", name));
        try {
            listings.write(ServiceDocumentJson.JSON.convertValue(document, HsdsDocuments.Service.class));
        } catch (InvalidListingException e) {
            throw new IllegalStateException("Ofsted row " + r.urn() + " could not be drafted: " + e.getMessage(), e);
        }
        boolean earlyYears = r.registers().toLowerCase(Locale.ROOT).contains("early years");
        providers.saveForNewListing(new ChildcareFacts(serviceId, r.type(), r.urn(), r.registers(), r.grade(), r.inspected(),
                REPORT + r.urn(), 0, earlyYears ? 59 : AgeGroup.SCHOOL_AGE.toMonths(), List.of(), null, null, false,
                null, Fees.NONE, Set.of(), null, List.of()));
    }

    private static String kind(ProviderType type) {
        return switch (type) {
            case CHILDMINDER -> "Childminder";
            case DAY_NURSERY -> "Childcare";
            case PRE_SCHOOL -> "Pre-school";
            case OUT_OF_SCHOOL -> "Out-of-school club";
            case NANNY_AGENCY -> "Home childcarer";
        };
    }
}
