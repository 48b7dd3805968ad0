package org.familyhub.workspace;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.Listings;
import org.familyhub.directory.TermNames;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.familyhub.workspace.WorkspaceFixture.CONNEXIONS;
import static org.familyhub.workspace.WorkspaceFixture.CONNEXIONS_CREWE;

/**
 * Reviews that say what changed (#15): changes in words between the published listing and a draft, approving
 * some changes and returning the rest, history for people, paged, and no save overwriting another's unseen.
 */
@PortalTest
class ReviewChangesTest {

    @Autowired
    ListingWorkflow workflow;
    @Autowired
    ListingHistory history;
    @Autowired
    ListingChanges changes;
    @Autowired
    Listings listings;
    @Autowired
    TermNames terms;
    @Autowired
    UserAccounts accounts;
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
    }

    private UUID published(String name) {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(CONNEXIONS);
        created.add(draft.serviceId());
        workflow.save(draft.id(), ListingWorkflowTest.form(name, "CW1 2AB"));
        return workflow.publish(draft.id()).serviceId();
    }

    /** The form with one field changed, whatever other fields the form has. */
    static ListingForm with(ListingForm form, String field, Object value) {
        try {
            RecordComponent[] parts = ListingForm.class.getRecordComponents();
            Object[] values = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = parts[i].getName().equals(field) ? value : parts[i].getAccessor().invoke(form);
                types[i] = parts[i].getType();
            }
            return ListingForm.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readsLikeWords(List<ChangeInWords> list) {
        assertThat(list).allSatisfy(change -> {
            for (String text : new String[] {change.label(), change.sectionLabel(), change.before(), change.after()}) {
                if (text != null) {
                    assertThat(text).doesNotContain("<", "[", "_", "service_at", "postal", "taxonomy", "null");
                    assertThat(text).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
                }
            }
        });
    }

    @Test
    void aProviderWhoChangesOnlyThePhoneShowsTheEditorExactlyThatChangeInWords() {
        UUID service = published("Quokka Phone Group");
        SignedIn.as(accounts, "provider");
        Draft draft = workflow.edit(service);
        workflow.save(draft, with(draft.form(), "phone", "01270 555 999"));
        workflow.submit(draft.id());

        SignedIn.as(accounts, "editor");
        assertThat(workflow.changes(draft.id())).containsExactly(new ChangeInWords("contact", "Contact details",
                "Phone number", "01270 555 123", "01270 555 999"));
        SignedIn.as(accounts, "provider");
        assertThatThrownBy(() -> workflow.changes(draft.id())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aVenuesPostcodeASessionATopicAndTheDescriptionAreDescribedInWords() {
        SignedIn.as(accounts, "editor");
        HsdsDocuments.Service before = listings.document(CONNEXIONS_CREWE).orElseThrow();
        ObjectNode tree = ServiceDocumentJson.JSON.valueToTree(before);
        tree.put("description", "<p>Advice for <strong>young people</strong> aged 13 to 19.</p>");
        ObjectNode venue = (ObjectNode) tree.withArray("service_at_locations").get(0);
        ObjectNode address = (ObjectNode) venue.withObject("location").withArray("addresses").get(0);
        address.put("postal_code", "CW1 9ZZ");
        ObjectNode session = venue.withArray("schedules").addObject();
        session.put("freq", "WEEKLY").put("interval", 2).put("byday", "TU").put("opens_at", "09:30")
                .put("closes_at", "11:30").put("term_time_only", true);
        String term = jdbc.sql("select id from taxonomy_term where code = 'stay-and-play'").query(String.class)
                .optional().orElseGet(() -> jdbc.sql("select id from taxonomy_term limit 1").query(String.class)
                        .single());
        tree.withArray("attributes").addObject().put("taxonomy_term_id", term);
        HsdsDocuments.Service after = ServiceDocumentJson.JSON.treeToValue(tree, HsdsDocuments.Service.class);
        String venueName = before.serviceAtLocations().getFirst().location().name();
        String topic = terms.nameOf(UUID.fromString(term), Locale.UK).orElseThrow();

        List<ChangeInWords> list = changes.between(before, after);

        readsLikeWords(list);
        assertThat(list).anySatisfy(change -> {
            assertThat(change.label()).isEqualTo("Description");
            assertThat(change.after()).isEqualTo("Advice for young people aged 13 to 19.");
        });
        assertThat(list).anySatisfy(change -> {
            assertThat(change.label()).isEqualTo("Venue: " + venueName + " — postcode");
            assertThat(change.after()).isEqualTo("CW1 9ZZ");
        });
        assertThat(list).anySatisfy(change -> {
            assertThat(change.label()).isEqualTo("Sessions at " + venueName);
            assertThat(change.after()).contains("Every other Tuesday, 09:30–11:30, term time only");
        });
        assertThat(list).anySatisfy(change -> {
            assertThat(change.label()).isEqualTo("Topics");
            assertThat(change.after()).contains(topic);
        });
        assertThat(list).hasSize(4);
        assertThat(changes.between(before, before)).isEmpty();
    }

    @Test
    void approvingSomeChangesPublishesExactlyThoseAndTheDraftKeepsTheRest() {
        UUID service = published("Quokka Partial Group");
        SignedIn.as(accounts, "provider");
        Draft draft = workflow.edit(service);
        workflow.save(draft, with(with(draft.form(), "phone", "01270 555 999"), "feesDescription", "£2 a session"));
        Draft submitted = workflow.submit(draft.id());

        SignedIn.as(accounts, "editor");
        assertThat(workflow.changes(draft.id())).extracting(ChangeInWords::label)
                .containsExactly("Phone number", "Cost");
        assertThatThrownBy(() -> workflow.publishApproved(draft.id(), submitted.version(), Set.of("contact"), " "))
                .isInstanceOf(org.familyhub.directory.InvalidListingException.class);
        Draft after = workflow.publishApproved(draft.id(), submitted.version(), Set.of("contact"),
                "Is it £2 for each child or each family?");

        HsdsDocuments.Service live = listings.document(service).orElseThrow();
        assertThat(live.phones()).extracting(HsdsDocuments.Phone::number).containsExactly("01270 555 999");
        assertThat(live.feesDescription()).isEqualTo("Free");
        assertThat(after.status()).isEqualTo(Draft.Status.RETURNED);
        assertThat(after.reviewComment()).isEqualTo("Is it £2 for each child or each family?");
        assertThat(workflow.changes(draft.id())).containsExactly(new ChangeInWords("cost", "Cost", "Cost", "Free",
                "£2 a session"));
        assertThat(history.page(service, 1).entries().getFirst().changes()).extracting(ChangeInWords::label)
                .containsExactly("Phone number");
    }

    @Test
    void historyIsPagedTwentyAtATimeAndWrittenInWords() {
        UUID service = published("Quokka History Group");
        for (int i = 10; i < 30; i++) {
            Draft draft = workflow.edit(service);
            workflow.save(draft, with(draft.form(), "phone", "01270 555 1" + i));
            workflow.publish(draft.id());
        }

        ListingHistory.Page first = history.page(service, 1);
        ListingHistory.Page second = history.page(service, 2);

        assertThat(first.entries()).hasSize(20);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(second.entries()).hasSize(1);
        assertThat(second.entries().getFirst().action()).isEqualTo(Change.Action.CREATED);
        assertThat(first.entries().getFirst().changes()).containsExactly(new ChangeInWords("contact",
                "Contact details", "Phone number", "01270 555 128", "01270 555 129"));
        first.entries().forEach(entry -> readsLikeWords(entry.changes()));
        readsLikeWords(second.entries().getFirst().changes());
        assertThat(second.entries().getFirst().changes()).extracting(ChangeInWords::label)
                .contains("Name", "Description", "Phone number");
    }

    @Test
    void theSecondOfTwoSavesFromTheSameCopyIsRefusedAndNothingIsLost() {
        UUID service = published("Quokka Busy Group");
        SignedIn.as(accounts, "provider");
        Draft providers = workflow.edit(service);
        SignedIn.as(accounts, "editor");
        Draft editors = workflow.draft(providers.id());
        workflow.save(editors, with(editors.form(), "email", "hello@quokka.example.org"));

        SignedIn.as(accounts, "provider");
        assertThatThrownBy(() -> workflow.save(providers, with(providers.form(), "phone", "01270 555 999")))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertThat(conflict.getMessage()).contains("Someone else saved this listing");
                    assertThat(conflict.theirChanges()).containsExactly(new ChangeInWords("contact",
                            "Contact details", "Email address", "quokka@example.org", "hello@quokka.example.org"));
                    assertThat(conflict.merged().form().email()).isEqualTo("hello@quokka.example.org");
                    assertThat(conflict.merged().form().phone()).isEqualTo("01270 555 999");
                    Draft saved = workflow.save(conflict.merged(), conflict.merged().form());
                    assertThat(saved.version()).isGreaterThan(conflict.merged().version());
                });
        Draft now = workflow.draft(providers.id());
        assertThat(now.form().email()).isEqualTo("hello@quokka.example.org");
        assertThat(now.form().phone()).isEqualTo("01270 555 999");
    }

    @Test
    void aDraftPublishedAfterAnotherPersonsChangeKeepsTheirsAndAddsOnlyItsOwn() {
        UUID service = published("Quokka Two Editors Group");
        SignedIn.as(accounts, "provider");
        Draft providers = workflow.edit(service);
        workflow.save(providers, with(providers.form(), "phone", "01270 555 999"));
        workflow.submit(providers.id());
        SignedIn.as(accounts, "editor");
        Draft editors = workflow.edit(service);
        workflow.publish(workflow.save(editors, with(editors.form(), "feesDescription", "£2 a session")).id());

        assertThat(workflow.changes(providers.id())).extracting(ChangeInWords::label).containsExactly("Phone number");
        workflow.publish(providers.id());

        HsdsDocuments.Service live = listings.document(service).orElseThrow();
        assertThat(live.phones()).extracting(HsdsDocuments.Phone::number).containsExactly("01270 555 999");
        assertThat(live.feesDescription()).isEqualTo("£2 a session");
    }
}
