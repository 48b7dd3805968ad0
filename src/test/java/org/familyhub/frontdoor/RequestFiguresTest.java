package org.familyhub.frontdoor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.frontdoor.RequestFigures.LocalityFigures;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report card's figures: counts and times per locality, for managers only. */
@PortalTest
class RequestFiguresTest {

    @Autowired
    FrontDoor frontDoor;
    @Autowired
    Clock clock;
    @Autowired
    Inbox inbox;
    @Autowired
    RequestFigures figures;
    @Autowired
    UserAccounts users;
    @Autowired
    HelpRequestRepository requests;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aManagerSeesHowManyArrivedHowFastTheyWereAnsweredAndHowTheyEnded() {
        Instant from = clock.instant().minusSeconds(1);
        UUID id = requests.findByReference(frontDoor.submit(SampleRequests.selfReferral("figures@example.org"),
                "figures-" + UUID.randomUUID()).reference()).orElseThrow().getId();
        SignedIn.as(users, "frontdoor");
        inbox.accept(id);
        inbox.allocate(id, "Jo Worker");
        inbox.close(id, Outcome.HELPED, null);

        SignedIn.as(users, "frontdoor");
        assertThatThrownBy(() -> figures.arrivedBetween(from, clock.instant())).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(users, "manager");
        LocalityFigures crewe = figures.arrivedBetween(from, clock.instant().plus(Duration.ofMinutes(1))).stream()
                .filter(f -> f.localityCode().equals("crewe-nantwich")).findFirst().orElseThrow();

        assertThat(crewe.received()).isGreaterThanOrEqualTo(1);
        assertThat(crewe.selfReferrals()).isGreaterThanOrEqualTo(1);
        assertThat(crewe.medianToFirstResponse()).isNotNull();
        assertThat(crewe.medianToAllocation()).isNotNull();
        assertThat(crewe.outcomes()).containsKey(Outcome.HELPED);
    }
}
