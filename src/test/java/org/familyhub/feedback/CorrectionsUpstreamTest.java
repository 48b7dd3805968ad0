package org.familyhub.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familyhub.Outbox;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.ServicesChanged;
import org.familyhub.directory.feed.FeedImport;
import org.familyhub.directory.feed.FeedReport;
import org.familyhub.directory.feed.RecordOutcome;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections flow upstream (#20): a problem report about a listing from a feed with a corrections address reaches
 * that publisher through the outbox, without the reporter's details, and is followed until the feed changes the
 * listing. The feed is an uploaded file (the sample upload with its own ids and names), removed afterwards.
 */
@PortalTest
class CorrectionsUpstreamTest {

    static final UUID LISTING = UUID.fromString("fe0d0000-0000-4000-8000-300000000011");
    static final UUID ORGANISATION = UUID.fromString("fe0d0000-0000-4000-8000-300000009001");
    static final UUID OWN_LISTING = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    FeedImport feeds;
    @Autowired
    ProblemReports reports;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    final List<UUID> registered = new ArrayList<>();
    final List<String> references = new ArrayList<>();

    @AfterEach
    void removeTheFeedAndItsListing() {
        SignedIn.out();
        Outbox.awaitDelivered(jdbc, WAIT);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            List<UUID> locations = jdbc.sql("select location_id from service_at_location where service_id = ?")
                    .param(LISTING).query(UUID.class).list();
            List<UUID> links = new ArrayList<>(locations);
            links.add(LISTING);
            jdbc.sql("delete from attribute where link_id in (:ids)").param("ids", links).update();
            jdbc.sql("delete from service where id = ?").param(LISTING).update();
            if (!locations.isEmpty()) {
                jdbc.sql("delete from location where id in (:ids) and id not in (select location_id from service_at_location)")
                        .param("ids", locations).update();
            }
            jdbc.sql("delete from organization where id = ? and id not in (select organization_id from service)")
                    .param(ORGANISATION).update();
            if (!registered.isEmpty()) {
                jdbc.sql("delete from feed_source where id in (:ids)").param("ids", registered).update();
            }
            if (!references.isEmpty()) {
                jdbc.sql("delete from problem_report where reference in (:refs)").param("refs", references).update();
            }
            events.publishEvent(new ServicesChanged(Set.of(LISTING)));
        });
        Outbox.awaitDelivered(jdbc, WAIT);
    }

    @Test
    void aReportIsPassedToThePublisherWithoutTheReportersDetailsAndMarkedWhenTheFeedChangesTheListing() {
        String contact = "corrections-" + UUID.randomUUID() + "@eastshire.example.org";
        UUID feed = feed("Eastshire Family Trust", contact);
        upload(feed, "Baby massage in the church hall");
        String reporter = "parent-" + UUID.randomUUID() + "@example.org";

        String reference = report(LISTING, ProblemKind.WRONG_PHONE, "The number rings a bakery now", reporter);
        Outbox.awaitDelivered(jdbc, WAIT, "CorrectionsUpstream");

        SentEmail sent = mailbox.to(contact).getFirst();
        assertThat(mailbox.to(contact)).hasSize(1);
        assertThat(sent.subject()).contains(reference).contains("Ysolde Baby Massage");
        assertThat(sent.body()).contains("Ysolde Baby Massage").contains("/services/" + LISTING)
                .contains("Your record id: " + LISTING).contains("The phone number is wrong")
                .contains("The number rings a bakery now")
                .doesNotContain(reporter).doesNotContain("parent-");
        Upstream passed = task(reference).upstream();
        assertThat(passed).isNotNull();
        assertThat(passed.feedName()).isEqualTo("Eastshire Family Trust");
        assertThat(passed.sentAt()).isNotNull();
        assertThat(passed.changedAt()).as("not changed yet").isNull();

        // The same record again is not a change by the publisher.
        assertThat(outcome(upload(feed, "Baby massage in the church hall"))).isEqualTo(RecordOutcome.UNCHANGED);
        Outbox.awaitDelivered(jdbc, WAIT);
        assertThat(task(reference).upstream().changedAt()).isNull();

        // A different version of the record is.
        assertThat(outcome(upload(feed, "Baby massage, now in the library"))).isEqualTo(RecordOutcome.UPDATED);
        Outbox.awaitDelivered(jdbc, WAIT, "CorrectionsUpstream");
        assertThat(task(reference).upstream().changedAt()).isAfter(passed.sentAt());

        // Staff close it as before; the publisher was written to once.
        UUID id = task(reference).id();
        SignedIn.as(accounts, "editor");
        assertThat(reports.close(id, ProblemStatus.RESOLVED, "Fixed by the trust", null).status())
                .isEqualTo(ProblemStatus.RESOLVED);
        assertThat(mailbox.to(contact)).hasSize(1);
    }

    @Test
    void aReportThatMayHoldPersonalDetailsIsKeptFromThePublisher() {
        String contact = "corrections-" + UUID.randomUUID() + "@eastshire.example.org";
        upload(feed("Eastshire Careful Trust", contact), "Baby massage in the church hall");

        String reference = report(LISTING, ProblemKind.OTHER, "Call me on 07700 900123, it is about my son", null);
        Outbox.awaitDelivered(jdbc, WAIT, "CorrectionsUpstream");

        assertThat(mailbox.to(contact)).isEmpty();
        Upstream withheld = task(reference).upstream();
        assertThat(withheld.feedName()).isEqualTo("Eastshire Careful Trust");
        assertThat(withheld.withheld()).isTrue();
    }

    /**
     * Staff who can see a withheld report (editors, as on its screen) may send it after all: they are shown the
     * e-mail first (address and words), and once sent it goes through the outbox and the report is marked passed
     * on. Anyone else is refused, and nothing is sent.
     */
    @Test
    void aWithheldReportIsSentAnywayOnlyByStaffWhoCanSeeItAfterSeeingWhatGoes() {
        String contact = "corrections-" + UUID.randomUUID() + "@eastshire.example.org";
        upload(feed("Eastshire Second Look Trust", contact), "Baby massage in the church hall");
        String reference = report(LISTING, ProblemKind.OTHER, "Call me on 07700 900123, the times are wrong", null);
        Outbox.awaitDelivered(jdbc, WAIT, "CorrectionsUpstream");
        UUID id = task(reference).id();

        SignedIn.as(accounts, "provider");
        Denied.when(() -> reports.withheldMail(id));
        Denied.when(() -> reports.sendWithheld(id));
        SignedIn.out();
        Denied.when(() -> reports.sendWithheld(id));
        assertThat(task(reference).upstream().withheld()).isTrue();

        SignedIn.as(accounts, "editor");
        UpstreamMail shown = reports.withheldMail(id).orElseThrow();
        assertThat(shown.to()).isEqualTo(contact);
        assertThat(shown.feedName()).isEqualTo("Eastshire Second Look Trust");
        assertThat(shown.subject()).contains(reference);
        assertThat(shown.body()).contains("Call me on 07700 900123, the times are wrong");
        assertThat(reports.sendWithheld(id)).isTrue();
        assertThat(reports.sendWithheld(id)).as("passed on already: not twice").isFalse();
        assertThat(reports.withheldMail(id)).isEmpty();
        SignedIn.out();
        Outbox.awaitDelivered(jdbc, WAIT);

        assertThat(mailbox.to(contact)).hasSize(1).first().satisfies(sent -> {
            assertThat(sent.subject()).isEqualTo(shown.subject());
            assertThat(sent.body()).isEqualTo(shown.body());
        });
        Upstream passed = task(reference).upstream();
        assertThat(passed.withheld()).isFalse();
        assertThat(passed.sentAt()).isNotNull();
    }

    @Test
    void aFeedWithoutACorrectionsAddressAndTheCouncilsOwnListingsSendNothing() {
        upload(feed("Eastshire Quiet Trust", null), "Baby massage in the church hall");
        long before = outgoing();

        String fromFeed = report(LISTING, ProblemKind.CLOSED, "It closed in the summer", null);
        String own = report(OWN_LISTING, ProblemKind.CLOSED, "It closed in the summer", null);
        Outbox.awaitDelivered(jdbc, WAIT, "CorrectionsUpstream");

        assertThat(outgoing()).isEqualTo(before);
        assertThat(task(fromFeed).upstream()).isNull();
        assertThat(task(own).upstream()).isNull();
    }

    private UUID feed(String name, String contact) {
        UUID id = feeds.register(name, null, contact).id();
        registered.add(id);
        return id;
    }

    /** The sample upload with this test's ids and names, and the description given. */
    private FeedReport upload(UUID feed, String description) {
        try (InputStream in = getClass().getResourceAsStream("/feeds/upload.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("-8000-000000", "-8000-300000").replace("Xanthippe", "Ysolde")
                    .replace("Northwich Family Trust Feed Org", "Eastshire Feed Test Org")
                    .replace("A feed test service", description);
            return feeds.importFile(feed, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String outcome(FeedReport report) {
        return report.records().stream().filter(r -> LISTING.toString().equals(r.id())).findFirst().orElseThrow()
                .outcome();
    }

    private String report(UUID service, ProblemKind kind, String description, String email) {
        String reference = reports.report(new NewProblemReport(service, kind, description, email,
                "upstream-" + UUID.randomUUID(), null));
        references.add(reference);
        return reference;
    }

    private ProblemTask task(String reference) {
        SignedIn.as(accounts, "editor");
        try {
            return reports.open().stream().filter(t -> t.reference().equals(reference)).findFirst().orElseThrow();
        } finally {
            SignedIn.out();
        }
    }

    private long outgoing() {
        return jdbc.sql("select count(*) from outgoing_email").query(Long.class).single();
    }
}
