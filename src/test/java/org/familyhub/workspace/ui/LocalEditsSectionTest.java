package org.familyhub.workspace.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.feed.FeedImport;
import org.familyhub.directory.feed.ImportedListing;
import org.familyhub.directory.feed.LocalEdits;
import org.familyhub.workspace.Draft;
import org.familyhub.workspace.ListingWorkflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor changes the name of a listing that came from a feed in the listing form and publishes it: the editor
 * shows the name as kept from the feed, and releasing it there unlocks it (#20). Only the name is locked: the form
 * rewrites nothing else.
 */
@PortalTest
@ViewPackages(classes = DraftView.class)
class LocalEditsSectionTest extends SpringBrowserlessTest {

    static final UUID SERVICE = UUID.fromString("fe0de000-0000-4000-8000-000000000101");
    static final UUID VENUE = UUID.fromString("fe0de000-0000-4000-8000-000000000102");
    static final UUID ORGANISATION = UUID.fromString("fe0de000-0000-4000-8000-000000000109");

    @Autowired
    UserAccounts accounts;
    @Autowired
    FeedImport feeds;
    @Autowired
    LocalEdits localEdits;
    @Autowired
    ListingWorkflow workflow;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;

    UUID feed;

    @AfterEach
    void cleanUp() {
        SignedIn.out();
        ImportedListing.remove(jdbc, transactions, events, SERVICE, VENUE, ORGANISATION,
                feed == null ? List.of() : List.of(feed));
    }

    @Test
    void anEditorSeesTheFieldTheyChangedKeptFromTheFeedAndReleasesIt() {
        feed = feeds.register("Local Edits Screen Council", null).id();
        feeds.importFile(feed, new ByteArrayInputStream("""
                [{"id": "%s", "name": "Quay Rhyme Time", "status": "active", "description": "Songs for babies.",
                  "organization": {"id": "%s", "name": "Quay Families Feed Org"},
                  "phones": [{"number": "01270 000 101"}],
                  "service_at_locations": [{"location": {"id": "%s", "name": "Quay Hall",
                    "addresses": [{"address_1": "1 Quay Street", "city": "Macclesfield", "postal_code": "SK10 1AA"}]}}]}]"""
                .formatted(SERVICE, ORGANISATION, VENUE).getBytes(StandardCharsets.UTF_8)));
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.edit(SERVICE);

        navigate(DraftView.class, draft.id().toString());
        assertThat(PageText.of($(Section.class).id("listing-local-edits")))
                .contains("Local Edits Screen Council").contains("No field is kept");
        test(field("Name")).setValue("Quay Rhyme Time (Tuesdays)");
        test(button("Publish")).click();

        assertThat(localEdits.locks(SERVICE).orElseThrow().fields()).as(PageText.of($(Feedback.class).single()))
                .containsExactly("name");
        assertThat(PageText.of($(Section.class).id("listing-local-edits"))).contains("name");
        test(button("Release: name")).click();

        assertThat(localEdits.locks(SERVICE).orElseThrow().fields()).isEmpty();
        assertThat(PageText.of($(Section.class).id("listing-local-edits")))
                .contains("Released: name. The feed's next pull brings its value back.");
    }

    private TextField field(String label) {
        return $(TextField.class).all().stream().filter(f -> label.equals(f.getLabel())).findFirst().orElseThrow();
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
