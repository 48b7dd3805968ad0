package org.familyhub.workspace.ui;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.ReferenceData.OrganisationForm;
import org.familyhub.directory.ReferenceData.OrganisationRecord;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.NotPermittedException;
import org.familyhub.workspace.RecordEditing;

/**
 * An organisation's own details (#15): name, description, e-mail, website and register numbers, shown on every one of its services'
 * pages and in Open Referral at once (no review: these are facts about the organisation, not a listing). Editors
 * and administrators edit any; a provider only their own ({@link RecordEditing} refuses the others).
 */
@Route(value = "workspace/organisations/edit", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.PROVIDER})
class OrganisationView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final RecordEditing editing;
    private final Feedback feedback = new Feedback();
    private final H1 title = new H1();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final EmailField email = new EmailField();
    private final TextField website = new TextField();
    private final TextField charityNumber = new TextField();
    private final TextField companyNumber = new TextField();
    private UUID id = new UUID(0, 0);

    OrganisationView(RecordEditing editing) {
        this.editing = editing;
        addClassName("workspace-records");
        name.setId("organisation-name");
        name.setLabel(getTranslation("records.organisation.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(250);
        description.setId("organisation-description");
        description.setLabel(getTranslation("records.organisation.description"));
        description.setHelperText(getTranslation("records.organisation.descriptionHelp"));
        email.setId("organisation-email");
        email.setLabel(getTranslation("records.organisation.email"));
        website.setId("organisation-website");
        website.setLabel(getTranslation("records.organisation.website"));
        website.setHelperText(getTranslation("records.organisation.websiteHelp"));
        charityNumber.setId("organisation-charity");
        charityNumber.setLabel(getTranslation("records.organisation.charity"));
        charityNumber.setHelperText(getTranslation("records.organisation.charityHelp"));
        companyNumber.setId("organisation-company");
        companyNumber.setLabel(getTranslation("records.organisation.company"));
        companyNumber.setHelperText(getTranslation("records.organisation.companyHelp"));
        Button save = new Button(getTranslation("records.save"), click -> save());
        save.setId("organisation-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(name, description, email, website, charityNumber, companyNumber);
        form.setColspan(description, 2);
        add(new Anchor("workspace", getTranslation("editor.title")), title,
                new Paragraph(getTranslation("records.organisation.intro")), feedback, form, save);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            id = UUID.fromString(parameter);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        OrganisationRecord record;
        try {
            record = editing.organisation(id).orElseThrow(NotFoundException::new);
        } catch (NotPermittedException e) {
            throw new NotFoundException();
        }
        title.setText(record.name());
        name.setValue(record.name());
        description.setValue(Objects.requireNonNullElse(record.description(), ""));
        email.setValue(Objects.requireNonNullElse(record.email(), ""));
        website.setValue(Objects.requireNonNullElse(record.website(), ""));
        charityNumber.setValue(Objects.requireNonNullElse(record.charityNumber(), ""));
        companyNumber.setValue(Objects.requireNonNullElse(record.companyNumber(), ""));
    }

    private void save() {
        FieldProblems.attempt(fields(), feedback, () -> editing.editOrganisation(id, new OrganisationForm(name.getValue(),
                description.getValue(), email.getValue(), website.getValue(), charityNumber.getValue(),
                companyNumber.getValue())), () -> {
                    title.setText(name.getValue().strip());
                    feedback.done(getTranslation("records.saved"));
                });
    }

    private Map<String, HasValidation> fields() {
        return Map.of("Name", name, "E-mail", email, "Website", website, "Charity number", charityNumber,
                "Company number", companyNumber);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("records.organisation.title");
    }
}
