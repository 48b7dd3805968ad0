package org.familyhub.feedback.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.feedback.Audience;
import org.familyhub.feedback.BuiltInSurvey;
import org.familyhub.feedback.ProblemKind;
import org.familyhub.feedback.Question;
import org.familyhub.feedback.QuestionType;
import org.familyhub.feedback.Submission;
import org.familyhub.feedback.SurveyDraft;
import org.familyhub.feedback.SurveyResponses;
import org.familyhub.feedback.Surveys;
import org.familyhub.mail.Mailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(packages = {"org.familyhub.feedback.ui", "org.familyhub.portal.ui", "org.familyhub.account.ui"})
class FeedbackViewsTest extends SpringBrowserlessTest {

    private static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";

    @Autowired
    UserAccounts accounts;
    @Autowired
    Surveys surveys;
    @Autowired
    SurveyResponses responses;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aParentRatesAServiceOnItsPageAndTheAnswersAreStoredBeforeTheThankYou() {
        navigate("services/" + MONKS_STAY_AND_PLAY, Component.class);
        Section section = $(Section.class).id("service-feedback");
        assertThat(section.getElement().getTextRecursively()).contains("Tell us about this service");
        RadioButtonGroup<String> helped = radio("feedback-service-feedback-helped");
        long before = responsesTo(BuiltInSurvey.SERVICE_FEEDBACK);

        test($(Button.class).id("feedback-service-feedback-send")).click();
        assertThat(helped.isInvalid()).isTrue();
        assertThat(helped.getErrorMessage()).isEqualTo("Please answer this question.");
        assertThat(responsesTo(BuiltInSurvey.SERVICE_FEEDBACK)).isEqualTo(before);

        helped.setValue("yes");
        radio("feedback-service-feedback-ease").setValue("2");
        $(TextArea.class).id("feedback-service-feedback-comments").setValue("Hard to find the door");
        test($(Button.class).id("feedback-service-feedback-send")).click();

        assertThat(section.getElement().getTextRecursively()).contains("Thank you. We have your answers");
        assertThat(responsesTo(BuiltInSurvey.SERVICE_FEEDBACK)).isEqualTo(before + 1);
        assertThat(jdbc.sql("select r.locality_code from survey_response r join survey s on s.id = r.survey_id"
                + " where s.code = 'service-feedback' order by r.submitted_at desc limit 1").query(String.class).single())
                .isEqualTo("crewe-nantwich");
    }

    @Test
    void inPolishTheBuiltInQuestionsAndTheProblemFormArePolish() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("pl"));
        try {
            navigate("services/" + MONKS_STAY_AND_PLAY, Component.class);

            assertThat(radio("feedback-service-feedback-helped").getLabel()).isEqualTo("Czy ta usługa Ci pomogła?");
            assertThat($(Details.class).id("report-problem").getSummaryText()).isEqualTo("Zgłoś błąd w tym wpisie");
            assertThat($(Section.class).id("page-helpful").getElement().getTextRecursively())
                    .contains("Czy ta strona była pomocna?");
        } finally {
            com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void aParentReportsAWrongPhoneNumberAndAnEditorResolvesItWithAReply() {
        String parent = "parent-" + UUID.randomUUID() + "@example.org";
        navigate("services/" + MONKS_STAY_AND_PLAY, Component.class);
        assertThat($(TextArea.class).withId("problem-description").exists())
                .as("the closed form is not built with the page").isFalse();
        $(Details.class).id("report-problem").setOpened(true);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ProblemKind> kind = $(RadioButtonGroup.class).id("problem-kind");
        kind.setValue(ProblemKind.WRONG_PHONE);
        $(TextArea.class).id("problem-description").setValue("The number is 01270 000 999 now");
        $(EmailField.class).id("problem-email").setValue(parent);
        test($(Button.class).id("problem-send")).click();

        String thanks = $(Details.class).id("report-problem").getElement().getTextRecursively();
        assertThat(thanks).contains("Thank you. We have your report (reference P-");
        String reference = thanks.replaceAll("(?s).*\\(reference (P-[A-Z0-9]{6})\\).*", "$1");

        SignedIn.as(accounts, "editor");
        navigate(ProblemReportsView.class);
        Section task = $(Section.class).id("problem-" + reference);
        assertThat(task.getElement().getTextRecursively()).contains("The phone number is wrong")
                .contains("Stay and Play at Monks Coppenhall").contains("The number is 01270 000 999 now");
        $(TextArea.class).from(task).withClassName("problem-reply").single()
                .setValue("Thank you. We have changed the number.");
        test($(Button.class).from(task).withClassName("resolve").single()).click();

        assertThat($(Section.class).withId("problem-" + reference).exists()).isFalse();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Report " + reference + " resolved.");
        assertThat(mailbox.to(parent)).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("Thank you. We have changed the number."));
    }

    @Test
    void aPageThatWasNotHelpfulIsRecordedWithItsRouteAndComment() {
        navigate("localities/crewe-nantwich", Component.class);
        test($(Button.class).id("page-helpful-no")).click();
        $(TextArea.class).id("page-helpful-comment").setValue("I wanted opening times");
        test($(Button.class).id("page-helpful-send")).click();

        assertThat($(Section.class).id("page-helpful").getElement().getTextRecursively())
                .contains("Thank you for your feedback.");
        List<String> stored = jdbc.sql("select concat(r.page_route, ' ', a.question_key, '=', a.answer_value)"
                + " from survey_response r join survey_answer a on a.response_id = r.id"
                + " where r.page_route = '/localities/crewe-nantwich' order by a.id").query(String.class).list();
        assertThat(stored).containsSubsequence("/localities/crewe-nantwich helpful=no",
                "/localities/crewe-nantwich comment=I wanted opening times");
    }

    @Test
    void aSurveyDefinedInTheEditorIsAnsweredOnItsLinkAgainstTheVersionShown() {
        SignedIn.as(accounts, "manager");
        navigate(SurveyEditorView.class);
        String title = "Holiday club survey " + UUID.randomUUID();
        $(TextField.class).id("survey-title").setValue(title);
        $(TextField.class).withClassName("question-label").first().setValue("How was the holiday club?");
        @SuppressWarnings("unchecked")
        Select<QuestionType> type = $(Select.class).withClassName("question-type").first();
        type.setValue(QuestionType.SCALE_0_10);
        test($(Button.class).id("add-question")).click();
        $(TextField.class).withClassName("question-label").last().setValue("Which days did you come?");
        @SuppressWarnings("unchecked")
        Select<QuestionType> secondType = $(Select.class).withClassName("question-type").last();
        secondType.setValue(QuestionType.MULTIPLE_CHOICE);
        $(TextArea.class).withClassName("question-options").last().setValue("Monday\nTuesday\nFriday");
        test($(Button.class).id("save-survey")).click();

        assertThat(getCurrentView()).isInstanceOf(SurveysView.class);
        UUID id = UUID.fromString(jdbc.sql("select id from survey where title = ?").param(title)
                .query(String.class).single());
        SignedIn.out();

        SurveyPage page = navigate(SurveyPage.class, id.toString());
        assertThat($(H1.class).single().getText()).isEqualTo(title);
        SignedIn.as(accounts, "editor");
        surveys.revise(id, new SurveyDraft(title, null, Audience.FAMILIES, null, null, false, List.of(
                new Question("q1", QuestionType.YES_NO, "Did you enjoy it?", null, true, List.of()))));
        SignedIn.out();
        radio("feedback-" + id.toString().substring(0, 8) + "-q1").setValue("7");
        @SuppressWarnings("unchecked")
        var days = (com.vaadin.flow.component.checkbox.CheckboxGroup<String>) $(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class).single();
        days.select("Monday", "Friday");
        test($(Button.class).withText("Send").single()).click();

        assertThat(page.getElement().getTextRecursively()).contains("Thank you. We have your answers");
        assertThat(jdbc.sql("select concat(v.version, ' ', a.question_key, '=', a.answer_value) from survey_response r"
                + " join survey_version v on v.id = r.survey_version_id join survey_answer a on a.response_id = r.id"
                + " where r.survey_id = ? order by a.id").param(id.toString()).query(String.class).list())
                .containsExactly("1 q1=7", "1 q2=Monday", "1 q2=Friday");
    }

    @Test
    void aManagerSeesChartsWithTheNumbersBesideThemAndCanDownloadCsv() {
        var form = surveys.builtIn(BuiltInSurvey.PRACTITIONER);
        responses.submit(new Submission(form.versionId(), Map.of("find_ease", List.of("4"),
                "refer_ease", List.of("2")), Submission.Context.NONE, null, null, "views-results", null));
        SignedIn.as(accounts, "manager");

        navigate(ResultsView.class, form.surveyId().toString());

        assertThat($(H1.class).single().getText()).isEqualTo("Results: Finding and referring to services");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getTitle()).isEqualTo("Survey results");
        assertThat($(Paragraph.class).id("results-count").getText()).matches("\\d+ responses?");
        assertThat($(Html.class).all()).hasSize(2).allSatisfy(chart -> assertThat(chart.getElement().getOuterHTML())
                .startsWith("<svg").contains("role=\"img\""));
        assertThat($(NativeTable.class).all()).hasSize(2);
        assertThat($(NativeTable.class).first().getCaptionText())
                .isEqualTo("The numbers: How easy is it to find the right service?");
        assertThat($(Anchor.class).id("results-csv").getText()).isEqualTo("Download these results as CSV");
    }

    @Test
    void theWorkspacePagesAreOnlyForTheirRoles() {
        String serviceFeedback = surveys.builtIn(BuiltInSurvey.SERVICE_FEEDBACK).surveyId().toString();

        assertThat(navigate("workspace/surveys", Component.class).getClass().getSimpleName()).isEqualTo("LoginView");
        assertThat(navigate("workspace/feedback/problems", Component.class).getClass().getSimpleName())
                .isEqualTo("LoginView");

        for (String user : List.of("provider", "professional", "manager")) {
            SignedIn.as(accounts, user);
            assertThat(opens("workspace/feedback/problems")).as(user).isFalse();
            assertThat(opens("workspace/feedback/comments")).as(user).isFalse();
        }
        for (String user : List.of("provider", "professional", "frontdoor")) {
            SignedIn.as(accounts, user);
            assertThat(opens("workspace/surveys/results/" + serviceFeedback)).as(user).isFalse();
            assertThat(opens("workspace/surveys")).as(user).isFalse();
        }
        SignedIn.as(accounts, "manager");
        assertThat(opens("workspace/surveys/results/" + serviceFeedback)).as(() -> why).isTrue();
        SignedIn.as(accounts, "editor");
        assertThat(opens("workspace/feedback/comments")).as(() -> why).isTrue();
    }

    private boolean opens(String route) {
        try {
            navigate(route, Component.class);
        } catch (RuntimeException denied) {
            why = denied.toString();
            return false;
        }
        // The view's own class name, without any Spring proxy suffix.
        String name = getCurrentView().getClass().getSimpleName().split("\\$\\$")[0];
        why = name;
        return name.endsWith("View") && !name.equals("LoginView");
    }

    private String why = "";

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> radio(String id) {
        return $(RadioButtonGroup.class).id(id);
    }

    private long responsesTo(BuiltInSurvey survey) {
        return jdbc.sql("select count(*) from survey_response r join survey s on s.id = r.survey_id where s.code = ?")
                .param(survey.code()).query(Long.class).single();
    }
}
