package org.familyhub.feedback.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.feedback.Audience;
import org.familyhub.feedback.Question;
import org.familyhub.feedback.QuestionType;
import org.familyhub.feedback.SurveyDraft;
import org.familyhub.feedback.Surveys;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.shared.ui.DateEntry;
import org.jspecify.annotations.Nullable;

/**
 * Define a survey, or its next version: title, audience, dates, contact details on or off, and the
 * questions. Saving never changes a version people answered; it makes a new one.
 */
@Route(value = "workspace/surveys/edit", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.MANAGER})
@StyleSheet("context://styles/feedback.css")
class SurveyEditorView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final Surveys surveys;
    private final TextField title = new TextField();
    private final TextArea intro = new TextArea();
    private final Select<Audience> audience = new Select<>();
    private final DatePicker opensOn = DateEntry.localised(new DatePicker());
    private final DatePicker closesOn = DateEntry.localised(new DatePicker());
    private final Checkbox allowContact = new Checkbox();
    private final Div questions = new Div();
    private final Paragraph message = new Paragraph();
    private final List<QuestionEditor> editors = new ArrayList<>();
    private @Nullable UUID surveyId;

    SurveyEditorView(Surveys surveys) {
        this.surveys = surveys;
        addClassName("workspace-page");
        title.setLabel(getTranslation("feedback.editor.title"));
        title.setId("survey-title");
        title.setRequiredIndicatorVisible(true);
        intro.setLabel(getTranslation("feedback.editor.intro"));
        intro.setId("survey-intro");
        audience.setLabel(getTranslation("feedback.editor.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("feedback.audience." + a.name()));
        audience.setValue(Audience.FAMILIES);
        audience.setId("survey-audience");
        opensOn.setLabel(getTranslation("feedback.editor.opensOn"));
        closesOn.setLabel(getTranslation("feedback.editor.closesOn"));
        allowContact.setLabel(getTranslation("feedback.editor.allowContact"));
        allowContact.setId("survey-allow-contact");
        message.getElement().setAttribute("role", "alert");
        message.addClassName("feedback-error");
        message.setVisible(false);
        Button add = new Button(getTranslation("feedback.editor.addQuestion"), click -> addQuestion(null));
        add.setId("add-question");
        Button save = new Button(getTranslation("feedback.editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-survey");
        add(new H1(getTranslation("feedback.editor.heading")), message, title, intro, audience, opensOn, closesOn,
                allowContact, new H2(getTranslation("feedback.editor.questions")), questions, add, save);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        editors.clear();
        questions.removeAll();
        if (parameter == null) {
            surveyId = null;
            addQuestion(null);
            return;
        }
        try {
            surveyId = UUID.fromString(parameter);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        SurveyDraft draft = surveys.draft(surveyId).orElseThrow(NotFoundException::new);
        title.setValue(draft.title());
        intro.setValue(draft.intro() == null ? "" : draft.intro());
        audience.setValue(draft.audience());
        opensOn.setValue(draft.opensOn());
        closesOn.setValue(draft.closesOn());
        allowContact.setValue(draft.allowContact());
        draft.questions().forEach(this::addQuestion);
    }

    private void addQuestion(@Nullable Question question) {
        QuestionEditor editor = new QuestionEditor(question, editors.size() + 1);
        editor.remove.addClickListener(click -> {
            editors.remove(editor);
            questions.remove(editor);
        });
        editors.add(editor);
        questions.add(editor);
    }

    private void save() {
        message.setVisible(false);
        try {
            Set<String> used = new HashSet<>();
            editors.stream().map(e -> e.key).filter(k -> k != null).forEach(used::add);
            List<Question> asked = editors.stream().map(editor -> editor.question(used)).toList();
            SurveyDraft draft = new SurveyDraft(title.getValue().strip(), intro.getValue(), audience.getValue(),
                    opensOn.getValue(), closesOn.getValue(), allowContact.getValue(), asked);
            if (surveyId == null) {
                surveyId = surveys.define(draft);
                show(getTranslation("feedback.editor.saved", 1));
            } else {
                show(getTranslation("feedback.editor.saved", surveys.revise(surveyId, draft)));
            }
            getUI().ifPresent(ui -> ui.navigate(SurveysView.class));
        } catch (IllegalArgumentException invalid) {
            // The survey's own rules say what is wrong, in plain words.
            show(invalid.getMessage());
        }
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    /** One question's fields. Its key is kept across versions; a new question gets the next free one. */
    @StyleSheet("context://styles/feedback.css")
    class QuestionEditor extends Section {

        private final @Nullable String key;
        private final TextField label = new TextField();
        private final TextField hint = new TextField();
        private final Select<QuestionType> type = new Select<>();
        private final Checkbox required = new Checkbox();
        private final TextArea options = new TextArea();
        private final Button remove = new Button();

        QuestionEditor(@Nullable Question question, int number) {
            addClassName("feedback-question-editor");
            this.key = question == null ? null : question.key();
            label.setLabel(getTranslation("feedback.editor.question", number));
            label.addClassName("question-label");
            hint.setLabel(getTranslation("feedback.editor.hint"));
            type.setLabel(getTranslation("feedback.editor.type"));
            type.setItems(QuestionType.values());
            type.setItemLabelGenerator(t -> getTranslation("feedback.type." + t.name()));
            type.setValue(QuestionType.SINGLE_CHOICE);
            type.addClassName("question-type");
            required.setLabel(getTranslation("feedback.editor.required"));
            required.addClassName("question-required");
            options.setLabel(getTranslation("feedback.editor.options"));
            options.setHelperText(getTranslation("feedback.editor.options.hint"));
            options.addClassName("question-options");
            type.addValueChangeListener(change -> options.setVisible(change.getValue().hasOptions()));
            remove.setText(getTranslation("feedback.editor.remove", number));
            if (question != null) {
                label.setValue(question.label());
                hint.setValue(question.hint() == null ? "" : question.hint());
                type.setValue(question.type());
                required.setValue(question.required());
                options.setValue(String.join("\n", question.options()));
            }
            add(label, type, required, options, hint, remove);
        }

        Question question(Set<String> used) {
            String questionKey = key;
            if (questionKey == null) {
                int next = 1;
                while (used.contains("q" + next)) {
                    next++;
                }
                questionKey = "q" + next;
                used.add(questionKey);
            }
            List<String> choices = type.getValue().hasOptions() ? Arrays.stream(options.getValue().split("\\R"))
                    .map(String::strip).filter(o -> !o.isEmpty()).toList() : List.of();
            String hintText = hint.getValue().isBlank() ? null : hint.getValue().strip();
            return new Question(questionKey, type.getValue(), label.getValue().strip(), hintText, required.getValue(),
                    choices);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.editor.heading");
    }
}
