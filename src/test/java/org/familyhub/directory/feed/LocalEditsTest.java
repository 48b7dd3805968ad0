package org.familyhub.directory.feed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.familyhub.workspace.Draft;
import org.familyhub.workspace.ListingHistory;
import org.familyhub.workspace.ListingWorkflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Feeds as partners (#20): an editor's published change to a feed's listing locks the fields it changed; the feed's
 * rule says whether the next uploads keep them or replace them; an editor may release them; a feed updates the venue
 * it created but never the portal's. Everything imported here is deleted afterwards.
 */
@PortalTest
class LocalEditsTest {

    static final UUID SERVICE = id(1);
    static final UUID OWN_VENUE = id(2);
    static final UUID ORGANISATION = id(9);
    /** A venue of the portal's own sample content, not the feed's. */
    static final UUID PORTAL_VENUE = UUID.fromString("028183d8-1331-5374-8f0e-e38531737e61");

    @Autowired
    FeedImport feeds;
    @Autowired
    LocalEdits localEdits;
    @Autowired
    ListingWorkflow workflow;
    @Autowired
    ListingHistory history;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    final List<UUID> sources = new ArrayList<>();

    @AfterEach
    void removeWhatWasImported() {
        SignedIn.out();
        // The search indexer may be reading the listing just written; a deadlock with it is tried again.
        for (int attempt = 1; ; attempt++) {
            try {
                remove();
                return;
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private void remove() {
        ImportedListing.remove(jdbc, transactions, events, SERVICE, OWN_VENUE, ORGANISATION, sources);
    }

    @Test
    void aFieldAnEditorChangedKeepsItsLocalValueUntilReleasedWhileTheOthersFollowTheFeed() {
        UUID feed = register("Local Edits Test Council");
        assertThat(feeds.source(feed).orElseThrow().whoWins()).isEqualTo("local_edits");
        upload(feed, record("Harbour Rhyme Time", "Songs for babies.", "1 Harbour Street", "Harbour Hall"));

        publishAsEditor("name", "Harbour Rhyme Time (Tuesdays)");
        assertThat(locks()).containsExactly("name");

        FeedReport changed = upload(feed, record("Harbour Rhymes", "Songs and rhymes for babies.", "1 Harbour Street",
                "Harbour Hall"));

        assertThat(name()).isEqualTo("Harbour Rhyme Time (Tuesdays)");
        assertThat(description()).contains("Songs and rhymes for babies.");
        RecordOutcome line = changed.records().stream().filter(r -> SERVICE.toString().equals(r.id())).findFirst()
                .orElseThrow();
        assertThat(line.outcome()).isEqualTo(RecordOutcome.UPDATED);
        assertThat(line.reasons()).anyMatch(r -> r.startsWith("kept the local name ("));

        // The same record again: the content-hash shortcut still answers "unchanged" and keeps the local name.
        FeedReport again = upload(feed, record("Harbour Rhymes", "Songs and rhymes for babies.", "1 Harbour Street",
                "Harbour Hall"));
        assertThat(again.counts()).containsEntry(RecordOutcome.UNCHANGED, 1);
        assertThat(name()).isEqualTo("Harbour Rhyme Time (Tuesdays)");

        SignedIn.as(accounts, "editor");
        assertThat(localEdits.release(SERVICE, List.of()).orElseThrow().fields()).isEmpty();
        FeedReport released = upload(feed, record("Harbour Rhymes", "Songs and rhymes for babies.",
                "1 Harbour Street", "Harbour Hall"));

        assertThat(released.counts()).containsEntry(RecordOutcome.UPDATED, 1);
        assertThat(name()).isEqualTo("Harbour Rhymes");
    }

    /** Every way an editor changes a feed's listing locks what it changed: here, putting an earlier version back. */
    @Test
    void anEarlierVersionPutBackByAnEditorLocksTheFieldsItChanged() {
        UUID feed = register("Restore Test Council");
        upload(feed, record("Harbour Rhyme Time", "Songs for babies.", "1 Harbour Street", "Harbour Hall"));
        publishAsEditor("name", "Harbour Rhyme Time (Tuesdays)");
        SignedIn.as(accounts, "editor");
        localEdits.release(SERVICE, List.of());
        assertThat(locks()).isEmpty();

        UUID published = jdbc.sql("select id from listing_change where service_id = ? and action = 'PUBLISHED'")
                .param(SERVICE).query(UUID.class).single();
        history.restoreBefore(published);

        assertThat(name()).isEqualTo("Harbour Rhyme Time");
        assertThat(locks()).containsExactly("name");
        upload(feed, record("Harbour Rhymes", "Songs for babies.", "1 Harbour Street", "Harbour Hall"));
        assertThat(name()).isEqualTo("Harbour Rhyme Time");
    }

    @Test
    void whenTheFeedWinsItsValueReplacesTheLocalEditAndTheLocksGo() {
        UUID feed = register("Feed Wins Test Council");
        SignedIn.as(accounts, "admin");
        assertThat(feeds.changeWhoWins(feed, WhoWins.FEED).whoWins()).isEqualTo("feed");
        upload(feed, record("Harbour Rhyme Time", "Songs for babies.", "1 Harbour Street", "Harbour Hall"));
        publishAsEditor("description", "<p>Songs for babies, on Tuesdays.</p>");
        assertThat(locks()).containsExactly("description");

        // The feed has not changed its record, yet it is written again so that its value replaces the local one.
        FeedReport report = upload(feed, record("Harbour Rhyme Time", "Songs for babies.", "1 Harbour Street",
                "Harbour Hall"));

        assertThat(description()).contains("Songs for babies.").doesNotContain("Tuesdays");
        assertThat(report.records()).singleElement().satisfies(r -> assertThat(r.reasons())
                .anyMatch(reason -> reason.startsWith("replaced the local description")));
        assertThat(locks()).isEmpty();
    }

    @Test
    void aFeedUpdatesTheVenueItCreatedButNeverThePortals() {
        UUID feed = register("Venue Test Council");
        String portalVenue = venueName(PORTAL_VENUE);
        upload(feed, record("Harbour Rhyme Time", "Songs for babies.", "1 Harbour Street", "Harbour Hall"));
        assertThat(addressLine(OWN_VENUE)).isEqualTo("1 Harbour Street");

        FeedReport moved = upload(feed, record("Harbour Rhyme Time", "Songs for babies.", "2 Quay Street",
                "Harbour Hall (new building)"));

        assertThat(addressLine(OWN_VENUE)).isEqualTo("2 Quay Street");
        assertThat(venueName(OWN_VENUE)).isEqualTo("Harbour Hall (new building)");
        assertThat(venueName(PORTAL_VENUE)).isEqualTo(portalVenue);
        assertThat(moved.records()).singleElement().satisfies(r -> assertThat(r.reasons())
                .anyMatch(reason -> reason.startsWith("venue '" + portalVenue + "' is not only this feed's")));
    }

    @Test
    void onlyEditorsSeeAndReleaseLocksAndOnlyAdministratorsChooseWhoWins() {
        UUID feed = register("Denials Test Council");
        SignedIn.as(accounts, "provider");
        assertThatThrownBy(() -> localEdits.locks(SERVICE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> localEdits.release(SERVICE, List.of())).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, "editor");
        assertThatThrownBy(() -> feeds.changeWhoWins(feed, WhoWins.FEED)).isInstanceOf(AccessDeniedException.class);
        assertThat(localEdits.locks(SERVICE)).isEmpty();
        SignedIn.out();
        assertThatThrownBy(() -> feeds.changeWhoWins(feed, WhoWins.FEED))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    static UUID id(int n) {
        return UUID.fromString("fe0de000-0000-4000-8000-%012d".formatted(n));
    }

    private void publishAsEditor(String field, String value) {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.edit(SERVICE);
        workflow.save(draft.id(), document -> with(document, field, value));
        workflow.publish(draft.id());
    }

    private List<String> locks() {
        SignedIn.as(accounts, "editor");
        return localEdits.locks(SERVICE).orElseThrow().fields();
    }

    private static HsdsDocuments.Service with(HsdsDocuments.Service document, String field, String value) {
        ObjectNode tree = (ObjectNode) ServiceDocumentJson.JSON.valueToTree(document);
        tree.put(field, value);
        return ServiceDocumentJson.JSON.treeToValue(tree, HsdsDocuments.Service.class);
    }

    /** One fully nested service at the feed's own venue and at a portal venue it describes otherwise. */
    private static String record(String name, String description, String street, String venue) {
        return """
                [{"id": "%s", "name": "%s", "status": "active", "description": "%s",
                  "url": "https://example.org/harbour",
                  "organization": {"id": "%s", "name": "Harbour Families Feed Org"},
                  "service_at_locations": [
                    {"id": "fe0de000-0000-4000-8000-000000000003", "location": {"id": "%s", "location_type": "physical",
                      "name": "%s", "addresses": [{"id": "fe0de000-0000-4000-8000-000000000005",
                      "address_1": "%s", "city": "Macclesfield", "country": "GB"}]}},
                    {"id": "fe0de000-0000-4000-8000-000000000004", "location": {"id": "%s", "location_type": "physical",
                      "name": "Renamed by the feed", "addresses": [{"address_1": "99 Elsewhere Road",
                      "city": "Macclesfield", "country": "GB"}]}}]}]"""
                .formatted(SERVICE, name, description, ORGANISATION, OWN_VENUE, venue, street, PORTAL_VENUE);
    }

    private UUID register(String name) {
        UUID id = feeds.register(name, null).id();
        sources.add(id);
        return id;
    }

    private FeedReport upload(UUID feed, String json) {
        return feeds.importFile(feed, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private String name() {
        return jdbc.sql("select name from service where id = ?").param(SERVICE).query(String.class).single();
    }

    private String description() {
        return jdbc.sql("select description from service where id = ?").param(SERVICE).query(String.class).single();
    }

    private String venueName(UUID venue) {
        return jdbc.sql("select name from location where id = ?").param(venue).query(String.class).single();
    }

    private String addressLine(UUID venue) {
        return jdbc.sql("select address_1 from address where location_id = ?").param(venue).query(String.class)
                .single();
    }
}
