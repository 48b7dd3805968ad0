package org.familyhub.workspace.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.InvalidListingException;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.directory.ReferenceData.PostcodeAreaRecord;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.RecordEditing;

/**
 * The council's localities and the postcode districts and sectors in each, for administrators (#15): rename a
 * locality; move a district or sector to another locality (its venues follow); add one new to the area. Every
 * service there is written again for search, in batches.
 */
@Route(value = "workspace/localities", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class LocalitiesView extends Div implements HasDynamicTitle {

    private final RecordEditing editing;
    private final Feedback feedback = new Feedback();
    private final UnorderedList localities = new UnorderedList();
    private final UnorderedList areas = new UnorderedList();
    private final ComboBox<PostcodeAreaRecord> moving = new ComboBox<>();
    private final ComboBox<LocalitySummary> movingTo = new ComboBox<>();
    private final TextField newCode = new TextField();
    private final ComboBox<LocalitySummary> newLocality = new ComboBox<>();
    private final NumberField latitude = new NumberField();
    private final NumberField longitude = new NumberField();

    LocalitiesView(RecordEditing editing) {
        this.editing = editing;
        addClassName("workspace-records");
        localities.setId("locality-list");
        areas.setId("postcode-area-list");
        moving.setId("area-moving");
        moving.setLabel(getTranslation("records.area.moving"));
        moving.setItemLabelGenerator(a -> a.code() + " (" + a.localityName() + ")");
        movingTo.setId("area-moving-to");
        movingTo.setLabel(getTranslation("records.area.movingTo"));
        movingTo.setItemLabelGenerator(LocalitySummary::name);
        Button move = new Button(getTranslation("records.area.move"), click -> move());
        move.setId("area-move");
        newCode.setId("area-code");
        newCode.setLabel(getTranslation("records.area.code"));
        newCode.setHelperText(getTranslation("records.area.codeHelp"));
        newCode.setMaxLength(8);
        newLocality.setId("area-locality");
        newLocality.setLabel(getTranslation("records.area.locality"));
        newLocality.setItemLabelGenerator(LocalitySummary::name);
        latitude.setId("area-latitude");
        latitude.setLabel(getTranslation("records.area.latitude"));
        longitude.setId("area-longitude");
        longitude.setLabel(getTranslation("records.area.longitude"));
        Button addArea = new Button(getTranslation("records.area.add"), click -> addArea());
        addArea.setId("area-add");
        addArea.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout moveRow = new HorizontalLayout(moving, movingTo, move);
        moveRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        moveRow.setWrap(true);
        add(new Anchor("workspace", getTranslation("editor.title")), new H1(getPageTitle()),
                new Paragraph(getTranslation("records.localities.intro")), feedback,
                new Section(new H2(getTranslation("records.localities.listTitle")), localities),
                new Section(new H2(getTranslation("records.area.moveTitle")), moveRow),
                new Section(new H2(getTranslation("records.area.addTitle")),
                        new FormLayout(newCode, newLocality, latitude, longitude), addArea),
                new Section(new H2(getTranslation("records.area.listTitle")), areas));
        show();
    }

    private void show() {
        List<LocalitySummary> all = editing.localities();
        movingTo.setItems(all);
        newLocality.setItems(all);
        localities.removeAll();
        for (LocalitySummary locality : all) {
            TextField name = new TextField(getTranslation("records.locality.name", locality.name()));
            name.setValue(locality.name());
            name.setMaxLength(120);
            Button rename = new Button(getTranslation("records.locality.rename"), click -> rename(locality, name));
            rename.getElement().setAttribute("aria-label", getTranslation("records.locality.rename") + ": "
                    + locality.name());
            HorizontalLayout row = new HorizontalLayout(name, rename);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            localities.add(new ListItem(row));
        }
        List<PostcodeAreaRecord> known = editing.postcodeAreas(null);
        moving.setItems(known);
        areas.removeAll();
        known.forEach(a -> areas.add(new ListItem(getTranslation("records.area.item", a.code(), a.localityName()))));
    }

    private void rename(LocalitySummary locality, TextField name) {
        try {
            editing.renameLocality(locality.code(), name.getValue());
            feedback.done(getTranslation("records.locality.renamed", locality.name(), name.getValue().strip()));
            show();
        } catch (InvalidListingException refused) {
            name.setInvalid(true);
            name.setErrorMessage(String.join(" ", refused.problems()));
            feedback.problems(getTranslation("editor.problems"), refused.problems());
        }
    }

    private void move() {
        if (moving.getValue() == null || movingTo.getValue() == null) {
            feedback.problems(getTranslation("editor.problems"), List.of(getTranslation("records.area.choose")));
            return;
        }
        String code = moving.getValue().code();
        String to = movingTo.getValue().name();
        feedback.attempt(getTranslation("editor.problems"), () -> {
            editing.movePostcodeArea(code, movingTo.getValue().code());
            feedback.done(getTranslation("records.area.moved", code, to));
            show();
        });
    }

    private void addArea() {
        String code = newCode.getValue();
        feedback.attempt(getTranslation("editor.problems"), () -> {
            editing.addPostcodeArea(code, newLocality.getValue() == null ? "" : newLocality.getValue().code(),
                    latitude.getValue(), longitude.getValue());
            feedback.done(getTranslation("records.area.added", code.strip().toUpperCase(java.util.Locale.ROOT)));
            newCode.clear();
            show();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("records.localities.title");
    }
}
