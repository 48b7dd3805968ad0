package org.familyhub.localoffer.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.localoffer.AnswersForm;
import org.familyhub.localoffer.InvalidLocalOfferException;
import org.familyhub.localoffer.LocalOffer;
import org.familyhub.localoffer.LocalOfferArea;
import org.familyhub.localoffer.LocalOfferQuestion;
import org.familyhub.localoffer.ServiceAnswers;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.MainLayout;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Local Offer questions of one service, in the workspace ({@code /workspace/local-offer/<service id>}):
 * its provider (or an editor) answers them; saved answers are on the service's page at once. Mistakes are
 * named in a summary and on each field, and nothing is saved until all are put right.
 */
@Route(value = LocalOfferEditView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.PROVIDER})
class LocalOfferEditView extends Article implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "workspace/local-offer";

    private final LocalOffer localOffer;
    private final DateText dates;
    private final CheckboxGroup<LocalOfferArea> areas = new CheckboxGroup<>();
    private final Map<LocalOfferQuestion, TextArea> fields = new EnumMap<>(LocalOfferQuestion.class);
    private final Div problems = new Div();
    private final Paragraph saved = new Paragraph();
    private @Nullable UUID serviceId;
    private String title = "";

    LocalOfferEditView(LocalOffer localOffer, DateText dates) {
        this.localOffer = localOffer;
        this.dates = dates;
        addClassName("local-offer-edit");
        problems.addClassNames("notice", "notice-warning", "form-errors");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        saved.addClassNames("notice", "notice-info");
        saved.getElement().setAttribute("role", "status");
        saved.setVisible(false);
        areas.setLabel(getTranslation("localoffer.edit.areas"));
        areas.setItems(LocalOfferArea.values());
        areas.setItemLabelGenerator(area -> getTranslation("localoffer.area." + area.code()));
        areas.setRequiredIndicatorVisible(true);
        for (LocalOfferQuestion question : LocalOfferQuestion.values()) {
            TextArea field = new TextArea(getTranslation("localoffer.question." + question.code()));
            field.setHelperText(getTranslation("localoffer.hint." + question.code()));
            field.setMaxLength(LocalOfferQuestion.MAX);
            field.setRequiredIndicatorVisible(question.required());
            field.setWidthFull();
            field.setManualValidation(true);
            fields.put(question, field);
        }
        areas.setManualValidation(true);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        LocalOffer.Editing editing;
        try {
            serviceId = UUID.fromString(parameter);
            editing = localOffer.forEditing(serviceId);
        } catch (IllegalArgumentException | NoSuchElementException | AccessDeniedException notYours) {
            // Missing and not-yours look the same, so service ids cannot be probed for what they allow.
            throw new NotFoundException();
        }
        title = getTranslation("localoffer.edit.title", editing.serviceName());
        removeAll();
        Button save = new Button(getTranslation("localoffer.edit.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Anchor("workspace", getTranslation("localoffer.edit.back")), new H1(title),
                new Paragraph(getTranslation("localoffer.edit.intro")), problems, saved, areas);
        fields.values().forEach(this::add);
        add(new Div(save));
        if (editing.answers() != null) {
            fill(editing.answers());
        }
    }

    private void fill(ServiceAnswers answers) {
        areas.setValue(answers.areas());
        fields.forEach((question, field) -> field.setValue(answers.answers().getOrDefault(question, "")));
        showUpdated(answers);
    }

    private void save() {
        clearProblems();
        Map<LocalOfferQuestion, @Nullable String> typed = new EnumMap<>(LocalOfferQuestion.class);
        fields.forEach((question, field) -> typed.put(question, field.getValue()));
        try {
            ServiceAnswers answers = localOffer.save(serviceId, new AnswersForm(areas.getValue(), typed));
            showUpdated(answers);
        } catch (InvalidLocalOfferException invalid) {
            showProblems(invalid.errors());
        }
    }

    private void showUpdated(ServiceAnswers answers) {
        saved.setText(getTranslation("localoffer.edit.saved", dates.dateTime(answers.updatedAt(), getLocale())));
        saved.setVisible(true);
    }

    private void showProblems(Map<String, String> errors) {
        UnorderedList list = new UnorderedList();
        if (errors.containsKey("areas")) {
            areas.setErrorMessage(getTranslation(errors.get("areas")));
            areas.setInvalid(true);
            list.add(new ListItem(areas.getLabel() + ": " + getTranslation(errors.get("areas"))));
        }
        boolean focused = false;
        for (Map.Entry<LocalOfferQuestion, TextArea> entry : fields.entrySet()) {
            String key = errors.get(entry.getKey().code());
            if (key != null) {
                entry.getValue().setErrorMessage(getTranslation(key));
                entry.getValue().setInvalid(true);
                list.add(new ListItem(entry.getValue().getLabel() + ": " + getTranslation(key)));
                if (!focused) {
                    entry.getValue().focus();
                    focused = true;
                }
            }
        }
        problems.add(new Paragraph(getTranslation("localoffer.error.summary")), list);
        problems.setVisible(true);
    }

    private void clearProblems() {
        problems.removeAll();
        problems.setVisible(false);
        saved.setVisible(false);
        areas.setInvalid(false);
        fields.values().forEach(field -> field.setInvalid(false));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
