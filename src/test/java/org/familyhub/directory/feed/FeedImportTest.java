package org.familyhub.directory.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.familyhub.PortalTest;
import org.familyhub.directory.Directory;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.ServicesChanged;
import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pulls sample ORUK pages from a local HTTP server and uploads a feed file. Everything a test
 * imports is deleted afterwards (and dropped from the index), so the sample content's counts hold.
 */
@PortalTest
class FeedImportTest {

    static final UUID ZEPHYRINE = id(1);
    static final UUID QUILLBOROUGH = id(2);
    static final UUID MARLOWE = id(7);
    static final UUID XANTHIPPE = id(11);
    static final UUID OWN_SERVICE = UUID.fromString("3ab23750-780e-5d5b-ac15-f87db98f7344");
    static final List<UUID> FEED_SERVICES = List.of(ZEPHYRINE, QUILLBOROUGH, id(3), id(6), MARLOWE, XANTHIPPE);

    @Autowired
    FeedImport feeds;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    HttpServer server;
    volatile String scenario = "first";
    final List<String> requests = new CopyOnWriteArrayList<>();
    final Set<UUID> sources = new HashSet<>();
    String ownName;

    static UUID id(int n) {
        return UUID.fromString("fe0d0000-0000-4000-8000-%012d".formatted(n));
    }

    @BeforeEach
    void startFeedServer() throws IOException {
        ownName = jdbc.sql("select name from service where id = ?").param(OWN_SERVICE).query(String.class).single();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oruk/services", this::serve);
        server.start();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(path + (query == null ? "" : "?" + query));
        String file;
        if (path.equals("/oruk/services/" + QUILLBOROUGH)) {
            file = "service-b.json";
        } else if (!path.equals("/oruk/services")) {
            file = null;
        } else if (scenario.equals("first")) {
            file = query.contains("page=2") ? "page2.json" : "page1.json";
        } else {
            file = scenario + ".json";
        }
        byte[] body;
        if (file == null) {
            body = "{\"error\":\"not_found\"}".getBytes(StandardCharsets.UTF_8);
        } else {
            try (InputStream in = getClass().getResourceAsStream("/feeds/" + file)) {
                body = in.readAllBytes();
            }
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(file == null ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterEach
    void removeWhatWasImported() {
        server.stop(0);
        List<UUID> imported = new ArrayList<>(FEED_SERVICES);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            List<UUID> locations = jdbc.sql("select location_id from service_at_location where service_id in (:ids)")
                    .param("ids", imported).query(UUID.class).list();
            List<UUID> links = new ArrayList<>(imported);
            links.addAll(locations);
            jdbc.sql("delete from attribute where link_id in (:ids)").param("ids", links).update();
            jdbc.sql("delete from service where id in (:ids)").param("ids", imported).update();
            if (!locations.isEmpty()) {
                jdbc.sql("delete from location where id in (:ids) and id not in (select location_id from service_at_location)")
                        .param("ids", locations).update();
            }
            jdbc.sql("delete from organization where id = ? and id not in (select organization_id from service)")
                    .param(id(9001)).update();
            if (!sources.isEmpty()) {
                jdbc.sql("delete from feed_source where id in (:ids)").param("ids", sources).update();
            }
            events.publishEvent(new ServicesChanged(Set.copyOf(imported)));
        });
        await(() -> FEED_SERVICES.stream().noneMatch(this::indexed));
        // The searches above that found nothing were recorded as gaps: they are this test's, not the portal's.
        jdbc.sql("delete from search_gap where query_text like '%Zephyrine%' or query_text like '%Quillborough%'"
                + " or query_text like '%Marlowe%' or query_text like '%Xanthippe%'").update();
    }

    @Test
    void pullsAFeedThenItsChangesThenRetiresWhatDisappeared() {
        UUID source = register("Northshire Council", "http://127.0.0.1:" + server.getAddress().getPort() + "/oruk");

        FeedReport first = feeds.pull(source);

        assertThat(first.mode()).isEqualTo("full");
        assertThat(first.status()).isEqualTo("partial");
        assertThat(requests).anyMatch(r -> r.startsWith("/oruk/services?page=1&per_page=50&full=true"))
                .anyMatch(r -> r.startsWith("/oruk/services?page=2&"))
                .noneMatch(r -> r.contains("modified_after"));
        assertThat(first.withOutcome(RecordOutcome.ADDED)).extracting(RecordOutcome::name)
                .containsExactlyInAnyOrder("Zephyrine Toddler Rhyme Club", "Quillborough Dads Breakfast",
                        "Marlowe Sensory Den");
        // The unknown taxonomy term is skipped with a warning; the record is still imported.
        assertThat(outcome(first, ZEPHYRINE.toString()).reasons()).anyMatch(r -> r.contains("unknown here"));
        assertThat(reasons(first, id(3).toString())).anyMatch(r -> r.contains("outside the area"));
        assertThat(first.withOutcome(RecordOutcome.REJECTED)).anyMatch(r -> r.id() != null
                && r.id().equals(id(4).toString()) && r.reasons().contains("name: is required"));
        assertThat(reasons(first, "not-a-uuid")).anyMatch(r -> r.startsWith("id: must be a UUID"));
        assertThat(reasons(first, id(6).toString())).anyMatch(r -> r.startsWith("status:"));
        assertThat(reasons(first, OWN_SERVICE.toString())).anyMatch(r -> r.startsWith("conflict:"));
        assertThat(first.counts()).containsEntry("added", 3).containsEntry("rejected", 5);

        // Imported services are in their localities, labelled with their source, and searchable.
        assertThat(locality(ZEPHYRINE)).isEqualTo("crewe-nantwich");
        assertThat(locality(QUILLBOROUGH)).isEqualTo("macclesfield");
        assertThat(feeds.sourceOf(ZEPHYRINE)).contains("Northshire Council");
        assertThat(directory.service(ZEPHYRINE)).get().extracting(ServiceDetails::listedBy)
                .isEqualTo("Northshire Council");
        assertThat(feeds.sourceOf(OWN_SERVICE)).isEmpty();
        assertThat(jdbc.sql("select count(*) from service where id = ?").param(id(3)).query(Long.class).single())
                .isZero();
        await(() -> indexed(ZEPHYRINE) && indexed(MARLOWE));
        assertThat(hits("Zephyrine")).contains(ZEPHYRINE);
        // Our own content was not touched by the feed that claimed its id.
        assertThat(name(OWN_SERVICE)).isEqualTo(ownName);
        assertThat(feeds.source(source).orElseThrow().lastStatus()).isEqualTo("partial");
        assertThat(feeds.lastReport(source).orElseThrow()).contains("Zephyrine Toddler Rhyme Club");

        // Second pull: only what changed since the first, asked for with modified_after.
        scenario = "changes";
        requests.clear();
        FeedReport changes = feeds.pull(source);

        assertThat(changes.mode()).isEqualTo("changes");
        assertThat(requests).singleElement().satisfies(r -> assertThat(r).contains("modified_after="));
        assertThat(changes.records()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(RecordOutcome.UPDATED);
            assertThat(r.name()).isEqualTo("Zephyrine Toddler Rhyme Club and Songs");
        });
        assertThat(name(ZEPHYRINE)).isEqualTo("Zephyrine Toddler Rhyme Club and Songs");
        assertThat(status(MARLOWE)).isEqualTo("active");
        await(() -> hits("Songs Zephyrine").contains(ZEPHYRINE));

        // Full pull: Marlowe is gone from the feed (retired, not deleted); Quillborough is a list item
        // that is not fully nested, so it is fetched by id, and it did not change.
        scenario = "full";
        requests.clear();
        FeedReport full = feeds.pull(source, true);

        assertThat(requests).noneMatch(r -> r.contains("modified_after"))
                .contains("/oruk/services/" + QUILLBOROUGH);
        assertThat(outcome(full, ZEPHYRINE.toString()).outcome()).isEqualTo(RecordOutcome.UNCHANGED);
        assertThat(outcome(full, QUILLBOROUGH.toString()).outcome()).isEqualTo(RecordOutcome.UNCHANGED);
        assertThat(outcome(full, MARLOWE.toString()).outcome()).isEqualTo(RecordOutcome.RETIRED);
        assertThat(full.status()).isEqualTo("ok");
        assertThat(status(MARLOWE)).isEqualTo("inactive");
        await(() -> !indexed(MARLOWE));
    }

    @Test
    void importsAnUploadedFileAndNeverTakesOverAnotherSourcesServices() {
        UUID source = register("Upload Only Charity", null);
        FeedReport report = feeds.importFile(source, getClass().getResourceAsStream("/feeds/upload.json"));

        assertThat(report.mode()).isEqualTo("file");
        assertThat(outcome(report, XANTHIPPE.toString()).outcome()).isEqualTo(RecordOutcome.ADDED);
        // Placed by its town when the address has no postcode.
        assertThat(locality(XANTHIPPE)).isEqualTo("macclesfield");
        assertThat(feeds.sourceOf(XANTHIPPE)).contains("Upload Only Charity");
        await(() -> indexed(XANTHIPPE));

        UUID other = register("Another Publisher", null);
        FeedReport claimed = feeds.importFile(other, getClass().getResourceAsStream("/feeds/upload.json"));
        assertThat(reasons(claimed, XANTHIPPE.toString())).anyMatch(r -> r.contains("by another feed"));
        assertThat(feeds.sourceOf(XANTHIPPE)).contains("Upload Only Charity");

        assertThatThrownBy(() -> feeds.importFile(source, InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> feeds.pull(source)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> feeds.pull(UUID.randomUUID())).isInstanceOf(UnknownFeedException.class);
    }

    /**
     * A charity number says which organisation it is: a feed's service from a charity the portal already lists under
     * another id joins that organisation (no duplicate), a new organisation keeps its numbers, and a number that is
     * not in a register's shape is left out with a warning.
     */
    @Test
    void aFeedsOrganisationIsMatchedByItsCharityNumberAndANewOneKeepsItsNumbers() {
        UUID portalOrganisation = jdbc.sql("select organization_id from service where id = ?").param(OWN_SERVICE)
                .query(UUID.class).single();
        jdbc.sql("insert into organization_identifier (id, organization_id, identifier_scheme, identifier_type,"
                + " identifier) values (?, ?, 'GB-CHC', 'charity', '1123456')").params(id(9100), portalOrganisation)
                .update();
        try {
            UUID source = register("Charity Number Feed", null);
            FeedReport matched = upload(source, "fe0d0000-0000-4000-8000-000000009001", """
                    [{"identifier_scheme": "GB-CHC", "identifier": "112 3456"},
                     {"identifier_scheme": "GB-CHC", "identifier": "12"}]""");

            assertThat(outcome(matched, XANTHIPPE.toString()).outcome()).isEqualTo(RecordOutcome.ADDED);
            assertThat(outcome(matched, XANTHIPPE.toString()).reasons())
                    .anyMatch(r -> r.contains("GB-CHC 1123456 is the number of") && r.contains("listed under it"))
                    .anyMatch(r -> r.contains("'GB-CHC 12' is not a charity (GB-CHC) or company (GB-COH) number"));
            assertThat(organisationOf(XANTHIPPE)).isEqualTo(portalOrganisation);
            assertThat(jdbc.sql("select count(*) from organization where id = ?").param(id(9001)).query(Long.class)
                    .single()).isZero();

            // Its own publisher's next file: a new organisation (no number the directory knows) keeps its numbers.
            jdbc.sql("delete from organization_identifier where id = ?").param(id(9100)).update();
            FeedReport own = upload(source, "fe0d0000-0000-4000-8000-000000009001", """
                    [{"identifier_scheme": "GB-COH", "identifier": "1234567"}]""");
            assertThat(outcome(own, XANTHIPPE.toString()).outcome()).isEqualTo(RecordOutcome.UPDATED);
            assertThat(organisationOf(XANTHIPPE)).isEqualTo(id(9001));
            assertThat(jdbc.sql("select concat(identifier_scheme, ' ', identifier) from organization_identifier"
                    + " where organization_id = ?").param(id(9001)).query(String.class).list())
                    .containsExactly("GB-COH 01234567");
        } finally {
            jdbc.sql("delete from organization_identifier where id = ?").param(id(9100)).update();
        }
    }

    private FeedReport upload(UUID source, String organisationId, String identifiers) {
        String json = """
                [{"id": "%s", "name": "Xanthippe Baby Massage", "status": "active",
                  "description": "A feed test service",
                  "organization": {"id": "%s", "name": "Xanthippe Trust", "organization_identifiers": %s},
                  "service_areas": [{"id": "fe0d0000-0000-4000-8000-000000000117", "name": "Macclesfield"}]}]"""
                .formatted(XANTHIPPE, organisationId, identifiers);
        return feeds.importFile(source, new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private UUID organisationOf(UUID service) {
        return jdbc.sql("select organization_id from service where id = ?").param(service).query(UUID.class).single();
    }

    @Test
    void aFeedThatCannotBeReadIsReportedAndRetiresNothing() {
        UUID source = register("Unreachable Council", "http://127.0.0.1:" + server.getAddress().getPort() + "/none");

        FeedReport report = feeds.pull(source);

        assertThat(report.status()).isEqualTo("failed");
        assertThat(report.error()).contains("HTTP 404");
        assertThat(feeds.source(source).orElseThrow().lastPulledAt()).isNull();
    }

    @Test
    void aFeedOnTheServersOwnNetworkIsRefusedInTheSameWordsWhetherAPortIsOpenOrClosed() throws IOException {
        // 127.0.0.2 is this machine, but only 127.0.0.1 is on the test profile's allow-list.
        HttpServer internal = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        internal.createContext("/oruk/services", this::serve);
        internal.start();
        int closedPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.2"))) {
            closedPort = free.getLocalPort();
        }
        try {
            FeedReport open = feeds.pull(register("Internal Council",
                    "http://127.0.0.2:" + internal.getAddress().getPort() + "/oruk"));
            FeedReport closed = feeds.pull(register("Closed Council", "http://127.0.0.2:" + closedPort + "/oruk"));
            FeedReport metadata = feeds.pull(register("Metadata Council", "http://169.254.169.254/latest"));

            for (FeedReport report : List.of(open, closed, metadata)) {
                assertThat(report.status()).isEqualTo("failed");
                assertThat(report.error()).endsWith(": " + org.familyhub.shared.outbound.OutboundFetchException.NOT_FETCHED);
            }
            assertThat(requests).as("nothing reached the internal server").isEmpty();
        } finally {
            internal.stop(0);
        }
    }

    private UUID register(String name, String baseUrl) {
        UUID id = feeds.register(name, baseUrl).id();
        sources.add(id);
        return id;
    }

    private static RecordOutcome outcome(FeedReport report, String id) {
        return report.records().stream().filter(r -> id.equals(r.id())).findFirst().orElseThrow();
    }

    private static List<String> reasons(FeedReport report, String id) {
        RecordOutcome outcome = outcome(report, id);
        assertThat(outcome.outcome()).isEqualTo(RecordOutcome.REJECTED);
        return outcome.reasons();
    }

    private String locality(UUID service) {
        return jdbc.sql("""
                select lo.code from service_at_location sal join location l on l.id = sal.location_id
                join locality lo on lo.id = l.locality_id where sal.service_id = ?""")
                .param(service).query(String.class).single();
    }

    private String name(UUID service) {
        return jdbc.sql("select name from service where id = ?").param(service).query(String.class).single();
    }

    private String status(UUID service) {
        return jdbc.sql("select status from service where id = ?").param(service).query(String.class).single();
    }

    private List<UUID> hits(String words) {
        return search.search(SearchQuery.forText(words).build()).hits().stream()
                .map(org.familyhub.search.SearchResults.Hit::id).toList();
    }

    private boolean indexed(UUID service) {
        String name = jdbc.sql("select name from service where id = ?").param(service).query(String.class)
                .optional().orElse(null);
        String word = name == null ? "Zephyrine Quillborough Marlowe Xanthippe" : name;
        return search.search(SearchQuery.forText(word).size(50).build()).hits().stream()
                .anyMatch(hit -> hit.id().equals(service));
    }

    private void await(BooleanSupplier condition) {
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(30), condition);
    }
}
