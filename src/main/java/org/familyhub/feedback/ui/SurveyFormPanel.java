package org.familyhub.feedback.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.feedback.InvalidSubmissionException;
import org.familyhub.feedback.Problem;
import org.familyhub.feedback.Question;
import org.familyhub.feedback.QuestionType;
import org.familyhub.feedback.Receipt;
import org.familyhub.feedback.Submission;
import org.familyhub.feedback.SurveyForm;
import org.familyhub.feedback.SurveyResponses;
import org.jspecify.annotations.Nullable;

/**
 * One survey version as a form: a field per question, optional contact details when the survey asks
 * for them, a honeypot, and Send. The thank-you replaces the form only once the answers are stored.
 */
@StyleSheet("context://styles/feedback.css")
class SurveyFormPanel extends Div {

    private final SurveyResponses responses;
    private final SurveyForm form;
    /** Where the feedback is given, worked out when it is sent: most pages are read, not answered. */
    private final Supplier<Submission.Context> context;
    private final @Nullable String invitation;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Div errors = new Div();
    private final Honeypot honeypot = new Honeypot();
    private @Nullable TextField contactName;
    private @Nullable EmailField contactEmail;
    private @Nullable Checkbox consent;
    private Consumer<Receipt> onSent = receipt -> { };

    SurveyFormPanel(SurveyResponses responses, SurveyForm form, Supplier<Submission.Context> context,
            @Nullable String invitation) {
        this.responses = responses;
        this.form = form;
        this.context = context;
        this.invitation = invitation;
        addClassName("feedback-form");
        errors.addClassName("feedback-errors");
        errors.getElement().setAttribute("role", "alert");
        errors.setVisible(false);
        add(errors);
        form.questions().forEach(question -> {
            Field field = field(question);
            fields.put(question.key(), field);
            add(field.component());
        });
        if (form.allowContact()) {
            addContact();
        }
        add(honeypot);
        Button send = new Button(getTranslation("feedback.send"), click -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId(id("send"));
        add(send);
    }

    SurveyFormPanel onSent(Consumer<Receipt> onSent) {
        this.onSent = onSent;
        return this;
    }

    private void addContact() {
        Paragraph why = new Paragraph(getTranslation("feedback.contact.why"));
        contactName = new TextField(getTranslation("feedback.contact.name"));
        contactName.setId(id("contact-name"));
        contactName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        contactEmail = new EmailField(getTranslation("feedback.contact.email"));
        contactEmail.setId(id("contact-email"));
        consent = new Checkbox(getTranslation("feedback.contact.consent"));
        consent.setId(id("contact-consent"));
        Div contact = new Div(new H3(getTranslation("feedback.contact.heading")), why, contactName, contactEmail,
                consent);
        contact.addClassName("feedback-contact");
        add(contact);
    }

    private void send() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        fields.forEach((key, field) -> answers.put(key, field.values()));
        Submission.Contact contact = contactEmail == null ? null : new Submission.Contact(contactName.getValue(),
                contactEmail.getValue(), consent.getValue());
        clearErrors();
        try {
            Receipt receipt = responses.submit(new Submission(form.versionId(), answers, context.get(), contact, invitation,
                    Sender.current(), honeypot.value()));
            removeAll();
            Paragraph thanks = new Paragraph(getTranslation("feedback.thanks", receipt.reference()));
            thanks.addClassName("feedback-thanks");
            thanks.getElement().setAttribute("role", "status");
            thanks.getElement().setAttribute("tabindex", "-1");
            add(thanks);
            thanks.getElement().callJsFunction("focus");
            onSent.accept(receipt);
        } catch (InvalidSubmissionException invalid) {
            showErrors(invalid.problems());
        }
    }

    private void showErrors(List<Problem> problems) {
        UnorderedList list = new UnorderedList();
        for (Problem problem : problems) {
            String message = Labels.problem(this, problem);
            Field field = fields.get(problem.field());
            HasValidation validated = field != null ? field.validation() : contactField(problem.field());
            if (validated != null) {
                validated.setErrorMessage(message);
                validated.setInvalid(true);
            }
            String about = field == null ? "" : Labels.question(this, form, form.question(problem.field())
                    .orElseThrow()) + ": ";
            list.add(new ListItem(about + message));
        }
        errors.removeAll();
        errors.add(new H3(getTranslation("feedback.errors.heading")), list);
        errors.setVisible(true);
    }

    private @Nullable HasValidation contactField(String field) {
        return switch (field) {
            case "contact.name" -> contactName;
            case "contact.email" -> contactEmail;
            default -> null;
        };
    }

    private void clearErrors() {
        errors.setVisible(false);
        fields.values().forEach(field -> field.validation().setInvalid(false));
        if (contactName != null) {
            contactName.setInvalid(false);
            contactEmail.setInvalid(false);
        }
    }

    private Field field(Question question) {
        String label = Labels.question(this, form, question)
                + (question.required() ? "" : " " + getTranslation("feedback.optional"));
        String hint = Labels.hint(this, form, question);
        return switch (question.type()) {
            case FREE_TEXT -> {
                TextArea area = new TextArea(label);
                area.setId(id(question.key()));
                if (hint != null) {
                    area.setHelperText(hint);
                }
                yield new Field(area, area, () -> List.of(area.getValue()));
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> group = new CheckboxGroup<>(label);
                group.setId(id(question.key()));
                group.setItems(question.values());
                group.setItemLabelGenerator(v -> Labels.value(this, form.code(), question.type(), v));
                if (hint != null) {
                    group.setHelperText(hint);
                }
                group.setRequiredIndicatorVisible(question.required());
                yield new Field(group, group, () -> new ArrayList<>(group.getSelectedItems().stream()
                        .sorted((a, b) -> question.values().indexOf(a) - question.values().indexOf(b)).toList()));
            }
            default -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
                group.setId(id(question.key()));
                group.setItems(question.values());
                group.setItemLabelGenerator(v -> Labels.value(this, form.code(), question.type(), v));
                if (hint != null) {
                    group.setHelperText(hint);
                }
                group.setRequiredIndicatorVisible(question.required());
                if (question.type() == QuestionType.SCALE_0_10 || question.type() == QuestionType.SCALE_1_5) {
                    group.addClassName("feedback-scale");
                }
                yield new Field(group, group, () -> group.getValue() == null ? List.of() : List.of(group.getValue()));
            }
        };
    }

    private String id(String part) {
        return "feedback-" + (form.code() == null ? form.surveyId().toString().substring(0, 8) : form.code())
                + "-" + part;
    }

    private record Field(Component component, HasValidation validation, java.util.function.Supplier<List<String>> reader) {
        List<String> values() {
            return reader.get();
        }
    }
}
