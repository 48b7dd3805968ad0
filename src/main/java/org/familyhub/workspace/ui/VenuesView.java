package org.familyhub.workspace.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.ReferenceData.RecordPage;
import org.familyhub.directory.ReferenceData.VenueRow;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.RecordEditing;

/** The venues for editors and administrators (#15): found by name, town or postcode, 20 a page, each to its form. */
@Route(value = "workspace/venues", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class VenuesView extends Div implements HasDynamicTitle {

    private final RecordEditing editing;
    private final TextField words = new TextField();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph count = new Paragraph();
    private final RecordPager pager = new RecordPager(this::show);

    VenuesView(RecordEditing editing) {
        this.editing = editing;
        addClassName("workspace-records");
        words.setId("venue-search");
        words.setLabel(getTranslation("records.venues.search"));
        Button find = new Button(getTranslation("records.find"), click -> show(1));
        find.addClickShortcut(Key.ENTER);
        HorizontalLayout search = new HorizontalLayout(words, find);
        search.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        list.setId("venue-list");
        add(new Anchor("workspace", getTranslation("editor.title")), new H1(getPageTitle()), search, count, list,
                pager);
        show(1);
    }

    private void show(int page) {
        RecordPage<VenueRow> found = editing.venues(words.getValue(), page);
        list.removeAll();
        found.items().forEach(v -> list.add(new ListItem(new Anchor("workspace/venues/edit/" + v.id(),
                getTranslation("records.venues.item", v.name(), v.town(), v.postcode())))));
        count.setText(getTranslation("records.found", found.total()));
        pager.at(found.page(), found.pages());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("records.venues.title");
    }
}
