package org.familyhub.workspace.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.ReferenceData.VenueForm;
import org.familyhub.directory.ReferenceData.VenueRecord;
import org.familyhub.directory.ServicePage;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.RecordEditing;
import org.familyhub.workspace.ui.listing.VenueAccessFields;

/**
 * A venue for editors and administrators (#15): its name and address, its postcode with the locality that postcode
 * puts it in (shown as it is typed), its accessibility features and how to get there; and the services meeting
 * there, a page at a time. A save reaches every one of those services' pages and search documents.
 */
@Route(value = "workspace/venues/edit", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class VenueView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final RecordEditing editing;
    private final Feedback feedback = new Feedback();
    private final H1 title = new H1();
    private final TextField name = new TextField();
    private final TextField address1 = new TextField();
    private final TextField address2 = new TextField();
    private final TextField town = new TextField();
    private final TextField postcode = new TextField();
    private final Paragraph locality = new Paragraph();
    private final VenueAccessFields access;
    private final UnorderedList services = new UnorderedList();
    private final RecordPager pager = new RecordPager(this::showServices);
    private UUID id = new UUID(0, 0);

    VenueView(RecordEditing editing) {
        this.editing = editing;
        Map<String, String> features = new LinkedHashMap<>();
        editing.accessibilityFeatures().forEach(f -> features.put(f.code(), f.name()));
        this.access = new VenueAccessFields(features);
        CheckboxGroup<String> accessibility = access.accessibility();
        TextArea transport = access.transport();
        addClassName("workspace-records");
        name.setId("venue-name");
        name.setLabel(getTranslation("records.venue.name"));
        name.setRequiredIndicatorVisible(true);
        address1.setId("venue-address1");
        address1.setLabel(getTranslation("records.venue.address1"));
        address1.setRequiredIndicatorVisible(true);
        address2.setId("venue-address2");
        address2.setLabel(getTranslation("records.venue.address2"));
        town.setId("venue-town");
        town.setLabel(getTranslation("records.venue.town"));
        town.setRequiredIndicatorVisible(true);
        postcode.setId("venue-postcode");
        postcode.setLabel(getTranslation("records.venue.postcode"));
        postcode.setRequiredIndicatorVisible(true);
        postcode.setMaxLength(8);
        postcode.setValueChangeMode(ValueChangeMode.LAZY);
        postcode.addValueChangeListener(change -> showLocality());
        locality.setId("venue-locality");
        locality.getElement().setAttribute("aria-live", "polite");
        accessibility.setId("venue-accessibility");
        transport.setId("venue-transport");
        Button save = new Button(getTranslation("records.save"), click -> save());
        save.setId("venue-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(name, address1, address2, town, postcode, locality, accessibility,
                transport);
        form.setColspan(accessibility, 2);
        form.setColspan(transport, 2);
        services.setId("venue-services");
        add(new Anchor("workspace/venues", getTranslation("records.venues.title")), title,
                new Paragraph(getTranslation("records.venue.intro")), feedback, form, save,
                new Section(new H2(getTranslation("records.venue.services")), services, pager));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            id = UUID.fromString(parameter);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        VenueRecord venue = editing.venue(id).orElseThrow(NotFoundException::new);
        title.setText(venue.name());
        name.setValue(venue.name());
        address1.setValue(venue.address1());
        address2.setValue(Objects.requireNonNullElse(venue.address2(), ""));
        town.setValue(venue.town());
        postcode.setValue(venue.postcode());
        access.show(venue.accessibility(), venue.transport());
        showLocality();
        showServices(1);
    }

    private void showLocality() {
        locality.setText(editing.localityOf(postcode.getValue())
                .map(name -> getTranslation("records.venue.locality", name))
                .orElse(getTranslation("records.venue.noLocality")));
    }

    private void showServices(int page) {
        ServicePage found = editing.servicesAt(id, page);
        services.removeAll();
        found.services().forEach(s -> services.add(new ListItem(new Anchor("services/" + s.id(), s.name()))));
        if (found.services().isEmpty()) {
            services.add(new ListItem(getTranslation("records.venue.noServices")));
        }
        pager.at(found.page(), Math.max(1, found.pages()));
    }

    private void save() {
        Set<String> features = access.features();
        FieldProblems.attempt(fields(), feedback, () -> editing.editVenue(id, new VenueForm(name.getValue(),
                address1.getValue(), address2.getValue(), town.getValue(), postcode.getValue(), features,
                access.transport().getValue())), () -> {
                    title.setText(name.getValue().strip());
                    feedback.done(getTranslation("records.saved"));
                });
    }

    private Map<String, HasValidation> fields() {
        return Map.of("Name", name, "Address line 1", address1, "Address line 2", address2, "Town", town,
                "Postcode", postcode, "Accessibility", access.accessibility());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("records.venue.title");
    }
}
