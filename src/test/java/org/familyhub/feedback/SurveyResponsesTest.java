package org.familyhub.feedback;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class SurveyResponsesTest {

    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");

    @Autowired
    Surveys surveys;
    @Autowired
    SurveyResponses responses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void serviceFeedbackIsStoredWithItsServiceAndLocalityBeforeTheReceipt() {
        SurveyForm form = surveys.builtIn(BuiltInSurvey.SERVICE_FEEDBACK);
        Submission.Context context = responses.serviceContext(MONKS_STAY_AND_PLAY);

        Receipt receipt = responses.submit(new Submission(form.versionId(), Map.of("helped", List.of("yes"),
                "ease", List.of("4"), "comments", List.of("Lovely staff")), context, null, null, "stored-test", ""));

        assertThat(context.localityCode()).isEqualTo("crewe-nantwich");
        assertThat(receipt.reference()).startsWith("F-");
        assertThat(jdbc.sql("select service_id, locality_code, page_route from survey_response where id = ?")
                .param(receipt.id().toString()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single()).containsExactly(MONKS_STAY_AND_PLAY.toString(), "crewe-nantwich",
                        "/services/" + MONKS_STAY_AND_PLAY);
        assertThat(jdbc.sql("select question_key, answer_value, screening from survey_answer where response_id = ?"
                + " order by id").param(receipt.id().toString()).query((rs, n) -> rs.getString(1) + "=" + rs.getString(2) + ":"
                + rs.getString(3)).list()).containsExactly("helped=yes:null", "ease=4:null", "comments=Lovely staff:PENDING");
    }

    @Test
    void badAnswersAreTurnedDownWithEveryProblemAndNothingIsStored() {
        SurveyForm form = surveys.builtIn(BuiltInSurvey.SERVICE_FEEDBACK);
        long before = count();

        assertThatThrownBy(() -> responses.submit(new Submission(form.versionId(), Map.of("helped", List.of("perhaps"),
                "ease", List.of("9"), "comments", List.of("<script>alert(1)</script>")), Submission.Context.NONE, null,
                null, "bad-test", null)))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(Problem.of("helped", "feedback.error.yesNo"),
                                Problem.of("ease", "feedback.error.scale", "1", "5"),
                                Problem.of("comments", "feedback.error.markup")));
        assertThatThrownBy(() -> responses.submit(new Submission(form.versionId(), Map.of("helped", List.of("no"),
                "comments", List.of("x".repeat(2001))), Submission.Context.NONE, null, null, "bad-test", null)))
                .hasMessageContaining("feedback.error.tooLong");
        assertThatThrownBy(() -> responses.submit(new Submission(UUID.randomUUID(), Map.of(),
                Submission.Context.NONE, null, null, "bad-test", null))).hasMessageContaining("feedback.error.noSurvey");

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void contactDetailsNeedConsentAndASurveyThatAsksForThem() {
        SurveyForm practitioners = surveys.builtIn(BuiltInSurvey.PRACTITIONER);
        SurveyForm service = surveys.builtIn(BuiltInSurvey.SERVICE_FEEDBACK);
        Map<String, List<String>> answers = Map.of("find_ease", List.of("2"), "refer_ease", List.of("3"));

        assertThatThrownBy(() -> responses.submit(new Submission(practitioners.versionId(), answers,
                Submission.Context.NONE, new Submission.Contact("Hana", "not-an-address", false), null, "contact-test",
                null))).isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(Problem.of("contact.consent", "feedback.error.consent"),
                                Problem.of("contact.email", "feedback.error.email")));
        assertThatThrownBy(() -> responses.submit(new Submission(service.versionId(), Map.of("helped", List.of("yes")),
                Submission.Context.NONE, new Submission.Contact(null, "hana@example.org", true), null, "contact-test",
                null))).hasMessageContaining("feedback.error.noContact");

        Receipt receipt = responses.submit(new Submission(practitioners.versionId(), answers, Submission.Context.NONE,
                new Submission.Contact("Hana Health Visitor", "hana@example.org", true), null, "contact-test", null));
        assertThat(jdbc.sql("select contact_email from survey_response where id = ?").param(receipt.id().toString())
                .query(String.class).single()).isEqualTo("hana@example.org");
    }

    @Test
    void aRobotFillingTheHoneypotGetsAThankYouAndStoresNothing() {
        SurveyForm form = surveys.builtIn(BuiltInSurvey.PAGE_HELPFUL);
        long before = count();

        Receipt receipt = responses.submit(new Submission(form.versionId(), Map.of("helpful", List.of("yes")),
                new Submission.Context(null, null, "/"), null, null, "robot-test", "http://spam.example"));

        assertThat(receipt.reference()).startsWith("F-");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void oneAddressSendingTooManyFormsIsSlowedDown() {
        SurveyForm form = surveys.builtIn(BuiltInSurvey.PAGE_HELPFUL);
        Submission submission = new Submission(form.versionId(), Map.of("helpful", List.of("yes")),
                new Submission.Context(null, null, "/"), null, null, "flood-test", null);
        for (int i = 0; i < 30; i++) {
            responses.submit(submission);
        }
        long before = count();

        assertThatThrownBy(() -> responses.submit(submission)).hasMessageContaining("feedback.error.tooMany");
        assertThat(count()).isEqualTo(before);
        responses.submit(new Submission(form.versionId(), Map.of("helpful", List.of("no")),
                new Submission.Context(null, null, "/"), null, null, "another-address", null));
    }

    @Test
    void theOutcomeSurveyTakesAnswersOnlyThroughAnInvitation() {
        SurveyForm outcome = surveys.builtIn(BuiltInSurvey.OUTCOME);

        assertThatThrownBy(() -> responses.submit(new Submission(outcome.versionId(), Map.of(
                "confidence_before", List.of("3"), "confidence_after", List.of("8"), "goals_met", List.of("yes"),
                "recommend", List.of("yes")), Submission.Context.NONE, null, "made-up-token", "outcome-test", null)))
                .hasMessageContaining("feedback.error.invitation");
        assertThatThrownBy(() -> responses.submit(new Submission(outcome.versionId(), Map.of(
                "confidence_before", List.of("3"), "confidence_after", List.of("8"), "goals_met", List.of("yes"),
                "recommend", List.of("yes")), Submission.Context.NONE, null, null, "outcome-test", null)))
                .hasMessageContaining("feedback.error.invitation");
    }

    private long count() {
        return jdbc.sql("select count(*) from survey_response").query(Long.class).single();
    }
}
