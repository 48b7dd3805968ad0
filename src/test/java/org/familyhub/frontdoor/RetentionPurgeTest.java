package org.familyhub.frontdoor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.frontdoor.domain.HelpRequest;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.familyhub.frontdoor.domain.RequestAuditRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal data of closed requests goes after the retention period; what the report card counts stays. */
@PortalTest
class RetentionPurgeTest {

    @Autowired
    FrontDoor frontDoor;
    @Autowired
    Clock clock;
    @Autowired
    Inbox inbox;
    @Autowired
    UserAccounts users;
    @Autowired
    HelpRequestRepository requests;
    @Autowired
    RequestAuditRepository audit;
    @Autowired
    RetentionPurge purge;
    @Autowired
    FrontDoorProperties properties;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aClosedRequestPastTheRetentionPeriodLosesItsPersonalDataButKeepsItsOutcome() {
        UUID closed = closedRequest();
        UUID open = idOf(frontDoor.submit(SampleRequests.selfReferral("still-open@example.org"), client()));
        Instant afterRetention = clock.instant().plus(properties.retention()).plus(Duration.ofDays(1));

        purge.purge(afterRetention);

        transactions.executeWithoutResult(status -> {
            HelpRequest gone = requests.findById(closed).orElseThrow();
            assertThat(gone.getFamilyName()).isNull();
            assertThat(gone.getFamilyEmail()).isNull();
            assertThat(gone.getFamilyPhone()).isNull();
            assertThat(gone.getPostcode()).isNull();
            assertThat(gone.getHelpWanted()).isNull();
            assertThat(gone.getWorker()).isNull();
            assertThat(gone.getOutcomeNote()).isNull();
            assertThat(gone.getChildren()).isEmpty();
            assertThat(gone.getPurgedAt()).isEqualTo(afterRetention.truncatedTo(ChronoUnit.MICROS));
            assertThat(gone.getOutcome()).isEqualTo(Outcome.HELPED);
            assertThat(gone.getStatus()).isEqualTo(RequestStatus.CLOSED);
            assertThat(gone.getLocalityCode()).isEqualTo("crewe-nantwich");
            assertThat(gone.getFirstResponseAt()).isNotNull();
            assertThat(gone.getAllocatedAt()).isNotNull();
            assertThat(audit.findByRequestIdOrderByAtAsc(closed)).allMatch(entry -> entry.getDetail() == null)
                    .extracting(entry -> entry.getAction()).contains("CLOSED", "PURGED");

            HelpRequest kept = requests.findById(open).orElseThrow();
            assertThat(kept.getFamilyName()).isEqualTo("Sam Parent");
            assertThat(kept.getPurgedAt()).isNull();
        });
    }

    @Test
    void aRequestClosedWithinTheRetentionPeriodIsKept() {
        UUID closed = closedRequest();

        purge.purge(clock.instant().plus(properties.retention()).minus(Duration.ofDays(1)));

        transactions.executeWithoutResult(status ->
                assertThat(requests.findById(closed).orElseThrow().getFamilyName()).isEqualTo("Sam Parent"));
    }

    private UUID closedRequest() {
        UUID id = idOf(frontDoor.submit(SampleRequests.selfReferral("purge-" + UUID.randomUUID() + "@example.org"),
                client()));
        SignedIn.as(users, "frontdoor");
        inbox.accept(id);
        inbox.allocate(id, "Jo Worker");
        inbox.close(id, Outcome.HELPED, "Sleep plan agreed with Sam");
        SignedIn.out();
        return id;
    }

    private UUID idOf(Submitted submitted) {
        return requests.findByReference(submitted.reference()).orElseThrow().getId();
    }

    private static String client() {
        return "purge-test-" + UUID.randomUUID();
    }
}
