package org.familyhub.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.familyhub.account.PortalUser;
import org.familyhub.directory.InvalidListingException;
import org.familyhub.directory.ListingSummary;
import org.familyhub.directory.Listings;
import org.familyhub.directory.OrganisationSummary;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.familyhub.shared.Csv;
import org.familyhub.workspace.quality.Duplicates;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bulk import and export, editors only: Open Referral UK JSON (fully nested services, as the content
 * files hold them) and the CSV template (docs/editor-workspace.md). An import checks every record
 * first and is all-or-nothing: one bad record, or one that looks like a listing already there,
 * and nothing is changed; the report names each record and what to fix.
 */
@Service
public class BulkTransfer {

    /** The CSV template's columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("id", "organisation_id", "name", "alternate_name",
            "status", "description", "email", "url", "phone", "minimum_age", "maximum_age", "fees_description",
            "eligibility_description", "application_process", "venue_name", "address_1", "town", "postcode",
            "opening_times", "assured_date");

    private static final Logger LOG = LoggerFactory.getLogger(BulkTransfer.class);

    private final Listings listings;
    private final ChangeLog log;
    private final WorkspaceAccess access;
    private final TransactionTemplate tx;

    BulkTransfer(Listings listings, ChangeLog log, WorkspaceAccess access, PlatformTransactionManager transactions) {
        this.listings = listings;
        this.log = log;
        this.access = access;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Every listing, whatever its status, as an array of fully nested services. */
    public String exportJson() {
        access.editor();
        return ServiceDocumentJson.JSON.writer().with(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(listings.documents());
    }

    /** Every listing as a row of the CSV template. */
    public String exportCsv() {
        access.editor();
        StringBuilder csv = new StringBuilder(Csv.line(CSV_COLUMNS));
        for (HsdsDocuments.Service document : listings.documents()) {
            ListingForm form = ListingForm.of(document);
            csv.append(Csv.line(List.of(text(document.id()), text(document.organization().id()), form.name(),
                    text(form.alternateName()), form.status(), text(form.description()), text(form.email()),
                    text(form.url()), text(form.phone()), text(form.minimumAge()), text(form.maximumAge()),
                    text(form.feesDescription()), text(form.eligibilityDescription()),
                    text(form.applicationProcess()), text(form.venueName()), text(form.venueAddress()),
                    text(form.venueTown()), text(form.venuePostcode()), text(form.openingTimes()),
                    text(document.assuredDate()))));
        }
        return csv.toString();
    }

    /** An array of fully nested services, or an HSDS page with them in {@code contents}. */
    public ImportReport importJson(String json) {
        PortalUser editor = access.editor();
        JsonNode root;
        try {
            root = ServiceDocumentJson.JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidListingException(List.of("The file is not valid JSON (" + e.getOriginalMessage() + ")"));
        }
        JsonNode items = root == null ? null : root.isArray() ? root : root.get("contents");
        if (items == null || !items.isArray()) {
            throw new InvalidListingException(List.of(
                    "The file must be an array of fully nested services, or an HSDS page with them in 'contents'."));
        }
        List<Candidate> candidates = new ArrayList<>();
        int row = 0;
        for (JsonNode item : items) {
            row++;
            String id = item.path("id").isString() ? item.path("id").asString() : null;
            String name = item.path("name").isString() ? item.path("name").asString() : null;
            try {
                candidates.add(new Candidate(row, id, name,
                        ServiceDocumentJson.JSON.treeToValue(item, HsdsDocuments.Service.class), new ArrayList<>()));
            } catch (JacksonException e) {
                candidates.add(new Candidate(row, id, name, null, new ArrayList<>(List.of(
                        "a field has the wrong type (" + e.getOriginalMessage() + ")"))));
            }
        }
        return importAll(editor, candidates);
    }

    /** Rows of the CSV template; a header row names the columns, which may come in any order. */
    public ImportReport importCsv(String csv) {
        PortalUser editor = access.editor();
        List<List<String>> rows;
        try {
            rows = Csv.parse(csv);
        } catch (IllegalArgumentException e) {
            throw new InvalidListingException(List.of(e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw new InvalidListingException(List.of("The CSV file is empty: it needs a header row and a row per"
                    + " listing."));
        }
        List<String> header = rows.getFirst().stream().map(String::strip).toList();
        List<String> unknown = header.stream().filter(column -> !CSV_COLUMNS.contains(column)).toList();
        if (!unknown.isEmpty() || !header.contains("name")) {
            throw new InvalidListingException(List.of("The header row must name the template's columns ("
                    + String.join(", ", CSV_COLUMNS) + ") and include 'name'"
                    + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown))));
        }
        Map<UUID, OrganisationSummary> organisations = new HashMap<>();
        listings.organisations().forEach(o -> organisations.put(o.id(), o));
        List<Candidate> candidates = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> fields = rows.get(r);
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < fields.size() ? fields.get(c).strip() : "");
            }
            candidates.add(fromCsv(r, values, fields.size() > header.size(), organisations));
        }
        return importAll(editor, candidates);
    }

    private Candidate fromCsv(int row, Map<String, String> values, boolean tooManyFields,
            Map<UUID, OrganisationSummary> organisations) {
        List<String> problems = new ArrayList<>();
        if (tooManyFields) {
            problems.add("the row has more fields than the header row has columns");
        }
        String name = values.get("name");
        String idText = values.getOrDefault("id", "");
        UUID id = idText.isEmpty() ? UUID.randomUUID() : uuid(idText, "id", problems);
        String organisationText = values.getOrDefault("organisation_id", "");
        UUID organisationId = organisationText.isEmpty() ? null : uuid(organisationText, "organisation_id", problems);
        if (!problems.isEmpty()) {
            return new Candidate(row, idText, name, null, problems);
        }
        Optional<HsdsDocuments.Service> existing = listings.document(id);
        OrganisationSummary organisation = organisationId == null ? null : organisations.get(organisationId);
        if (organisationId != null && organisation == null) {
            problems.add("organisation_id: no organisation has the id '" + organisationId + "'");
        } else if (existing.isEmpty() && organisation == null) {
            problems.add("organisation_id: a new listing needs the id of the organisation that runs it");
        }
        if (!problems.isEmpty()) {
            return new Candidate(row, idText, name, null, problems);
        }
        ObjectNode base = ServiceDocumentJson.JSON.valueToTree(existing.orElseGet(() -> blank(id)));
        boolean sameOrganisation = organisation != null
                && organisation.id().toString().equals(base.path("organization").path("id").asString(""));
        if (organisation != null && !sameOrganisation) {
            base.putObject("organization").put("id", organisation.id().toString()).put("name", organisation.name());
        }
        if (values.containsKey("assured_date")) {
            String date = values.get("assured_date");
            if (date.isEmpty()) {
                base.putNull("assured_date");
            } else if (parseDate(date) == null) {
                problems.add("assured_date: must be a date like 2025-01-31 ('" + date + "')");
            } else {
                base.put("assured_date", date);
            }
        }
        HsdsDocuments.Service document = ServiceDocumentJson.JSON.treeToValue(base, HsdsDocuments.Service.class);
        ListingForm was = ListingForm.of(document);
        Function<String, @Nullable String> cell = column -> values.containsKey(column)
                ? emptyToNull(values.get(column)) : null;
        ListingForm form = new ListingForm(
                values.containsKey("name") ? values.get("name") : was.name(),
                pick(values, "alternate_name", was.alternateName()), pick(values, "description", was.description()),
                values.containsKey("status") && !values.get("status").isEmpty() ? values.get("status") : was.status(),
                pick(values, "email", was.email()), pick(values, "url", was.url()),
                pick(values, "phone", was.phone()),
                values.containsKey("minimum_age") ? age(cell.apply("minimum_age"), "minimum_age", problems)
                        : was.minimumAge(),
                values.containsKey("maximum_age") ? age(cell.apply("maximum_age"), "maximum_age", problems)
                        : was.maximumAge(),
                pick(values, "fees_description", was.feesDescription()),
                pick(values, "eligibility_description", was.eligibilityDescription()),
                pick(values, "application_process", was.applicationProcess()),
                pick(values, "venue_name", was.venueName()), pick(values, "address_1", was.venueAddress()),
                pick(values, "town", was.venueTown()), pick(values, "postcode", was.venuePostcode()),
                pick(values, "opening_times", was.openingTimes()));
        return new Candidate(row, id.toString(), name, problems.isEmpty() ? form.applyTo(document) : null, problems);
    }

    private ImportReport importAll(PortalUser editor, List<Candidate> candidates) {
        Map<UUID, ListingSummary> existing = new HashMap<>();
        listings.summaries().forEach(listing -> existing.put(listing.id(), listing));
        List<Candidate> checked = new ArrayList<>();
        Set<String> idsInFile = new HashSet<>();
        List<Candidate> newInFile = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.document() == null) {
                checked.add(candidate);
                continue;
            }
            HsdsDocuments.Service document = listings.clean(candidate.document());
            List<String> problems = new ArrayList<>(candidate.problems());
            problems.addAll(listings.problems(document));
            if (document.id() != null && !idsInFile.add(document.id())) {
                problems.add("id: the file has this listing twice ('" + document.id() + "')");
            }
            Candidate cleaned = new Candidate(candidate.row(), document.id(), document.name(), document, problems);
            if (document.id() != null && HsdsDocuments.isUuid(document.id()) && !existing.containsKey(UUID.fromString(document.id()))) {
                problems.addAll(duplicates(cleaned, existing.values(), newInFile));
                newInFile.add(cleaned);
            }
            checked.add(cleaned);
        }
        if (checked.stream().anyMatch(c -> !c.problems().isEmpty())) {
            return new ImportReport(false, checked.stream().map(c -> new ImportReport.Line(c.row(), c.id(), c.name(),
                    c.problems().isEmpty() ? ImportReport.Outcome.CHECKED : ImportReport.Outcome.REFUSED,
                    c.problems())).toList());
        }
        try {
            ImportReport report = tx.execute(status -> new ImportReport(true,
                    checked.stream().map(c -> write(editor, c)).toList()));
            LOG.info("event=listings-imported records={} counts={}", checked.size(), report.counts());
            return report;
        } catch (InvalidListingException e) {
            return new ImportReport(false, List.of(new ImportReport.Line(0, null, null, ImportReport.Outcome.REFUSED,
                    e.problems())));
        }
    }

    private ImportReport.Line write(PortalUser editor, Candidate candidate) {
        HsdsDocuments.Service document = candidate.document();
        UUID id = UUID.fromString(String.valueOf(document.id()));
        HsdsDocuments.Service before = listings.document(id).orElse(null);
        List<FieldChange> changes = DocumentDiff.between(before, document);
        if (before != null && changes.isEmpty()) {
            return new ImportReport.Line(candidate.row(), candidate.id(), candidate.name(),
                    ImportReport.Outcome.UNCHANGED, List.of());
        }
        listings.write(document);
        log.record(editor.username(), before == null ? Change.Action.CREATED : Change.Action.IMPORTED, before,
                listings.document(id).orElseThrow());
        return new ImportReport.Line(candidate.row(), candidate.id(), candidate.name(),
                before == null ? ImportReport.Outcome.ADDED : ImportReport.Outcome.UPDATED, List.of(),
                before == null ? List.of() : changes.stream().map(c -> c.field() + ": '" + c.before() + "' → '"
                        + c.after() + "'").toList());
    }

    /** A new record at the postcode of a listing (or an earlier new record) with the same or a very similar name. */
    private static List<String> duplicates(Candidate candidate, Iterable<ListingSummary> existing,
            List<Candidate> earlier) {
        List<String> problems = new ArrayList<>();
        Set<String> postcodes = postcodes(candidate.document());
        String name = String.valueOf(candidate.name());
        for (ListingSummary listing : existing) {
            Optional<String> shared = listing.postcodes().stream()
                    .filter(p -> postcodes.contains(Duplicates.postcodeKey(p))).findFirst();
            if (shared.isPresent() && Duplicates.similarNames(name, listing.name())) {
                problems.add("looks like a duplicate of the listing '" + listing.name() + "' (id " + listing.id()
                        + ") at " + shared.get() + ": to change that listing, give its id");
            }
        }
        for (Candidate other : earlier) {
            boolean samePlace = postcodes(other.document()).stream().anyMatch(postcodes::contains);
            if (samePlace && Duplicates.similarNames(name, String.valueOf(other.name()))) {
                problems.add("looks like a duplicate of record " + other.row() + " ('" + other.name()
                        + "') in this file, at the same postcode");
            }
        }
        return problems;
    }

    private static Set<String> postcodes(HsdsDocuments.@Nullable Service document) {
        Set<String> postcodes = new HashSet<>();
        if (document != null) {
            HsdsDocuments.list(document.serviceAtLocations()).stream()
                    .filter(at -> at.location() != null)
                    .flatMap(at -> HsdsDocuments.list(at.location().addresses()).stream())
                    .filter(a -> a.postalCode() != null)
                    .forEach(a -> postcodes.add(Duplicates.postcodeKey(a.postalCode())));
        }
        return postcodes;
    }

    private HsdsDocuments.Service blank(UUID id) {
        return ServiceDocumentJson.JSON.convertValue(Map.of("id", id.toString(), "name", "", "status", "active"),
                HsdsDocuments.Service.class);
    }

    private static @Nullable String pick(Map<String, String> values, String column, @Nullable String was) {
        return values.containsKey(column) ? emptyToNull(values.get(column)) : was;
    }

    private static @Nullable BigDecimal age(@Nullable String text, String column, List<String> problems) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(column + ": must be a number of years ('" + text + "')");
            return null;
        }
    }

    private static @Nullable UUID uuid(String text, String column, List<String> problems) {
        if (!HsdsDocuments.isUuid(text)) {
            problems.add(column + ": must be an id like 2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54 ('" + text + "')");
            return null;
        }
        return UUID.fromString(text);
    }

    private static @Nullable LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable String emptyToNull(@Nullable String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                : value.toString();
    }

    /** A record read from the file: its document when it could be read, and what is wrong with it. */
    private record Candidate(int row, @Nullable String id, @Nullable String name,
            HsdsDocuments.@Nullable Service document, List<String> problems) {
    }
}
