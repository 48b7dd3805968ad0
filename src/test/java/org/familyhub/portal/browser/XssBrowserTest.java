package org.familyhub.portal.browser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familyhub.directory.ServicesChanged;
import org.familyhub.directory.feed.FeedImport;
import org.familyhub.directory.feed.FeedReport;
import org.familyhub.directory.feed.RecordOutcome;
import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script in a listing runs nowhere: a feed carrying {@code <script>}, {@code </script>} and {@code onerror=},
 * and the same markup stored raw (as a feed import before the cleaning stored it), opened in Chromium on the
 * service page (with its JSON-LD) and in search results. Each page must leave {@code window.__xss} unset
 * and report no Content-Security-Policy violation, so the policy is also shown to let Vaadin work.
 */
@BrowserTest
class XssBrowserTest {

    static final String PAYLOAD = "</script><script>window.__xss=1</script><img src=x onerror=\"window.__xss=1\">"
            + "<!--<script>window.__xss=1</script>-->\u2028";
    static final String STORED_NAME = "Wombat Stored " + PAYLOAD;

    /** Records every CSP violation from the first moment of each page, before any of its own scripts. */
    static final String CSP_RECORDER = "window.__csp = []; document.addEventListener('securitypolicyviolation',"
            + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));";

    @LocalServerPort
    int port;
    @Autowired
    FeedImport feeds;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;

    final UUID fromFeed = UUID.randomUUID();
    final UUID storedRaw = UUID.randomUUID();
    final UUID organisation = UUID.randomUUID();
    UUID source;
    Chromium browser;

    static Map<String, Object> record(UUID id, UUID organisation, String name) {
        return Map.of("id", id.toString(), "name", name, "status", "active",
                "description", "<p>A group for families.</p>" + PAYLOAD,
                "fees_description", PAYLOAD,
                "organization", Map.of("id", organisation.toString(), "name", "Wombat Trust " + PAYLOAD),
                "phones", List.of(Map.of("id", UUID.randomUUID().toString(), "number", "01270 555 299")),
                "service_at_locations", List.of(Map.of("id", UUID.randomUUID().toString(),
                        "location", Map.of("id", UUID.randomUUID().toString(), "location_type", "physical",
                                "name", "Wombat Hall " + PAYLOAD, "latitude", 53.0979, "longitude", -2.4416,
                                "addresses", List.of(Map.of("id", UUID.randomUUID().toString(),
                                        "address_1", "2 Mill Street " + PAYLOAD, "city", "Crewe",
                                        "postal_code", "CW1 3AA", "country", "GB", "address_type", "physical"))))));
    }

    @BeforeEach
    void importTheHostileFeed() {
        source = feeds.register("Wombat Hostile Feed", null).id();
        String file = JsonMapper.builder().build().writeValueAsString(List.of(
                record(fromFeed, organisation, "Wombat Feed " + PAYLOAD),
                record(storedRaw, organisation, "Wombat Stored placeholder")));
        FeedReport report = feeds.importFile(source, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.withOutcome(RecordOutcome.ADDED)).as(report.toString()).hasSize(2);
        // Markup as a feed import stored it before every way in was cleaned.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("update service set name = ?, description = ? where id = ?")
                    .params(STORED_NAME, "<p>Stored raw.</p>" + PAYLOAD, storedRaw).update();
            events.publishEvent(new ServicesChanged(Set.of(storedRaw)));
        });
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(60), () -> {
            List<SearchResultsName> hits = wombats();
            return hits.contains(new SearchResultsName(storedRaw, STORED_NAME))
                    && hits.stream().anyMatch(hit -> hit.id().equals(fromFeed));
        });
        browser = new Chromium(port, Chromium.DESKTOP);
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_RECORDER));
    }

    record SearchResultsName(UUID id, String name) {
    }

    private List<SearchResultsName> wombats() {
        return search.search(SearchQuery.forText("wombat").size(20).build()).hits().stream()
                .map(hit -> new SearchResultsName(hit.id(), hit.name())).toList();
    }

    @AfterEach
    void removeTheFeed() {
        if (browser != null) {
            browser.close();
        }
        List<UUID> services = List.of(fromFeed, storedRaw);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            List<UUID> locations = jdbc.sql("select location_id from service_at_location where service_id in (:ids)")
                    .param("ids", services).query(UUID.class).list();
            List<UUID> links = new ArrayList<>(services);
            links.addAll(locations);
            jdbc.sql("delete from attribute where link_id in (:ids)").param("ids", links).update();
            jdbc.sql("delete from service where id in (:ids)").param("ids", services).update();
            if (!locations.isEmpty()) {
                jdbc.sql("delete from location where id in (:ids) and id not in (select location_id from service_at_location)")
                        .param("ids", locations).update();
            }
            jdbc.sql("delete from organization where id = ?").param(organisation).update();
            jdbc.sql("delete from feed_source where id = ?").param(source).update();
            events.publishEvent(new ServicesChanged(Set.copyOf(services)));
        });
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(60), () -> wombats().isEmpty());
        jdbc.sql("delete from search_gap where query_text like '%wombat%'").update();
    }

    @Test
    void aFeedsMarkupIsStoredAsPlainTextAndTheSafeSubset() {
        Map<String, Object> stored = jdbc.sql("select name, description, fees_description from service where id = ?")
                .param(fromFeed).query().singleRow();

        assertThat((String) stored.get("name")).startsWith("Wombat Feed").doesNotContain("<", ">");
        assertThat((String) stored.get("fees_description")).doesNotContain("<", ">");
        assertThat((String) stored.get("description")).isEqualTo("<p>A group for families.</p>");
        assertThat(jdbc.sql("select name from organization where id = ?").param(organisation).query(String.class)
                .single()).doesNotContain("<", ">");
    }

    @Test
    void theServicePagesRunNothingAndTheirJsonLdHoldsTheTextIntact() {
        for (UUID service : List.of(fromFeed, storedRaw)) {
            browser.open("services/" + service);

            assertThat(browser.text()).contains("Wombat");
            assertNothingRan();
            List<?> jsonLd = (List<?>) browser.js("return Array.from(document.querySelectorAll("
                    + "'script[type=\"application/ld+json\"]')).map(s => JSON.parse(s.textContent).name);");
            String name = jdbc.sql("select name from service where id = ?").param(service).query(String.class).single();
            assertThat(jsonLd).as("one JSON-LD block").hasSize(1);
            assertThat(jsonLd.getFirst()).as("the JSON-LD name, exactly as stored").isEqualTo(name);
        }
    }

    @Test
    void searchResultsRunNothing() {
        browser.open("search?q=wombat");

        assertThat(browser.text()).contains("Wombat Stored", "Wombat Feed");
        assertNothingRan();
    }

    @Test
    void theOpenReferralApiPassesNoMarkupOnEvenForTextStoredRaw() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/api/oruk/services/" + storedRaw, "/api/oruk/services?search=wombat")) {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(body).contains("Wombat Stored").doesNotContainIgnoringCase("<script")
                    .doesNotContainIgnoringCase("</script").doesNotContainIgnoringCase("onerror")
                    .doesNotContain("<img", "<!--");
        }
    }

    @Test
    void thePolicyStopsAnInlineScriptThePageDidNotSend() {
        browser.open("");
        assertNothingRan();

        browser.js("const s = document.createElement('script'); s.textContent = 'window.__inline = 1';"
                + " document.head.appendChild(s);");

        browser.waitFor(d -> (Boolean) browser.js("return window.__csp.length > 0;"));
        assertThat(browser.js("return typeof window.__inline;")).isEqualTo("undefined");
        assertThat((List<?>) browser.js("return window.__csp;")).singleElement().asString().startsWith("script-src");
    }

    private void assertNothingRan() {
        // An <img onerror> would fire once its (missing) picture fails: give it the time to.
        browser.waitFor(d -> Boolean.TRUE.equals(browser.js("return document.readyState === 'complete';")));
        sleep(Duration.ofSeconds(1));
        assertThat(browser.js("return typeof window.__xss;")).as(browser.url()).isEqualTo("undefined");
        assertThat((List<?>) browser.js("return window.__csp;")).as("CSP violations on " + browser.url()).isEmpty();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
