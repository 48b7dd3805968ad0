package org.familyhub.feedback.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.familyhub.feedback.BuiltInSurvey;
import org.familyhub.feedback.SurveyForm;
import org.familyhub.feedback.SurveyResponses;
import org.familyhub.feedback.Surveys;
import org.familyhub.shared.ui.ServicePageSection;

/** "Tell us about this service" on every service page: the built-in service feedback survey. */
@org.springframework.stereotype.Component
class ServiceFeedbackSection implements ServicePageSection {

    static final int ORDER = 100;

    private final Surveys surveys;
    private final SurveyResponses responses;

    ServiceFeedbackSection(Surveys surveys, SurveyResponses responses) {
        this.surveys = surveys;
        this.responses = responses;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public com.vaadin.flow.component.Component create(UUID serviceId, String serviceName) {
        SurveyForm form = surveys.builtIn(BuiltInSurvey.SERVICE_FEEDBACK);
        if (!form.open()) {
            return new Div();
        }
        Section section = new Section();
        section.addClassName("feedback-section");
        section.setId("service-feedback");
        H2 heading = new H2(Labels.title(section, form));
        section.add(heading);
        String intro = Labels.intro(section, form);
        if (intro != null) {
            section.add(new Paragraph(intro));
        }
        section.add(new SurveyFormPanel(responses, form, () -> responses.serviceContext(serviceId), null));
        return section;
    }
}
