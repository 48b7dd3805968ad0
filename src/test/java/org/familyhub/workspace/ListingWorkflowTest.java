package org.familyhub.workspace;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.Directory;
import org.familyhub.directory.InvalidListingException;
import org.familyhub.directory.ListingSummary;
import org.familyhub.mail.Mailbox;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.familyhub.workspace.WorkspaceFixture.CONNEXIONS;
import static org.familyhub.workspace.WorkspaceFixture.CONNEXIONS_CREWE;
import static org.familyhub.workspace.WorkspaceFixture.CREWE_WOMENS_AID;
import static org.familyhub.workspace.WorkspaceFixture.WOMENS_AID_HELPLINE;

/** Draft, review and publish: who may do each step, and what reaches the public directory and search. */
@PortalTest
class ListingWorkflowTest {

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
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;

    final Set<UUID> created = new HashSet<>();

    @AfterEach
    void removeWhatWasCreated() {
        SignedIn.out();
        WorkspaceFixture.remove(created, jdbc, transactions, events);
        jdbc.sql("delete from search_gap where query_text like '%quokka%'").update();
    }

    static ListingForm form(String name, String postcode) {
        return new ListingForm(name, null, "<p>Songs, toys and <strong>friendly</strong> faces.</p>", "active",
                "quokka@example.org", "https://example.org/quokka", "01270 555 123", null, null, "Free", null,
                "Just turn up", "Quokka Hall", "1 High Street", "Crewe", postcode, "Tuesdays 9:30am to 11am");
    }

    private Draft publishedByEditor(String name, UUID organisation) {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(organisation);
        created.add(draft.serviceId());
        workflow.save(draft.id(), form(name, "CW1 2AB"));
        return workflow.publish(draft.id());
    }

    @Test
    void anEditorCreatesAServiceThatIsSearchableWithinSeconds() {
        Draft published = publishedByEditor("Quokka Stay and Play", CONNEXIONS);

        assertThat(published.status()).isEqualTo(Draft.Status.PUBLISHED);
        assertThat(directory.service(published.serviceId())).hasValueSatisfying(service -> {
            assertThat(service.name()).isEqualTo("Quokka Stay and Play");
            assertThat(service.description()).isEqualTo("Songs, toys and friendly faces.");
        });
        WorkspaceFixture.awaitIndex(index, () -> WorkspaceFixture.found(search, "quokka", published.serviceId()));
        List<Change> changes = history.of(published.serviceId());
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo(Change.Action.CREATED);
            assertThat(change.changedBy()).isEqualTo("editor");
            assertThat(change.fields()).contains(new FieldChange("name", null, "Quokka Stay and Play"));
        });
    }

    @Test
    void aProvidersChangeWaitsForReviewWhileThePublishedVersionStaysLive() {
        UUID service = publishedByEditor("Quokka Youth Drop-in", CONNEXIONS).serviceId();

        SignedIn.as(accounts, "provider");
        Draft draft = workflow.edit(service);
        ListingForm renamed = new ListingForm("Quokka Youth Drop-in and Advice", draft.form().alternateName(),
                draft.form().description(), "active", draft.form().email(), draft.form().url(), draft.form().phone(),
                null, null, draft.form().feesDescription(), null, draft.form().applicationProcess(),
                draft.form().venueName(), draft.form().venueAddress(), draft.form().venueTown(),
                draft.form().venuePostcode(), draft.form().openingTimes());
        workflow.save(draft.id(), renamed);
        Draft submitted = workflow.submit(draft.id());
        assertThat(submitted.status()).isEqualTo(Draft.Status.SUBMITTED);
        assertThatThrownBy(() -> workflow.publish(draft.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(workflow::reviewQueue).isInstanceOf(NotPermittedException.class);
        assertThat(directory.service(service).orElseThrow().name()).isEqualTo("Quokka Youth Drop-in");

        SignedIn.as(accounts, "editor");
        assertThat(workflow.reviewQueue()).extracting(Draft::id).contains(draft.id());
        workflow.publish(draft.id());

        assertThat(directory.service(service).orElseThrow().name()).isEqualTo("Quokka Youth Drop-in and Advice");
        assertThat(history.of(service).getFirst().fields())
                .contains(new FieldChange("name", "Quokka Youth Drop-in", "Quokka Youth Drop-in and Advice"));
        assertThat(mailbox.to("provider@demo.familyhub.invalid"))
                .anyMatch(mail -> mail.body().contains("Quokka Youth Drop-in and Advice"));
        WorkspaceFixture.awaitIndex(index, () -> WorkspaceFixture.found(search, "quokka advice", service));
    }

    @Test
    void anEditorReturnsADraftWithCommentsAndTheProviderMayChangeItAgain() {
        UUID service = publishedByEditor("Quokka Parents Forum", CONNEXIONS).serviceId();
        SignedIn.as(accounts, "provider");
        Draft draft = workflow.edit(service);
        workflow.submit(draft.id());
        assertThatThrownBy(() -> workflow.save(draft.id(), draft.form())).isInstanceOf(IllegalStateException.class);

        SignedIn.as(accounts, "editor");
        assertThatThrownBy(() -> workflow.returnToAuthor(draft.id(), "  ")).isInstanceOf(InvalidListingException.class);
        Draft returned = workflow.returnToAuthor(draft.id(), "Please add the opening times for half term.");

        assertThat(returned.status()).isEqualTo(Draft.Status.RETURNED);
        assertThat(mailbox.to("provider@demo.familyhub.invalid"))
                .anyMatch(mail -> mail.body().contains("Please add the opening times for half term."));
        SignedIn.as(accounts, "provider");
        assertThat(workflow.myDrafts()).anySatisfy(mine -> {
            assertThat(mine.id()).isEqualTo(draft.id());
            assertThat(mine.reviewComment()).isEqualTo("Please add the opening times for half term.");
        });
        assertThat(workflow.save(draft.id(), draft.form()).status()).isEqualTo(Draft.Status.RETURNED);
    }

    @Test
    void aProviderCannotSeeOrChangeAnotherOrganisationsListing() {
        SignedIn.as(accounts, "provider");

        assertThat(workflow.listings()).isNotEmpty().allMatch(l -> l.organisationId().equals(CONNEXIONS));
        assertThat(workflow.listings()).extracting(ListingSummary::id).contains(CONNEXIONS_CREWE)
                .doesNotContain(WOMENS_AID_HELPLINE);
        assertThat(workflow.organisations()).extracting(o -> o.id()).containsExactly(CONNEXIONS);
        assertThatThrownBy(() -> workflow.edit(WOMENS_AID_HELPLINE)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workflow.propose(CREWE_WOMENS_AID)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workflow.confirmAccurate(WOMENS_AID_HELPLINE))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> history.of(WOMENS_AID_HELPLINE)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workflow.archive(CONNEXIONS_CREWE)).isInstanceOf(NotPermittedException.class);

        SignedIn.as(accounts, "provider2");
        Draft theirs = workflow.edit(WOMENS_AID_HELPLINE);
        SignedIn.as(accounts, "provider");
        assertThatThrownBy(() -> workflow.draft(theirs.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workflow.save(theirs.id(), theirs.form())).isInstanceOf(NotPermittedException.class);
        jdbc.sql("delete from listing_draft where id = ?").param(theirs.id()).update();
    }

    @Test
    void peopleWithoutAnEditingRoleAreRefused() {
        SignedIn.as(accounts, "manager");
        assertThatThrownBy(workflow::listings).isInstanceOf(NotPermittedException.class);
        SignedIn.as(accounts, "professional");
        assertThatThrownBy(() -> workflow.edit(CONNEXIONS_CREWE)).isInstanceOf(NotPermittedException.class);
        SignedIn.out();
        assertThatThrownBy(workflow::listings).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void badInputGetsAClearMessageAndChangesNothing() {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(CONNEXIONS);
        created.add(draft.serviceId());
        ListingForm bad = new ListingForm("", null, null, "open", "not-an-email", "javascript:alert(1)", null,
                java.math.BigDecimal.valueOf(19), java.math.BigDecimal.valueOf(4), null, null, null, "Hall", "1 Road",
                "Paris", "75001", null);

        assertThatThrownBy(() -> workflow.save(draft.id(), bad)).isInstanceOfSatisfying(InvalidListingException.class,
                e -> assertThat(e.problems()).anyMatch(p -> p.startsWith("name:"))
                        .anyMatch(p -> p.startsWith("status:")).anyMatch(p -> p.startsWith("email:"))
                        .anyMatch(p -> p.startsWith("url:")).anyMatch(p -> p.startsWith("minimum_age:"))
                        .anyMatch(p -> p.contains("outside the area")));
        assertThat(workflow.draft(draft.id()).form().name()).isEmpty();
        assertThatThrownBy(() -> workflow.publish(draft.id())).isInstanceOf(InvalidListingException.class);
        assertThat(directory.service(draft.serviceId())).isEmpty();
    }

    @Test
    void archivingTakesAListingOutOfSearchButKeepsItsHistory() {
        UUID service = publishedByEditor("Quokka Toy Library", CONNEXIONS).serviceId();
        WorkspaceFixture.awaitIndex(index, () -> WorkspaceFixture.found(search, "quokka toy library", service));

        workflow.archive(service);

        assertThat(directory.service(service).orElseThrow().status()).isEqualTo("inactive");
        WorkspaceFixture.awaitIndex(index, () -> !WorkspaceFixture.found(search, "quokka toy library", service));
        assertThat(history.of(service)).extracting(Change::action)
                .containsExactly(Change.Action.ARCHIVED, Change.Action.CREATED);
    }

    @Test
    void restoringPutsBackTheValuesBeforeAChangeAsANewChange() {
        UUID service = publishedByEditor("Quokka Baby Massage", CONNEXIONS).serviceId();
        Draft draft = workflow.edit(service);
        ListingForm f = draft.form();
        workflow.save(draft.id(), new ListingForm(f.name(), f.alternateName(), f.description(), f.status(), f.email(),
                f.url(), "01270 999 000", f.minimumAge(), f.maximumAge(), "£2 a session", f.eligibilityDescription(),
                f.applicationProcess(), f.venueName(), f.venueAddress(), f.venueTown(), "CW2 6AA", f.openingTimes()));
        workflow.publish(draft.id());
        Change change = history.of(service).getFirst();
        assertThat(change.fields()).contains(new FieldChange("fees_description", "Free", "£2 a session"))
                .anyMatch(c -> c.field().endsWith("postal_code") && "CW2 6AA".equals(c.after()));

        history.restoreBefore(change.id());

        assertThat(directory.service(service).orElseThrow().phones()).extracting(p -> p.number())
                .containsExactly("01270 555 123");
        assertThat(workflow.edit(service).form().venuePostcode()).isEqualTo("CW1 2AB");
        assertThat(history.of(service)).extracting(Change::action)
                .containsExactly(Change.Action.RESTORED, Change.Action.PUBLISHED, Change.Action.CREATED);
        SignedIn.as(accounts, "provider");
        assertThatThrownBy(() -> history.restoreBefore(change.id())).isInstanceOf(NotPermittedException.class);
    }
}
