package org.familyhub.feedback.ui;

import java.util.Arrays;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.familyhub.feedback.InvalidSubmissionException;
import org.familyhub.feedback.NewProblemReport;
import org.familyhub.feedback.Problem;
import org.familyhub.feedback.ProblemKind;
import org.familyhub.feedback.ProblemReports;
import org.familyhub.shared.ui.ServicePageSection;

/** "Report a problem with this listing" on every service page: a task for the editors. */
@org.springframework.stereotype.Component
class ProblemReportSection implements ServicePageSection {

    static final int ORDER = 110;

    private final ProblemReports reports;

    ProblemReportSection(ProblemReports reports) {
        this.reports = reports;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Component create(UUID serviceId, String serviceName) {
        return new ReportForm(reports, serviceId);
    }

    @StyleSheet("context://styles/feedback.css")
    static class ReportForm extends Details {

        private final ProblemReports reports;
        private final UUID serviceId;
        private final Div body = new Div();
        private final Div errors = new Div();
        private final RadioButtonGroup<ProblemKind> kind = new RadioButtonGroup<>();
        private final TextArea description = new TextArea();
        private final EmailField email = new EmailField();
        private final Honeypot honeypot = new Honeypot();

        /**
         * The form is built when the family opens it: it is closed on every service page, and its fields (a radio
         * button per kind of problem, the text area, the e-mail field) were a fifth of the page's server components,
         * built, sent and torn down on each visit.
         */
        ReportForm(ProblemReports reports, UUID serviceId) {
            this.reports = reports;
            this.serviceId = serviceId;
            setSummaryText(getTranslation("feedback.problem.summary"));
            addClassName("feedback-problem");
            setId("report-problem");
            add(body);
            addOpenedChangeListener(opened -> {
                if (opened.isOpened() && body.getComponentCount() == 0) {
                    build();
                }
            });
        }

        private void build() {
            errors.addClassName("feedback-errors");
            errors.getElement().setAttribute("role", "alert");
            errors.setVisible(false);
            kind.setLabel(getTranslation("feedback.problem.kind"));
            kind.setItems(Arrays.asList(ProblemKind.values()));
            kind.setItemLabelGenerator(k -> getTranslation("feedback.problem.kind." + k.name()));
            kind.setRequiredIndicatorVisible(true);
            kind.setId("problem-kind");
            description.setLabel(getTranslation("feedback.problem.description"));
            description.setHelperText(getTranslation("feedback.problem.description.hint"));
            description.setRequiredIndicatorVisible(true);
            description.setId("problem-description");
            email.setLabel(getTranslation("feedback.problem.email") + " " + getTranslation("feedback.optional"));
            email.setHelperText(getTranslation("feedback.problem.email.hint"));
            email.setId("problem-email");
            Button send = new Button(getTranslation("feedback.problem.send"), click -> send());
            send.addThemeVariants(ButtonVariant.PRIMARY);
            send.setId("problem-send");
            body.add(new Paragraph(getTranslation("feedback.problem.intro")), errors, kind, description, email,
                    honeypot, send);
        }

        private void send() {
            errors.setVisible(false);
            kind.setInvalid(false);
            description.setInvalid(false);
            email.setInvalid(false);
            try {
                String reference = reports.report(new NewProblemReport(serviceId, kind.getValue(),
                        description.getValue(), email.getValue(), Sender.current(), honeypot.value()));
                body.removeAll();
                Paragraph thanks = new Paragraph(getTranslation("feedback.problem.thanks", reference));
                thanks.addClassName("feedback-thanks");
                thanks.getElement().setAttribute("role", "status");
                thanks.getElement().setAttribute("tabindex", "-1");
                body.add(thanks);
                thanks.getElement().callJsFunction("focus");
            } catch (InvalidSubmissionException invalid) {
                UnorderedList list = new UnorderedList();
                for (Problem problem : invalid.problems()) {
                    String message = Labels.problem(this, problem);
                    switch (problem.field()) {
                        case "kind" -> { kind.setErrorMessage(message); kind.setInvalid(true); }
                        case "description" -> { description.setErrorMessage(message); description.setInvalid(true); }
                        case "email" -> { email.setErrorMessage(message); email.setInvalid(true); }
                        default -> { }
                    }
                    list.add(new ListItem(message));
                }
                errors.removeAll();
                errors.add(new H3(getTranslation("feedback.errors.heading")), list);
                errors.setVisible(true);
            }
        }
    }
}
