package org.familyhub.frontdoor;

import java.util.List;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The inbox as a service: each user sees and moves only what is theirs, whatever a screen would show;
 * every move is timestamped and audited, and the referrer hears of it.
 */
@PortalTest
@RecordApplicationEvents
class InboxTest {

    @Autowired
    FrontDoor frontDoor;
    @Autowired
    Inbox inbox;
    @Autowired
    UserAccounts users;
    @Autowired
    Mailbox mailbox;
    @Autowired
    HelpRequestRepository requests;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aFamilysRequestIsInTheInboxOfTheFrontDoorForTheirLocalityOnly() {
        Submitted crewe = frontDoor.submit(SampleRequests.selfReferral(family()), client());
        Submitted macclesfield = frontDoor.submit(SampleRequests.withPostcode(SampleRequests.selfReferral(family()),
                SampleRequests.MACCLESFIELD_POSTCODE), client());

        SignedIn.as(users, "frontdoor");
        assertThat(references()).contains(crewe.reference()).doesNotContain(macclesfield.reference());
        SignedIn.as(users, "frontdoor-north");
        assertThat(references()).contains(macclesfield.reference()).doesNotContain(crewe.reference());
        SignedIn.as(users, "provider");
        assertThat(references()).doesNotContain(crewe.reference(), macclesfield.reference());
    }

    @Test
    void theWrongUserIsRefusedByTheServiceItself() {
        UUID id = idOf(frontDoor.submit(SampleRequests.selfReferral(family()), client()));

        SignedIn.as(users, "frontdoor-north");
        assertThatThrownBy(() -> inbox.open(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.accept(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.assignToTeam(id, "North team")).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(users, "provider");
        assertThatThrownBy(() -> inbox.open(id)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(users, "professional");
        assertThatThrownBy(() -> inbox.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.open(id)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(users, "editor");
        assertThatThrownBy(() -> inbox.open(id)).isInstanceOf(AccessDeniedException.class);
        SignedIn.out();
        assertThatThrownBy(() -> inbox.list())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThatThrownBy(() -> frontDoor.refer(SampleRequests.referral(SampleRequests.CONNEXIONS_CREWE)))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);

        SignedIn.as(users, "frontdoor");
        assertThat(inbox.open(id).summary().status()).isEqualTo(RequestStatus.RECEIVED);
    }

    @Test
    void aProviderSeesAndHandlesOnlyRequestsPassedToTheirOrganisation() {
        UUID id = idOf(frontDoor.submit(SampleRequests.selfReferral(family()), client()));
        SignedIn.as(users, "frontdoor");
        inbox.assignToService(id, SampleRequests.CONNEXIONS_CREWE);

        SignedIn.as(users, "provider2");
        assertThatThrownBy(() -> inbox.accept(id)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(users, "provider");
        assertThat(inbox.list()).extracting(RequestSummary::id).contains(id);
        assertThatThrownBy(() -> inbox.assignToTeam(id, "Provider's own team"))
                .isInstanceOf(AccessDeniedException.class);
        RequestDetails accepted = inbox.accept(id);

        assertThat(accepted.summary().status()).isEqualTo(RequestStatus.ACCEPTED);
    }

    @Test
    void everyMoveIsTimestampedAuditedAndTheFamilyIsToldOfEachChange() {
        String family = family();
        UUID id = idOf(frontDoor.submit(SampleRequests.selfReferral(family), client()));
        SignedIn.as(users, "frontdoor");

        inbox.open(id);
        inbox.assignToTeam(id, "Crewe early help team");
        inbox.accept(id);
        inbox.allocate(id, "Jo Worker");
        RequestDetails done = inbox.close(id, Outcome.HELPED, "Bedtime routine plan in place");

        assertThat(done.history()).extracting(RequestDetails.AuditEntry::action)
                .containsExactly("SUBMITTED", "VIEWED", "ASSIGNED", "ACCEPTED", "ALLOCATED", "CLOSED");
        assertThat(done.history()).extracting(RequestDetails.AuditEntry::actor)
                .containsExactly("family", "frontdoor", "frontdoor", "frontdoor", "frontdoor", "frontdoor");
        assertThat(done.firstResponseAt()).isNotNull();
        assertThat(done.timeToFirstResponse()).isNotNull();
        assertThat(done.timeToFirstResponse().isNegative()).isFalse();
        assertThat(done.timeToAllocation()).isNotNull();
        assertThat(done.timeToAllocation().compareTo(done.timeToFirstResponse())).isNotNegative();
        assertThat(done.closedAt()).isNotNull();
        assertThat(mailbox.to(family)).extracting(SentEmail::subject)
                .anyMatch(subject -> subject.startsWith("We have your request for help"))
                .filteredOn(subject -> subject.startsWith("Update on request")).hasSize(4);
        assertThat(events.stream(RequestClosed.class)).anyMatch(event -> event.requestId().equals(id) && event.outcome().equals("HELPED")
                && event.localityCode().equals("crewe-nantwich"));
    }

    @Test
    void aSafeguardingConcernComesFirstInTheInbox() {
        UUID ordinary = idOf(frontDoor.submit(SampleRequests.selfReferral(family()), client()));
        UUID worrying = idOf(frontDoor.submit(SampleRequests.selfReferral(family()), client()));
        SignedIn.as(users, "frontdoor");
        inbox.flagSafeguarding(worrying, "Child said they are scared to go home");

        List<UUID> order = inbox.list().stream().map(RequestSummary::id).toList();
        assertThat(order.indexOf(worrying)).isLessThan(order.indexOf(ordinary));
        assertThat(inbox.list().getFirst().safeguarding()).isTrue();
    }

    @Test
    void aDeclineNeedsAReasonAndTheMoveMustBeAllowed() {
        UUID id = idOf(frontDoor.submit(SampleRequests.selfReferral(family()), client()));
        SignedIn.as(users, "frontdoor");

        assertThatThrownBy(() -> inbox.decline(id, " ")).isInstanceOfSatisfying(InvalidRequestException.class,
                invalid -> assertThat(invalid.errors()).containsEntry("reason", "frontdoor.error.required"));
        assertThatThrownBy(() -> inbox.allocate(id, "Jo")).isInstanceOf(IllegalStateException.class);
        assertThat(inbox.open(id).summary().status()).isEqualTo(RequestStatus.RECEIVED);
    }

    private List<String> references() {
        return inbox.list().stream().map(RequestSummary::reference).toList();
    }

    private UUID idOf(Submitted submitted) {
        return requests.findByReference(submitted.reference()).orElseThrow().getId();
    }

    private static String family() {
        return "family-" + UUID.randomUUID() + "@example.org";
    }

    private static String client() {
        return "inbox-test-" + UUID.randomUUID();
    }
}
