package org.familyhub.feedback.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import org.familyhub.feedback.BuiltInSurvey;
import org.familyhub.feedback.InvalidSubmissionException;
import org.familyhub.feedback.Question;
import org.familyhub.feedback.QuestionType;
import org.familyhub.feedback.Submission;
import org.familyhub.feedback.SurveyForm;
import org.familyhub.feedback.SurveyResponses;
import org.familyhub.feedback.Surveys;
import org.familyhub.shared.ui.PageFooterSection;

/**
 * "Was this page helpful?" at the end of every public page, with the page recorded. Yes is stored at
 * once; No first asks what was missing (optional). Not on the workspace or on survey pages.
 */
@org.springframework.stereotype.Component
class PageHelpfulSection implements PageFooterSection {

    private static final List<String> NOT_HERE = List.of("workspace", "feedback", "login");

    private final Surveys surveys;
    private final SurveyResponses responses;

    PageHelpfulSection(Surveys surveys, SurveyResponses responses) {
        this.surveys = surveys;
        this.responses = responses;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(String route) {
        String path = route.startsWith("/") ? route.substring(1) : route;
        SurveyForm form = surveys.builtIn(BuiltInSurvey.PAGE_HELPFUL);
        if (NOT_HERE.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))
                || !form.open()) {
            return new Div();
        }
        return new Helpful(responses, form, "/" + path);
    }

    @StyleSheet("context://styles/feedback.css")
    static class Helpful extends Section {

        private final SurveyResponses responses;
        private final SurveyForm form;
        private final String route;
        private final Div body = new Div();
        private final Honeypot honeypot = new Honeypot();
        private final Paragraph error = new Paragraph();

        Helpful(SurveyResponses responses, SurveyForm form, String route) {
            this.responses = responses;
            this.form = form;
            this.route = route;
            addClassName("feedback-helpful");
            setId("page-helpful");
            error.addClassName("feedback-error");
            error.getElement().setAttribute("role", "alert");
            error.setVisible(false);
            H2 heading = new H2(Labels.question(this, form, question("helpful")));
            Button yes = new Button(getTranslation("feedback.answer.yes"), click -> send(QuestionType.YES, ""));
            yes.setId("page-helpful-yes");
            Button no = new Button(getTranslation("feedback.answer.no"), click -> askWhy());
            no.setId("page-helpful-no");
            body.add(heading, new Div(yes, no), honeypot, error);
            add(body);
        }

        private void askWhy() {
            body.removeAll();
            TextArea why = new TextArea(Labels.question(this, form, question("comment")) + " "
                    + getTranslation("feedback.optional"));
            String hint = Labels.hint(this, form, question("comment"));
            if (hint != null) {
                why.setHelperText(hint);
            }
            why.setId("page-helpful-comment");
            Button send = new Button(getTranslation("feedback.send"), click -> send(QuestionType.NO, why.getValue()));
            send.setId("page-helpful-send");
            body.add(new H2(getTranslation("feedback.helpful.sorry")), why, honeypot, error, send);
            why.focus();
        }

        private void send(String helpful, String comment) {
            try {
                Map<String, List<String>> answers = form.question("comment").isPresent()
                        ? Map.of("helpful", List.of(helpful), "comment", List.of(comment))
                        : Map.of("helpful", List.of(helpful));
                responses.submit(new Submission(form.versionId(), answers,
                        new Submission.Context(null, null, route), null, null, Sender.current(), honeypot.value()));
                body.removeAll();
                Paragraph thanks = new Paragraph(getTranslation("feedback.helpful.thanks"));
                thanks.getElement().setAttribute("role", "status");
                body.add(thanks);
            } catch (InvalidSubmissionException invalid) {
                error.setText(String.join(" ", invalid.problems().stream().map(p -> Labels.problem(this, p)).toList()));
                error.setVisible(true);
            }
        }

        private Question question(String key) {
            return form.question(key).orElseGet(() -> form.questions().getFirst());
        }
    }
}
