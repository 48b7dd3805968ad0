package org.familyhub.feedback.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.feedback.BuiltInSurvey;
import org.familyhub.feedback.Submission;
import org.familyhub.feedback.SurveyForm;
import org.familyhub.feedback.SurveyResponses;
import org.familyhub.feedback.Surveys;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;

/**
 * A survey's public link, {@code /feedback/{survey id or built-in code}}; the outcome survey only with
 * the single-use {@code ?invite=} link from its e-mail. Anonymous; anyone may answer an open survey.
 */
@Route(value = "feedback", layout = MainLayout.class)
@AnonymousAllowed
class SurveyPage extends Article implements HasUrlParameter<String>, HasDynamicTitle {

    private final Surveys surveys;
    private final SurveyResponses responses;
    private final PortalProperties portal;
    private String title = "";

    SurveyPage(Surveys surveys, SurveyResponses responses, PortalProperties portal) {
        this.surveys = surveys;
        this.responses = responses;
        this.portal = portal;
        addClassName("survey-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String survey) {
        List<String> invites = event.getLocation().getQueryParameters().getParameters().getOrDefault("invite",
                List.of());
        String invite = invites.isEmpty() ? null : invites.getFirst();
        removeAll();
        Optional<SurveyForm> found = invite == null ? surveys.form(survey) : responses.invited(invite);
        if (invite != null && found.isEmpty()) {
            show(getTranslation("feedback.page.invitationUsed"), getTranslation("feedback.page.invitationUsed.text"));
            return;
        }
        SurveyForm form = found.orElseThrow(NotFoundException::new);
        if (invite == null && BuiltInSurvey.OUTCOME.code().equals(form.code())) {
            show(Labels.title(this, form), getTranslation("feedback.page.inviteOnly"));
            return;
        }
        if (!form.open()) {
            show(Labels.title(this, form), getTranslation("feedback.page.closed"));
            return;
        }
        title = Labels.title(this, form);
        add(new H1(title));
        String intro = Labels.intro(this, form);
        if (intro != null) {
            add(new Paragraph(intro));
        }
        add(new Paragraph(getTranslation("feedback.page.anonymous")));
        add(new SurveyFormPanel(responses, form, () -> Submission.Context.NONE, invite));
    }

    private void show(String heading, String text) {
        title = heading;
        add(new H1(heading), new Paragraph(text));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + portal.portalName();
    }
}
