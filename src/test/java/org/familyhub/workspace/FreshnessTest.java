package org.familyhub.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.Directory;
import org.familyhub.directory.ListingSummary;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.familyhub.mail.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.familyhub.workspace.WorkspaceFixture.CONNEXIONS;

/** Listings not checked for six months are flagged, shown by locality, and their providers reminded once. */
@PortalTest
class FreshnessTest {

    static final String PROVIDER_MAIL = "provider@demo.familyhub.invalid";

    @Autowired
    Freshness freshness;
    @Autowired
    ListingWorkflow workflow;
    @Autowired
    ListingHistory history;
    @Autowired
    BulkTransfer transfer;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Directory directory;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;

    final Set<UUID> created = new HashSet<>();

    @AfterEach
    void removeWhatWasCreated() {
        SignedIn.out();
        WorkspaceFixture.remove(created, jdbc, transactions, events);
        jdbc.sql("delete from stale_reminder where organisation_id = ?").param(CONNEXIONS).update();
    }

    private UUID staleListing(String name) {
        UUID id = UUID.randomUUID();
        created.add(id);
        Map<String, Object> listing = BulkTransferTest.listing(id, name, "CW1 5AA");
        listing.put("assured_date", "2025-01-31");
        SignedIn.as(accounts, "editor");
        assertThat(transfer.importJson(ServiceDocumentJson.JSON.writeValueAsString(List.of(listing))).imported())
                .isTrue();
        return id;
    }

    @Test
    void aStaleListingIsFlaggedForEditorsAndParentsAndShownByLocality() {
        UUID stale = staleListing("Numbat Family Walks");

        assertThat(workflow.listings()).filteredOn(l -> l.id().equals(stale)).singleElement()
                .extracting(ListingSummary::stale).isEqualTo(true);
        assertThat(directory.service(stale).orElseThrow().mayBeOutOfDate()).isTrue();
        SignedIn.as(accounts, "manager");
        assertThat(freshness.staleByLocality()).filteredOn(l -> l.code().equals("crewe-nantwich")).singleElement()
                .satisfies(locality -> {
                    assertThat(locality.name()).isEqualTo("Crewe and Nantwich");
                    assertThat(locality.stale()).extracting(ListingSummary::id).contains(stale);
                    assertThat(locality.listings()).isGreaterThan(locality.stale().size());
                });
        SignedIn.as(accounts, "provider");
        assertThatThrownBy(freshness::staleByLocality).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aListingPublishedFromReviewCountsAsCheckedThatDayAndIsNoLongerOutOfDate() {
        UUID stale = staleListing("Numbat Toddler Gym");
        SignedIn.as(accounts, "provider");
        Draft draft = workflow.edit(stale);
        workflow.submit(draft.id());

        SignedIn.as(accounts, "editor");
        workflow.publish(draft.id());

        LocalDate today = LocalDate.now(clock);
        assertThat(workflow.listings()).filteredOn(l -> l.id().equals(stale)).singleElement().satisfies(listing -> {
            assertThat(listing.stale()).isFalse();
            assertThat(listing.assuredDate()).isEqualTo(today);
        });
        assertThat(directory.service(stale).orElseThrow()).satisfies(service -> {
            assertThat(service.mayBeOutOfDate()).isFalse();
            assertThat(service.assuredDate()).isEqualTo(today);
        });
    }

    @Test
    void aNewListingAnEditorPublishesIsCheckedTodayNotNever() {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(CONNEXIONS);
        created.add(draft.serviceId());
        workflow.save(draft.id(), ListingWorkflowTest.form("Numbat Stay and Play", "CW1 2AB"));

        workflow.publish(draft.id());

        assertThat(directory.service(draft.serviceId()).orElseThrow()).satisfies(service -> {
            assertThat(service.assuredDate()).isEqualTo(LocalDate.now(clock));
            assertThat(service.mayBeOutOfDate()).isFalse();
        });
    }

    @Test
    void providersAreRemindedOncePerPeriodAndConfirmingClearsTheFlag() {
        UUID stale = staleListing("Numbat Homework Club");
        int before = mailbox.to(PROVIDER_MAIL).size();

        assertThat(freshness.remindProviders()).isPositive();
        assertThat(mailbox.to(PROVIDER_MAIL)).hasSize(before + 1).first().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Please check your listings on the family directory");
            assertThat(mail.body()).contains("Numbat Homework Club (last checked 31 January 2025)");
        });
        assertThat(mailbox.to("provider2@demo.familyhub.invalid")).noneMatch(mail -> mail.body().contains("Numbat"));
        freshness.remindProviders();
        assertThat(mailbox.to(PROVIDER_MAIL)).hasSize(before + 1);

        SignedIn.as(accounts, "provider");
        workflow.confirmAccurate(stale);
        assertThat(workflow.listings()).filteredOn(l -> l.id().equals(stale)).singleElement()
                .extracting(ListingSummary::stale).isEqualTo(false);
        assertThat(directory.service(stale).orElseThrow().mayBeOutOfDate()).isFalse();
        assertThat(history.of(stale).getFirst()).satisfies(change -> {
            assertThat(change.action()).isEqualTo(Change.Action.CONFIRMED);
            assertThat(change.changedBy()).isEqualTo("provider");
            assertThat(change.fields()).anyMatch(f -> f.field().equals("assured_date")
                    && "2025-01-31".equals(f.before()));
        });
    }
}
