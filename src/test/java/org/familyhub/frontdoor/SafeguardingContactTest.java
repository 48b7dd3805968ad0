package org.familyhub.frontdoor;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.familyhub.Outbox;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.familyhub.mail.internal.MailDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request flagged as a safeguarding concern sends the family nothing by itself: no status e-mail, no
 * outcome survey, and nothing that was already waiting in the outbox when the flag was raised. Sent through
 * the real outbox and dispatcher, as the scheduler would.
 */
@PortalTest
class SafeguardingContactTest {

    @Autowired
    FrontDoor frontDoor;
    @Autowired
    Inbox inbox;
    @Autowired
    UserAccounts users;
    @Autowired
    Mailbox mailbox;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    HelpRequestRepository requests;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aFlaggedRequestsFamilyGetsNoStatusEmailAndNoOutcomeSurvey() {
        String family = family();
        UUID id = submitted(family);
        SignedIn.as(users, "frontdoor");

        inbox.flagSafeguarding(id, "Child said they are scared to go home");
        handledToTheEnd(id);
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(30));
        dispatcher.retryNow();

        assertThat(mailbox.to(family)).extracting(SentEmail::subject)
                .noneMatch(subject -> subject.startsWith("Update on request"))
                .noneMatch(subject -> subject.contains("Are things better for your family?"));
        assertThat(mailbox.to(family)).allSatisfy(mail -> assertThat(mail.sentAt()).isNull());
        assertThat(invitationsFor(id)).isZero();
    }

    @Test
    void anEmailQueuedBeforeTheFlagIsWithheldNotSent() {
        String family = family();
        UUID id = submitted(family);
        SignedIn.as(users, "frontdoor");
        inbox.assignToTeam(id, "Crewe early help team");
        assertThat(mailbox.to(family)).extracting(SentEmail::subject).hasSize(2)
                .anyMatch(subject -> subject.startsWith("Update on request"));

        inbox.flagSafeguarding(id, "Parent mentioned a partner's threats");
        dispatcher.retryNow();

        assertThat(mailbox.to(family)).hasSize(2).allSatisfy(mail -> {
            assertThat(mail.sentAt()).isNull();
            assertThat(mail.withheldAt()).isNotNull();
        });
        dispatcher.retryNow();
        assertThat(mailbox.to(family)).allSatisfy(mail -> assertThat(mail.sentAt()).isNull());
    }

    @Test
    void anUnflaggedRequestsFamilyStillGetsEveryStatusEmailAndTheOutcomeSurvey() {
        String family = family();
        UUID id = submitted(family);
        SignedIn.as(users, "frontdoor");

        handledToTheEnd(id);
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(30));
        dispatcher.retryNow();

        List<SentEmail> mails = mailbox.to(family);
        assertThat(mails).extracting(SentEmail::subject)
                .anyMatch(subject -> subject.startsWith("We have your request for help"))
                .anyMatch(subject -> subject.contains("Are things better for your family?"))
                .filteredOn(subject -> subject.startsWith("Update on request")).hasSize(4);
        assertThat(mails).allSatisfy(mail -> {
            assertThat(mail.sentAt()).isNotNull();
            assertThat(mail.withheldAt()).isNull();
        });
        assertThat(invitationsFor(id)).isOne();
    }

    private void handledToTheEnd(UUID id) {
        inbox.assignToTeam(id, "Crewe early help team");
        inbox.accept(id);
        inbox.allocate(id, "Jo Worker");
        inbox.close(id, Outcome.HELPED, "Bedtime routine plan in place");
    }

    private UUID submitted(String family) {
        Submitted submitted = frontDoor.submit(SampleRequests.selfReferral(family), "safeguarding-" + UUID.randomUUID());
        return requests.findByReference(submitted.reference()).orElseThrow().getId();
    }

    private long invitationsFor(UUID request) {
        return jdbc.sql("select count(*) from survey_invitation where subject_id = ?").param(request.toString())
                .query(Long.class).single();
    }

    private static String family() {
        return "safeguarding-" + UUID.randomUUID() + "@example.org";
    }
}
