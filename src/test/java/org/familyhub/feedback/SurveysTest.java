package org.familyhub.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class SurveysTest {

    @Autowired
    Surveys surveys;
    @Autowired
    SurveyResponses responses;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    /**
     * Pages are served while the first start loads the sample content (half a minute); every one of them asks for
     * the "was this page helpful" survey, so each failed with "the built-in survey page-helpful is missing" until the
     * surveys were made after the content. They are made first now.
     */
    @Test
    void theBuiltInSurveysAreMadeBeforeAnyOtherStartUpWork(
            @Autowired List<org.springframework.boot.ApplicationRunner> runners) {
        List<org.springframework.boot.ApplicationRunner> inOrder = new java.util.ArrayList<>(runners);
        org.springframework.core.annotation.AnnotationAwareOrderComparator.sort(inOrder);
        assertThat(inOrder.getFirst()).isInstanceOf(BuiltInSurveys.class);
    }

    @Test
    void theBuiltInSurveysExistAfterTheFirstStartOnceEach() {
        assertThat(jdbc.sql("select code from survey where code is not null order by code").query(String.class).list())
                .containsExactly("local-offer", "outcome", "page-helpful", "practitioner", "service-feedback");
        assertThat(surveys.builtIn(BuiltInSurvey.SERVICE_FEEDBACK).questions()).extracting(Question::key)
                .containsExactly("helped", "ease", "comments");
        assertThat(surveys.builtIn(BuiltInSurvey.PAGE_HELPFUL).questions()).extracting(Question::key)
                .containsExactly("helpful", "comment");
        assertThat(surveys.builtIn(BuiltInSurvey.OUTCOME).questions()).extracting(Question::key)
                .containsExactly("confidence_before", "confidence_after", "goals_met", "recommend", "comments");
        assertThat(surveys.builtIn(BuiltInSurvey.PRACTITIONER).audience()).isEqualTo(Audience.PRACTITIONERS);
        assertThat(surveys.builtIn(BuiltInSurvey.LOCAL_OFFER).questions()).extracting(Question::key)
                .containsExactly("comment");
        assertThat(surveys.form("service-feedback")).map(SurveyForm::open).contains(true);
    }

    @Test
    void answersKeepTheExactVersionAskedEvenWhenTheSurveyChangesMeanwhile() {
        SignedIn.as(accounts, "manager");
        UUID id = surveys.define(draft("Stay and play survey", "How was the session?"));
        SurveyForm first = surveys.form(id.toString()).orElseThrow();
        SignedIn.as(accounts, "editor");
        int second = surveys.revise(id, draft("Stay and play survey", "How was the session today?"));
        SignedIn.out();

        Receipt answer = responses.submit(new Submission(first.versionId(), Map.of("rating", List.of("4")),
                Submission.Context.NONE, null, null, "versions-test", null));

        assertThat(second).isEqualTo(2);
        assertThat(surveys.form(id.toString()).orElseThrow().version()).isEqualTo(2);
        assertThat(jdbc.sql("select v.version from survey_response r join survey_version v on v.id = r.survey_version_id"
                + " where r.id = ?").param(answer.id().toString()).query(Integer.class).single()).isEqualTo(1);
        assertThat(surveys.version(first.versionId()).orElseThrow().questions().getFirst().label())
                .isEqualTo("How was the session?");
    }

    @Test
    void aSurveyOutsideItsDatesTakesNoAnswers() {
        SignedIn.as(accounts, "editor");
        UUID id = surveys.define(new SurveyDraft("Last year's survey", null, Audience.FAMILIES,
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1), false, List.of(rating("Rate us"))));
        SignedIn.out();
        SurveyForm form = surveys.form(id.toString()).orElseThrow();

        assertThat(form.open()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> responses.submit(new Submission(form.versionId(),
                Map.of("rating", List.of("3")), Submission.Context.NONE, null, null, "closed-test", null)))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .containsExactly(Problem.of("", "feedback.error.closed")));
    }

    @Test
    void onlyEditorsAndManagersDefineOrListSurveys() {
        SurveyDraft draft = draft("Not allowed", "Q?");
        Denied.when(() -> surveys.define(draft));
        Denied.when(() -> surveys.list());
        for (String user : List.of("professional", "provider", "frontdoor", "admin")) {
            SignedIn.as(accounts, user);
            Denied.when(() -> surveys.define(draft));
            Denied.when(() -> surveys.revise(surveys.builtIn(BuiltInSurvey.PRACTITIONER).surveyId(), draft));
            Denied.when(() -> surveys.list());
        }
        SignedIn.as(accounts, "manager");
        assertThat(surveys.list()).extracting(SurveyOverview::code).contains("outcome", "service-feedback");
    }

    static SurveyDraft draft(String title, String question) {
        return new SurveyDraft(title, null, Audience.FAMILIES, null, null, false, List.of(rating(question)));
    }

    static Question rating(String label) {
        return new Question("rating", QuestionType.SCALE_1_5, label, null, true, List.of());
    }
}
