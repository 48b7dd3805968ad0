package org.familyhub.directory.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.ServicesChanged;
import org.familyhub.directory.feed.FeedImport;
import org.familyhub.directory.feed.FeedReport;
import org.familyhub.directory.feed.RecordOutcome;
import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.familyhub.workspace.BulkTransfer;
import org.familyhub.workspace.ImportReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Start-up content, the workspace (JSON and CSV) and a feed upload take the same document through the same
 * cleaning, rules and writer: the verdicts match, and where strictness decides, content refuses what a feed or the
 * workspace takes with the part left out. Everything written here is removed afterwards.
 */
@PortalTest
class OneImportPathTest {

    private static final Path SAMPLE = Path.of("content");
    private static final String CONNEXIONS = "4229cd34-3ee1-5ae6-8627-8704edb69c74";
    private static final String UNKNOWN_TERM = "00000000-0000-4000-8000-0000000beef1";

    @Autowired
    ServiceImport imports;
    @Autowired
    ContentLoader loader;
    @Autowired
    FeedImport feeds;
    @Autowired
    BulkTransfer transfer;
    @Autowired
    UserAccounts accounts;
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

    final Set<UUID> services = new HashSet<>();
    final Set<UUID> feedSources = new HashSet<>();

    @BeforeEach
    void signIn() {
        SignedIn.as(accounts, "editor");
    }

    @AfterEach
    void removeWhatWasWritten() {
        SignedIn.out();
        List<UUID> ids = new ArrayList<>(services);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            if (!ids.isEmpty()) {
                List<UUID> locations = jdbc.sql("select location_id from service_at_location where service_id in (:ids)")
                        .param("ids", ids).query(UUID.class).list();
                List<UUID> links = new ArrayList<>(ids);
                links.addAll(locations);
                jdbc.sql("delete from listing_change where service_id in (:ids)").param("ids", ids).update();
                jdbc.sql("delete from listing_draft where service_id in (:ids)").param("ids", ids).update();
                jdbc.sql("delete from attribute where link_id in (:ids)").param("ids", links).update();
                jdbc.sql("delete from service where id in (:ids)").param("ids", ids).update();
                if (!locations.isEmpty()) {
                    jdbc.sql("delete from location where id in (:ids) and id not in"
                            + " (select location_id from service_at_location)").param("ids", locations).update();
                }
                events.publishEvent(new ServicesChanged(Set.copyOf(ids)));
            }
            if (!feedSources.isEmpty()) {
                jdbc.sql("delete from feed_source where id in (:ids)").param("ids", feedSources).update();
            }
        });
        if (!ids.isEmpty()) {
            await(() -> ids.stream().noneMatch(id -> found("Quokka Wallaby Bandicoot Numbat", id)));
        }
        jdbc.sql("delete from search_gap where query_text like '%Quokka%' or query_text like '%Wallaby%'"
                + " or query_text like '%Bandicoot%' or query_text like '%Numbat%'").update();
    }

    @Test
    void whereStrictnessDecidesContentRefusesWhatAFeedAndTheWorkspaceTakeWithThePartLeftOut(@TempDir Path dir)
            throws IOException {
        Map<String, Object> bad = complete(UUID.randomUUID(), "Quokka Rhyme Time");
        withBadParts(bad);

        // Start-up content: strict, so each part is an error naming its field, and nothing is written.
        writeContent(dir, bad);
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("services/bad.json: service 'Quokka Rhyme Time'")
                .hasMessageContaining("phones.number: is required")
                .hasMessageContaining("service_areas.name: 'Narnia' is not a locality of")
                .hasMessageContaining("attributes.taxonomy_term_id: taxonomy term '" + UNKNOWN_TERM + "' is unknown here")
                .hasMessageContaining("schedules.freq: must be WEEKLY or MONTHLY ('DAILY')");
        assertThat(exists(id(bad))).isFalse();

        List<String> lenient = List.of("phones: a phone without a number; skipped",
                "service_areas: 'Narnia' is not a locality of Cheshire East; skipped",
                "attributes: taxonomy term '" + UNKNOWN_TERM + "' is unknown here; skipped",
                "schedules: 'bad-session' has a bad frequency, date or time; skipped");
        // The workspace's rules are a feed's: the same warnings for the same document.
        assertThat(imports.check(document(bad), ServiceImport.Rules.WORKSPACE).warnings())
                .containsExactlyInAnyOrderElementsOf(lenient)
                .isEqualTo(imports.check(document(bad), ServiceImport.Rules.FEED).warnings());

        // A feed: lenient, so the record is added with warnings and without the bad parts.
        RecordOutcome fromFeed = upload(bad);
        assertThat(fromFeed.outcome()).isEqualTo(RecordOutcome.ADDED);
        assertThat(fromFeed.reasons()).containsExactlyInAnyOrderElementsOf(lenient);
        assertThat(stored(id(bad))).isEqualTo(new Stored(1, 0, 4, 0));

        // The workspace's JSON import: lenient too, the same parts left out.
        Map<String, Object> again = complete(UUID.randomUUID(), "Wallaby Origami Circle");
        withBadParts(again);
        ImportReport report = transfer.importJson(ServiceDocumentJson.JSON.writeValueAsString(List.of(again)));
        services.add(id(again));
        assertThat(report.imported()).isTrue();
        assertThat(stored(id(again))).isEqualTo(new Stored(1, 0, 4, 0));
    }

    @Test
    void whatIsAlwaysAnErrorIsRefusedTheSameWayEveryWayIn(@TempDir Path dir) throws IOException {
        Map<String, Object> bad = complete(UUID.randomUUID(), "Numbat Baby Club");
        bad.put("phones", List.of(Map.of("id", UUID.randomUUID().toString(), "number", "12345")));
        String verdict = "phones: is not a UK phone number ('12345')";

        writeContent(dir, bad);
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining(verdict);
        RecordOutcome fromFeed = upload(bad);
        assertThat(fromFeed.outcome()).isEqualTo(RecordOutcome.REJECTED);
        assertThat(fromFeed.reasons()).containsExactly(verdict);
        ImportReport fromWorkspace = transfer.importJson(ServiceDocumentJson.JSON.writeValueAsString(List.of(bad)));
        assertThat(fromWorkspace.imported()).isFalse();
        assertThat(fromWorkspace.lines().getFirst().problems()).containsExactly(verdict);
        assertThat(exists(id(bad))).isFalse();
    }

    @Test
    void completenessIsAskedOnlyOfStartUpContent() {
        Map<String, Object> sparse = complete(UUID.randomUUID(), "Numbat Toy Library");
        sparse.put("phones", List.of(Map.of("number", "01270 555 210")));
        sparse.remove("attributes");

        assertThat(imports.check(document(sparse), ServiceImport.Rules.CONTENT).errors())
                .contains("phones.id: is required and must be a UUID ('null')",
                        "attributes: needs at least one 'category' term");
        assertThat(imports.check(document(sparse), ServiceImport.Rules.FEED).errors()).isEmpty();
        assertThat(imports.check(document(sparse), ServiceImport.Rules.WORKSPACE).errors()).isEmpty();
        assertThat(imports.check(document(complete(UUID.randomUUID(), "Numbat Toy Library")),
                ServiceImport.Rules.CONTENT).errors()).isEmpty();

        // A price needs its currency when strict; nothing to pay needs none anywhere.
        Map<String, Object> priced = complete(UUID.randomUUID(), "Numbat Toy Library");
        priced.put("cost_options", List.of(Map.of("id", uuid(), "option", "Per visit", "amount", 3),
                Map.of("id", uuid(), "option", "Free", "amount", 0)));
        assertThat(imports.check(document(priced), ServiceImport.Rules.CONTENT).errors())
                .containsExactly("cost_options.currency: must be a three-letter currency code such as GBP ('null')");
        assertThat(imports.check(document(priced), ServiceImport.Rules.FEED).errors()).isEmpty();
        assertThat(imports.check(document(priced), ServiceImport.Rules.FEED).warnings()).isEmpty();
    }

    @Test
    void everyWayInRaisesServicesChangedSoSearchFindsTheService(@TempDir Path dir) throws IOException {
        Map<String, Object> fromContent = complete(UUID.randomUUID(), "Bandicoot Stay and Play");
        Map<String, Object> fromFeed = complete(UUID.randomUUID(), "Quokka Dads Breakfast");
        Map<String, Object> fromJson = complete(UUID.randomUUID(), "Wallaby Kite Makers");
        UUID fromCsv = UUID.randomUUID();

        writeContent(dir, fromContent);
        services.add(id(fromContent));
        assertThat(loader.load(dir)).isEqualTo(1);
        assertThat(upload(fromFeed).outcome()).isEqualTo(RecordOutcome.ADDED);
        services.add(id(fromJson));
        assertThat(transfer.importJson(ServiceDocumentJson.JSON.writeValueAsString(List.of(fromJson))).imported())
                .isTrue();
        services.add(fromCsv);
        assertThat(transfer.importCsv(csv(fromCsv, "Numbat Pebble Painting", "Pebbles and paint.")).imported()).isTrue();

        await(() -> found("Bandicoot", id(fromContent)) && found("Quokka", id(fromFeed))
                && found("Wallaby", id(fromJson)) && found("Numbat", fromCsv));
    }

    @Test
    void htmlInAFeedsOrACsvsDescriptionIsCleanedTheSameWay() {
        String hostile = "<p>Songs <b>and</b> rhymes<script>alert(1)</script>"
                + " <a href=\"javascript:alert(2)\" onclick=\"alert(3)\">here</a></p><img src=x onerror=alert(4)>";
        Map<String, Object> viaFeed = complete(UUID.randomUUID(), "Quokka Song Time");
        viaFeed.put("description", hostile);
        UUID viaCsv = UUID.randomUUID();

        assertThat(upload(viaFeed).outcome()).isEqualTo(RecordOutcome.ADDED);
        services.add(viaCsv);
        assertThat(transfer.importCsv(csv(viaCsv, "Numbat Song Time", hostile)).imported()).isTrue();

        String fromFeed = description(id(viaFeed));
        assertThat(fromFeed).contains("Songs", "<b>and</b>", "here")
                .doesNotContain("<script", "javascript:", "onclick", "onerror", "<img");
        assertThat(description(viaCsv)).isEqualTo(fromFeed);
    }

    // ---- documents ------------------------------------------------------------------------------------

    /** A document every way in accepts, strict content included: ids, a whole venue and the four classifications. */
    private Map<String, Object> complete(UUID id, String name) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("id", id.toString());
        service.put("name", name);
        service.put("description", "A friendly group for families.");
        service.put("status", "active");
        service.put("organization", Map.of("id", CONNEXIONS, "name", "Connexions Cheshire East"));
        service.put("phones", new ArrayList<>(List.of(Map.of("id", uuid(), "number", "01270 555 210"))));
        service.put("service_at_locations", List.of(Map.of("id", uuid(), "location", Map.of("id", uuid(),
                "location_type", "physical", "name", name + " hall", "latitude", 53.0979, "longitude", -2.4416,
                "addresses", List.of(Map.of("id", uuid(), "address_1", "2 Mill Street", "city", "Crewe",
                        "postal_code", "CW1 3AA", "country", "GB", "address_type", "physical"))))));
        List<Map<String, Object>> attributes = new ArrayList<>();
        for (String taxonomy : ServiceChecks.REQUIRED_TAXONOMIES) {
            attributes.add(Map.of("id", uuid(), "taxonomy_term_id", jdbc.sql("""
                    select t.id from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id
                    where x.name = ? order by t.code limit 1""").param(taxonomy).query(UUID.class).single().toString()));
        }
        service.put("attributes", attributes);
        return service;
    }

    /** The parts strictness decides about: a phone with no number, an unknown area and term, a bad session. */
    @SuppressWarnings("unchecked")
    private static void withBadParts(Map<String, Object> service) {
        ((List<Object>) service.get("phones")).add(Map.of("id", uuid()));
        service.put("service_areas", List.of(Map.of("id", uuid(), "name", "Narnia")));
        List<Object> attributes = new ArrayList<>((List<Object>) service.get("attributes"));
        attributes.add(Map.of("id", uuid(), "taxonomy_term_id", UNKNOWN_TERM));
        service.put("attributes", attributes);
        service.put("schedules", List.of(Map.of("id", "bad-session", "freq", "DAILY")));
    }

    private static String csv(UUID id, String name, String description) {
        return "id,organisation_id,name,status,description,phone,venue_name,address_1,town,postcode\r\n"
                + id + "," + CONNEXIONS + "," + name + ",active,\"" + description.replace("\"", "\"\"")
                + "\",01270 555 220,Numbat Hall,3 Nantwich Road,Crewe,CW2 6AB\r\n";
    }

    private static HsdsDocuments.Service document(Map<String, Object> service) {
        return ServiceDocumentJson.JSON.convertValue(service, HsdsDocuments.Service.class);
    }

    private static UUID id(Map<String, Object> service) {
        return UUID.fromString((String) service.get("id"));
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private static void writeContent(Path dir, Map<String, Object> service) throws IOException {
        Files.createDirectories(dir.resolve("services"));
        Files.copy(SAMPLE.resolve("area.json"), dir.resolve("area.json"));
        Files.copy(SAMPLE.resolve("taxonomies.json"), dir.resolve("taxonomies.json"));
        Files.writeString(dir.resolve("services/bad.json"), ServiceDocumentJson.JSON.writeValueAsString(service));
    }

    private RecordOutcome upload(Map<String, Object> service) {
        UUID source = feeds.register("Quokka Publishers " + UUID.randomUUID(), null).id();
        feedSources.add(source);
        services.add(id(service));
        FeedReport report = feeds.importFile(source, new ByteArrayInputStream(
                ServiceDocumentJson.JSON.writeValueAsString(List.of(service)).getBytes(StandardCharsets.UTF_8)));
        return report.records().stream().filter(r -> service.get("id").equals(r.id())).findFirst().orElseThrow();
    }

    // ---- what was stored ------------------------------------------------------------------------------

    record Stored(long phones, long serviceAreas, long attributes, long schedules) {
    }

    private Stored stored(UUID service) {
        return new Stored(count("phone", service), count("service_area", service),
                jdbc.sql("select count(*) from attribute where link_id = ?").param(service).query(Long.class).single(),
                count("schedule", service));
    }

    private long count(String table, UUID service) {
        return jdbc.sql("select count(*) from " + table + " where service_id = ?").param(service)
                .query(Long.class).single();
    }

    private boolean exists(UUID service) {
        return jdbc.sql("select count(*) from service where id = ?").param(service).query(Long.class).single() > 0;
    }

    private String description(UUID service) {
        return jdbc.sql("select description from service where id = ?").param(service).query(String.class).single();
    }

    private boolean found(String words, UUID service) {
        return search.search(SearchQuery.forText(words).size(50).build()).hits().stream()
                .anyMatch(hit -> hit.id().equals(service));
    }

    private void await(BooleanSupplier condition) {
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(30), condition);
    }
}
