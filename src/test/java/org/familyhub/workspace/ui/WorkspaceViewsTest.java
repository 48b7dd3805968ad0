package org.familyhub.workspace.ui;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.Directory;
import org.familyhub.directory.ServicesChanged;
import org.familyhub.workspace.Draft;
import org.familyhub.workspace.ListingWorkflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(classes = WorkspaceView.class)
class WorkspaceViewsTest extends SpringBrowserlessTest {

    static final UUID CONNEXIONS = UUID.fromString("4229cd34-3ee1-5ae6-8627-8704edb69c74");

    @Autowired
    UserAccounts accounts;
    @Autowired
    ListingWorkflow workflow;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;

    final Set<UUID> created = new HashSet<>();

    @AfterEach
    void cleanUp() {
        SignedIn.out();
        new TransactionTemplate(transactions).executeWithoutResult(status -> created.forEach(id -> {
            jdbc.sql("delete from listing_change where service_id = ?").param(id).update();
            jdbc.sql("delete from listing_draft where service_id = ?").param(id).update();
            jdbc.sql("delete from attribute where link_id = ?").param(id).update();
            jdbc.sql("delete from service where id = ?").param(id).update();
            events.publishEvent(new ServicesChanged(Set.of(id)));
        }));
    }

    @Test
    void anEditorSeesListingsDraftsAndTheReviewQueue() {
        SignedIn.as(accounts, "editor");

        navigate(WorkspaceView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Workspace");
        assertThat($(H2.class).all()).extracting(H2::getText)
                .contains("Your drafts", "Add a new listing", "Listings")
                .anyMatch(text -> text.startsWith("Waiting for review ("));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(directory.serviceIds().size());
    }

    @Test
    void aProviderSeesOnlyTheirOrganisationsListingsAndNoReviewQueue() {
        SignedIn.as(accounts, "provider");

        navigate(WorkspaceView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).noneMatch(text -> text.startsWith("Waiting for review"));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(6);
    }

    @Test
    void theFormShowsWhatParentsWillSeeAndPublishes() {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(CONNEXIONS);
        created.add(draft.serviceId());

        navigate(DraftView.class, draft.id().toString());
        test(field("Name")).setValue("Platypus Play Time");
        test(description()).setValue("Play **together**.\n\n<script>alert(1)</script>");
        test(button("Add a new venue")).click();
        test(field("Venue name")).setValue("Platypus Hall");
        test(field("Postcode")).setValue("CW1 2AB");
        test(field("Town")).setValue("Crewe");
        test(field("Venue street address")).setValue("1 High Street");

        assertThat(preview()).isEqualTo("<p>Play <strong>together</strong>.</p><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
        test(button("Publish")).click();

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Published. It will be searchable within seconds.");
        assertThat(directory.service(draft.serviceId()).orElseThrow().name()).isEqualTo("Platypus Play Time");
    }

    @Test
    void markdownTypedIntoTheDescriptionIsSavedAsSafeHtmlAndReopensAsTheSameMarkdown() {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(CONNEXIONS);
        created.add(draft.serviceId());
        String markdown = "Come and **play**, *rain or shine*.\n\n- Bring a snack\n- Wear wellies\n\n"
                + "Book at [our page](https://example.org/play) or [not this](javascript:alert(1)) <b>here</b>";

        navigate(DraftView.class, draft.id().toString());
        test(field("Name")).setValue("Platypus Play Time");
        test(description()).setValue(markdown);
        test(button("Save draft")).click();

        assertThat(workflow.draft(draft.id()).form().description()).isEqualTo("<p>Come and <strong>play</strong>, "
                + "<em>rain or shine</em>.</p><ul><li>Bring a snack</li><li>Wear wellies</li></ul><p>Book at "
                + "<a href=\"https://example.org/play\" rel=\"nofollow\">our page</a> or not this &lt;b&gt;here&lt;/b&gt;</p>");
        navigate(WorkspaceView.class);
        navigate(DraftView.class, draft.id().toString());
        assertThat(description().getValue()).isEqualTo(markdown.replace("[not this](javascript:alert(1))", "not this")
                .replace("<b>here</b>", "\\<b>here\\</b>"));
    }

    @Test
    void aListingSavedWithoutTouchingItsDescriptionKeepsItExactlyAndTheReviewShowsNoChange() {
        SignedIn.as(accounts, "editor");
        // Its description ends in a space, which Markdown would not keep.
        UUID listing = UUID.fromString("6833eb69-34b8-5417-b0bb-b8e9f043f242");
        Draft draft = workflow.edit(listing);
        String published = draft.form().description();
        try {
            navigate(DraftView.class, draft.id().toString());
            test(button("Save draft")).click();

            assertThat(workflow.draft(draft.id()).form().description()).isEqualTo(published).endsWith(" ");
            assertThat(workflow.changes(draft.id())).noneMatch(change -> change.section().equals("description"));
        } finally {
            new TransactionTemplate(transactions).executeWithoutResult(status ->
                    jdbc.sql("delete from listing_draft where id = ?").param(draft.id()).update());
        }
    }

    @Test
    void badInputInTheFormIsExplainedAndNothingChanges() {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(CONNEXIONS);
        created.add(draft.serviceId());

        navigate(DraftView.class, draft.id().toString());
        test(field("Name")).setValue("Platypus Club");
        test(field("E-mail")).setValue("not an address");
        test(button("Save draft")).click();

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Please fix these and try again:");
        assertThat(workflow.draft(draft.id()).name()).isEmpty();
    }

    @Test
    void aManagerSeesTheStaleDashboard() {
        SignedIn.as(accounts, "manager");

        navigate(StaleView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Stale listings by locality");
        assertThat($(H2.class).all()).extracting(H2::getText)
                .anyMatch(text -> text.startsWith("Macclesfield") && text.contains("may be out of date"));
        // A manager does not edit: each stale listing opens its public page.
        assertThat($view(Anchor.class).all()).extracting(Anchor::getHref)
                .isNotEmpty().allMatch(href -> href.startsWith("services/"));
    }

    @Test
    void anEditorOpensAStaleListingsDraftFromTheDashboard() {
        SignedIn.as(accounts, "editor");

        navigate(StaleView.class);

        assertThat($view(Anchor.class).all()).extracting(Anchor::getHref)
                .isNotEmpty().allMatch(href -> href.startsWith("workspace/edit/"));
    }

    private TextArea description() {
        return $(TextArea.class).all().stream().filter(a -> "Description".equals(a.getLabel())).findFirst()
                .orElseThrow();
    }

    /** The description's preview, as the browser gets it. */
    private String preview() {
        return $(com.vaadin.flow.component.html.Div.class).withClassName("description-preview").single().getElement()
                .getProperty("innerHTML");
    }

    private TextField field(String label) {
        return $(TextField.class).all().stream().filter(f -> label.equals(f.getLabel())).findFirst().orElseThrow();
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
