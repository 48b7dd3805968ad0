package org.familyhub.workspace;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.Directory;
import org.familyhub.directory.InvalidListingException;
import org.familyhub.directory.RichText;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familyhub.workspace.WorkspaceFixture.CONNEXIONS;

/**
 * An XSS corpus through every field of the form, an import and a legacy page: whatever is stored can
 * never run in a browser. Plain fields hold no angle brackets; the description only the safe subset.
 */
@PortalTest
class SafeTextTest {

    static final List<String> CORPUS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "\"><svg onload=alert(1)>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<iframe src=\"//evil.example\"></iframe>",
            "<p onclick=\"alert(1)\">hello</p>",
            "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
            "<scr<script>ipt>alert(1)</script>",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<<script>script>alert(1)<</script>/script>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<body onload=alert(1)>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
            "Stay &amp; Play <b onmouseover=alert(1)>today</b>");

    static final Map<String, BiFunction<ListingForm, String, ListingForm>> FIELDS = Map.ofEntries(
            Map.entry("name", (f, v) -> new ListingForm(v, f.alternateName(), f.description(), f.status(), f.email(),
                    f.url(), f.phone(), f.minimumAge(), f.maximumAge(), f.feesDescription(), f.eligibilityDescription(),
                    f.applicationProcess(), f.venueName(), f.venueAddress(), f.venueTown(), f.venuePostcode(),
                    f.openingTimes())),
            Map.entry("alternateName", (f, v) -> new ListingForm(f.name(), v, f.description(), f.status(), f.email(),
                    f.url(), f.phone(), f.minimumAge(), f.maximumAge(), f.feesDescription(), f.eligibilityDescription(),
                    f.applicationProcess(), f.venueName(), f.venueAddress(), f.venueTown(), f.venuePostcode(),
                    f.openingTimes())),
            Map.entry("description", (f, v) -> new ListingForm(f.name(), f.alternateName(), v, f.status(), f.email(),
                    f.url(), f.phone(), f.minimumAge(), f.maximumAge(), f.feesDescription(), f.eligibilityDescription(),
                    f.applicationProcess(), f.venueName(), f.venueAddress(), f.venueTown(), f.venuePostcode(),
                    f.openingTimes())),
            Map.entry("email", (f, v) -> new ListingForm(f.name(), f.alternateName(), f.description(), f.status(), v,
                    f.url(), f.phone(), f.minimumAge(), f.maximumAge(), f.feesDescription(), f.eligibilityDescription(),
                    f.applicationProcess(), f.venueName(), f.venueAddress(), f.venueTown(), f.venuePostcode(),
                    f.openingTimes())),
            Map.entry("url", (f, v) -> new ListingForm(f.name(), f.alternateName(), f.description(), f.status(),
                    f.email(), v, f.phone(), f.minimumAge(), f.maximumAge(), f.feesDescription(),
                    f.eligibilityDescription(), f.applicationProcess(), f.venueName(), f.venueAddress(), f.venueTown(),
                    f.venuePostcode(), f.openingTimes())),
            Map.entry("phone", (f, v) -> new ListingForm(f.name(), f.alternateName(), f.description(), f.status(),
                    f.email(), f.url(), v, f.minimumAge(), f.maximumAge(), f.feesDescription(),
                    f.eligibilityDescription(), f.applicationProcess(), f.venueName(), f.venueAddress(), f.venueTown(),
                    f.venuePostcode(), f.openingTimes())),
            Map.entry("feesDescription", (f, v) -> new ListingForm(f.name(), f.alternateName(), f.description(),
                    f.status(), f.email(), f.url(), f.phone(), f.minimumAge(), f.maximumAge(), v,
                    f.eligibilityDescription(), f.applicationProcess(), f.venueName(), f.venueAddress(), f.venueTown(),
                    f.venuePostcode(), f.openingTimes())),
            Map.entry("eligibilityDescription", (f, v) -> new ListingForm(f.name(), f.alternateName(),
                    f.description(), f.status(), f.email(), f.url(), f.phone(), f.minimumAge(), f.maximumAge(),
                    f.feesDescription(), v, f.applicationProcess(), f.venueName(), f.venueAddress(), f.venueTown(),
                    f.venuePostcode(), f.openingTimes())),
            Map.entry("applicationProcess", (f, v) -> new ListingForm(f.name(), f.alternateName(), f.description(),
                    f.status(), f.email(), f.url(), f.phone(), f.minimumAge(), f.maximumAge(), f.feesDescription(),
                    f.eligibilityDescription(), v, f.venueName(), f.venueAddress(), f.venueTown(), f.venuePostcode(),
                    f.openingTimes())),
            Map.entry("venueName", (f, v) -> new ListingForm(f.name(), f.alternateName(), f.description(), f.status(),
                    f.email(), f.url(), f.phone(), f.minimumAge(), f.maximumAge(), f.feesDescription(),
                    f.eligibilityDescription(), f.applicationProcess(), v, f.venueAddress(), f.venueTown(),
                    f.venuePostcode(), f.openingTimes())),
            Map.entry("venueAddress", (f, v) -> new ListingForm(f.name(), f.alternateName(), f.description(),
                    f.status(), f.email(), f.url(), f.phone(), f.minimumAge(), f.maximumAge(), f.feesDescription(),
                    f.eligibilityDescription(), f.applicationProcess(), f.venueName(), v, f.venueTown(),
                    f.venuePostcode(), f.openingTimes())),
            Map.entry("venueTown", (f, v) -> new ListingForm(f.name(), f.alternateName(), f.description(), f.status(),
                    f.email(), f.url(), f.phone(), f.minimumAge(), f.maximumAge(), f.feesDescription(),
                    f.eligibilityDescription(), f.applicationProcess(), f.venueName(), f.venueAddress(), v,
                    f.venuePostcode(), f.openingTimes())),
            Map.entry("venuePostcode", (f, v) -> new ListingForm(f.name(), f.alternateName(), f.description(),
                    f.status(), f.email(), f.url(), f.phone(), f.minimumAge(), f.maximumAge(), f.feesDescription(),
                    f.eligibilityDescription(), f.applicationProcess(), f.venueName(), f.venueAddress(), f.venueTown(),
                    v, f.openingTimes())),
            Map.entry("openingTimes", (f, v) -> new ListingForm(f.name(), f.alternateName(), f.description(),
                    f.status(), f.email(), f.url(), f.phone(), f.minimumAge(), f.maximumAge(), f.feesDescription(),
                    f.eligibilityDescription(), f.applicationProcess(), f.venueName(), f.venueAddress(), f.venueTown(),
                    f.venuePostcode(), v)));

    @Autowired
    ListingWorkflow workflow;
    @Autowired
    BulkTransfer transfer;
    @Autowired
    LegacyPageImport legacyPages;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Directory directory;
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
    }

    @Test
    void nothingExecutableIsStoredThroughAnyFieldOfTheForm() {
        Draft draft = workflow.propose(CONNEXIONS);
        created.add(draft.serviceId());
        ListingForm valid = ListingWorkflowTest.form("Echidna Play Club", "CW1 2AB");
        int saved = 0;
        for (Map.Entry<String, BiFunction<ListingForm, String, ListingForm>> field : FIELDS.entrySet()) {
            for (String attack : CORPUS) {
                try {
                    workflow.save(draft.id(), field.getValue().apply(valid, attack));
                    saved++;
                } catch (InvalidListingException refused) {
                    assertThat(refused.problems()).as(field.getKey() + " " + attack).isNotEmpty();
                }
                assertSafe(storedDocument(draft.id()), field.getKey() + " <- " + attack);
            }
        }
        assertThat(saved).as("most attacks are cleaned rather than refused").isGreaterThan(CORPUS.size() * 8);
    }

    @Test
    void theSafeSubsetSurvivesAndParentsSeePlainText() {
        Draft draft = workflow.propose(CONNEXIONS);
        created.add(draft.serviceId());
        String description = "<p>Songs &amp; <strong>stories</strong> <script>alert(1)</script></p>"
                + "<ul><li>Free</li><li><a href=\"https://example.org\" onclick=\"x()\">Book</a></li></ul>";
        workflow.save(draft.id(), ListingWorkflowTest.form("Echidna Rhyme Time", "CW1 2AB")
                .withDescription(description));
        workflow.publish(draft.id());

        assertThat(storedDocument(draft.id()).get("description").asString()).isEqualTo(
                "<p>Songs &amp; <strong>stories</strong> </p><ul><li>Free</li>"
                        + "<li><a href=\"https://example.org\" rel=\"nofollow\">Book</a></li></ul>");
        assertThat(directory.service(draft.serviceId()).orElseThrow().description())
                .isEqualTo("Songs & stories\n\n• Free\n• Book");
        assertThat(workflow.draft(draft.id()).previewText()).isEqualTo("Songs & stories\n\n• Free\n• Book");
    }

    @Test
    void importsAndLegacyPagesAreCleanedTheSameWay() {
        UUID id = UUID.randomUUID();
        created.add(id);
        Map<String, Object> listing = BulkTransferTest.listing(id, "Echidna <script>alert(1)</script>Club", "CW1 3AA");
        listing.put("description", "<img src=x onerror=alert(1)><p>Fun</p>");
        listing.put("fees_description", "<b onmouseover=alert(1)>Free</b>");
        assertThat(transfer.importJson(ServiceDocumentJson.JSON.writeValueAsString(List.of(listing))).imported())
                .isTrue();
        var service = directory.service(id).orElseThrow();
        assertThat(service.name()).isEqualTo("Echidna Club");
        assertThat(service.description()).isEqualTo("Fun");

        Draft page = legacyPages.importPage("<h1>Echidna <script>x()</script>Group</h1><p onclick=\"x()\">A group for"
                + " families who like to sing together every week.</p><address>Hall<br>1 Road<br>Crewe<br>CW1 2AB"
                + "</address>", CONNEXIONS);
        created.add(page.serviceId());
        assertSafe(storedDocument(page.id()), "legacy page");
        assertThat(page.name()).isEqualTo("Echidna Group");
    }

    private tools.jackson.databind.JsonNode storedDocument(UUID draftId) {
        String json = jdbc.sql("select document from listing_draft where id = ?").param(draftId)
                .query(String.class).single();
        return ServiceDocumentJson.JSON.readTree(json);
    }

    /** Plain fields: no markup at all. The description: only the safe subset, no handlers, only web links. */
    static void assertSafe(tools.jackson.databind.JsonNode node, String what) {
        walk(node, "", what);
    }

    private static void walk(tools.jackson.databind.JsonNode node, String path, String what) {
        if (node.isObject()) {
            node.properties().forEach(e -> walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
                    what));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", what);
            }
        } else if (node.isString()) {
            String text = node.asString();
            if (path.equals("description")) {
                for (Element element : Jsoup.parseBodyFragment(text).body().getAllElements()) {
                    assertThat(Set.of("body", "p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a"))
                            .as(what + ": " + text).contains(element.normalName());
                    element.attributes().forEach(a -> {
                        assertThat(a.getKey()).as(what + ": " + text).isIn("href", "rel");
                        if (a.getKey().equals("href")) {
                            assertThat(a.getValue()).as(what + ": " + text).matches("(?i)^(https?:|mailto:).*");
                        }
                    });
                }
                assertThat(RichText.description(text)).as("stored description is already clean").isEqualTo(text);
            } else {
                assertThat(text).as(what + " at " + path).doesNotContain("<").doesNotContain(">");
            }
        }
    }
}
