package org.familyhub.frontdoor;

import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.frontdoor.SubmissionRefusedException.Reason;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public form's defences: a robot filling the hidden field, and one place sending too many. */
@PortalTest
class AbuseProtectionTest {

    @Autowired
    FrontDoor frontDoor;
    @Autowired
    HelpRequestRepository requests;
    @Autowired
    FrontDoorProperties properties;

    @Test
    void aFilledHoneypotIsRefusedAndNothingIsStored() {
        SelfReferral form = SampleRequests.selfReferral("robot@example.org");
        SelfReferral robot = new SelfReferral(form.name(), form.children(), form.topics(), form.helpWanted(),
                form.postcode(), form.contactMethods(), form.email(), form.phone(), form.contactTimes(),
                form.safeToLeaveMessage(), form.consentToShare(), form.serviceId(), "http://spam.example");
        long before = requests.count();

        assertThatThrownBy(() -> frontDoor.submit(robot, "robot-" + UUID.randomUUID()))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.ROBOT));
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void onePlaceSendingMoreThanTheBurstIsRefusedUntilItsAllowanceRefills() {
        String client = "burst-" + UUID.randomUUID();
        for (int i = 0; i < properties.submissionBurst(); i++) {
            frontDoor.submit(SampleRequests.selfReferral("burst@example.org"), client);
        }
        long before = requests.count();

        assertThatThrownBy(() -> frontDoor.submit(SampleRequests.selfReferral("burst@example.org"), client))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY));
        assertThat(requests.count()).isEqualTo(before);
        frontDoor.submit(SampleRequests.selfReferral("burst@example.org"), "another-" + UUID.randomUUID());
        assertThat(requests.count()).isEqualTo(before + 1);
    }
}
