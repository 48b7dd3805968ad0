package org.familyhub.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.frontdoor.Child;
import org.familyhub.frontdoor.ContactMethod;
import org.familyhub.frontdoor.FrontDoor;
import org.familyhub.frontdoor.Inbox;
import org.familyhub.frontdoor.Outcome;
import org.familyhub.frontdoor.RequestClosed;
import org.familyhub.frontdoor.RequestSummary;
import org.familyhub.frontdoor.SelfReferral;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@PortalTest
class OutcomeSurveysTest {

    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/feedback/outcome\\?invite=([\\w-]+)");

    @Autowired
    OutcomeSurveys outcomeSurveys;
    @Autowired
    SurveyResponses responses;
    @Autowired
    Mailbox mailbox;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FrontDoor frontDoor;
    @Autowired
    Inbox inbox;
    @Autowired
    UserAccounts users;

    @Test
    void aClosedReferralSendsOneOutcomeSurveyWhoseLinkAnswersOnce() {
        UUID request = UUID.randomUUID();
        String family = "family-" + request + "@example.org";

        transactions.executeWithoutResult(status -> events.publishEvent(
                new OutcomeSurveyDue(request, family, MONKS_STAY_AND_PLAY, "crewe-nantwich")));
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailbox.to(family).isEmpty());
        outcomeSurveys.send(new OutcomeSurveyDue(request, family, MONKS_STAY_AND_PLAY, "crewe-nantwich"));

        List<SentEmail> sent = mailbox.to(family);
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().subject()).contains("Are things better for your family?");
        Matcher link = LINK.matcher(sent.getFirst().body());
        assertThat(link.find()).as(sent.getFirst().body()).isTrue();
        String token = link.group(1);
        SurveyForm form = responses.invited(token).orElseThrow();
        Map<String, List<String>> answers = Map.of("confidence_before", List.of("3"),
                "confidence_after", List.of("8"), "goals_met", List.of("yes"), "recommend", List.of("yes"));

        Receipt receipt = responses.submit(new Submission(form.versionId(), answers, Submission.Context.NONE, null,
                token, "outcome-family", null));

        assertThat(jdbc.sql("select service_id, locality_code from survey_response where id = ?")
                .param(receipt.id().toString()).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).single())
                .isEqualTo(MONKS_STAY_AND_PLAY + " crewe-nantwich");
        assertThat(responses.invited(token)).isEmpty();
        assertThatThrownBy(() -> responses.submit(new Submission(form.versionId(), answers, Submission.Context.NONE,
                null, token, "outcome-family", null))).hasMessageContaining("feedback.error.invitation");
    }

    @Test
    void aRequestForHelpClosedWithTheFamilysAddressSendsTheOutcomeSurveyAndOneWithoutSendsNothing() {
        String family = "closed-" + UUID.randomUUID() + "@example.org";
        UUID withoutAddress = closedRequest(Set.of(ContactMethod.PHONE), null);
        UUID withAddress = closedRequest(Set.of(ContactMethod.EMAIL), family);

        await().atMost(Duration.ofSeconds(30)).until(() -> !mailbox.to(family).isEmpty());
        assertThat(mailbox.to(family).getFirst().body()).containsPattern(LINK);
        assertThat(jdbc.sql("select count(*) from survey_invitation where subject_id in (?, ?)")
                .params(withAddress.toString(), withoutAddress.toString()).query(Integer.class).single()).isEqualTo(1);
    }

    /** A family's request in Crewe, closed by the demo front door: the real way {@link RequestClosed} is raised. */
    private UUID closedRequest(Set<ContactMethod> contactBy, @Nullable String email) {
        String reference = frontDoor.submit(new SelfReferral("Sam Parent", List.of(new Child(4, null)), Set.of(),
                "Bedtimes are a battle and I would like some ideas.", "CW1 3AB", contactBy, email, "01270 123456",
                null, true, true, null, null), "outcome-" + UUID.randomUUID()).reference();
        SignedIn.as(users, "frontdoor");
        try {
            UUID id = inbox.list().stream().filter(r -> r.reference().equals(reference))
                    .map(RequestSummary::id).findFirst().orElseThrow();
            inbox.accept(id);
            inbox.close(id, Outcome.HELPED, null);
            return id;
        } finally {
            SignedIn.out();
        }
    }

    @Test
    void theSurveyIsQueuedInTheOutboxWithTheChangeAndNotAtAllWhenTheChangeFails() {
        UUID kept = UUID.randomUUID();
        UUID failed = UUID.randomUUID();
        String keptFamily = "kept-" + kept + "@example.org";
        String failedFamily = "failed-" + failed + "@example.org";

        outcomeSurveys.send(new OutcomeSurveyDue(kept, keptFamily, null, null));
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            outcomeSurveys.send(new OutcomeSurveyDue(failed, failedFamily, null, "congleton"));
            throw new IllegalStateException("closing the request failed");
        })).hasMessage("closing the request failed");

        // Queued, whether or not a mail server answers: the dispatcher sends it when one does.
        assertThat(mailbox.to(keptFamily)).singleElement().satisfies(mail -> assertThat(mail.queuedAt()).isNotNull());
        assertThat(mailbox.to(failedFamily)).isEmpty();
        assertThat(jdbc.sql("select count(*) from survey_invitation where subject_id = ?").param(failed.toString())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAddressThatIsNotOneIsTurnedDown() {
        assertThatThrownBy(() -> outcomeSurveys.send(new OutcomeSurveyDue(UUID.randomUUID(), "nobody", null, null)))
                .hasMessageContaining("feedback.error.email");
    }
}
