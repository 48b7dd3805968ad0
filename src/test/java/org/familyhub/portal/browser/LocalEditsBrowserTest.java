package org.familyhub.portal.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.familyhub.directory.feed.FeedImport;
import org.familyhub.directory.feed.ImportedListing;
import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.familyhub.workspace.Draft;
import org.familyhub.workspace.ListingWorkflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds as partners (#20) in a real browser: an editor reads in the listing editor which fields of a feed's listing
 * are kept from the feed and releases one. Axe at 1280 and 390 px.
 */
@BrowserTest
class LocalEditsBrowserTest {

    static final UUID SERVICE = UUID.fromString("fe0de000-0000-4000-8000-000000000201");
    static final UUID VENUE = UUID.fromString("fe0de000-0000-4000-8000-000000000202");
    static final UUID ORGANISATION = UUID.fromString("fe0de000-0000-4000-8000-000000000209");

    @LocalServerPort
    int port;
    @Autowired
    FeedImport feeds;
    @Autowired
    ListingWorkflow workflow;
    @Autowired
    UserAccounts accounts;
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

    private Chromium browser;
    private UUID feed;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
        SignedIn.out();
        ImportedListing.remove(jdbc, transactions, events, SERVICE, VENUE, ORGANISATION,
                feed == null ? List.of() : List.of(feed));
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(60),
                () -> search.search(SearchQuery.forText("Pier Rhyme Time").size(5).build()).hits().stream()
                        .noneMatch(hit -> hit.id().equals(SERVICE)));
    }

    @Test
    void anEditorReadsAndReleasesTheFieldsKeptFromTheFeedOnADeskAndAPhone() {
        feed = feeds.register("Browser Local Edits Council", null).id();
        feeds.importFile(feed, new ByteArrayInputStream("""
                [{"id": "%s", "name": "Pier Rhyme Time", "status": "active", "description": "Songs for babies.",
                  "organization": {"id": "%s", "name": "Pier Families Feed Org"},
                  "service_at_locations": [{"location": {"id": "%s", "name": "Pier Hall",
                    "addresses": [{"address_1": "1 Pier Street", "city": "Macclesfield", "postal_code": "SK10 1AA"}]}}]}]"""
                .formatted(SERVICE, ORGANISATION, VENUE).getBytes(StandardCharsets.UTF_8)));
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.edit(SERVICE);
        workflow.save(draft.id(), document -> renamed(document, "Pier Rhyme Time (Fridays)"));
        workflow.publish(draft.id());
        SignedIn.out();

        browser = Chromium.signedInAs(port, "editor");
        for (Dimension size : new Dimension[] {Chromium.DESKTOP, Chromium.PHONE}) {
            browser.resize(size);
            browser.open("workspace/edit/" + SERVICE);
            assertThat(browser.find("#listing-local-edits").getText())
                    .contains("Fields kept from the feed", "Browser Local Edits Council", "Release: name");
            assertThat(Axe.violations(browser)).as("listing editor at " + size.width).isEmpty();
        }
        browser.find(".local-edits-release").click();
        browser.settle();
        assertThat(browser.find("#listing-local-edits").getText()).contains("Released: name.");
    }

    private static HsdsDocuments.Service renamed(HsdsDocuments.Service document, String name) {
        ObjectNode tree = (ObjectNode) ServiceDocumentJson.JSON.valueToTree(document);
        tree.put("name", name);
        return ServiceDocumentJson.JSON.treeToValue(tree, HsdsDocuments.Service.class);
    }
}
