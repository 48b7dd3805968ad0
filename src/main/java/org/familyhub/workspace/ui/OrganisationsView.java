package org.familyhub.workspace.ui;

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
import org.familyhub.directory.ReferenceData.OrganisationRecord;
import org.familyhub.directory.ReferenceData.RecordPage;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.RecordEditing;

/**
 * The organisations for editors and administrators (#15): found by name, {@code 20} a page read in the database,
 * each linking to its form. A provider edits their own organisation from its form's address instead.
 */
@Route(value = "workspace/organisations", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class OrganisationsView extends Div implements HasDynamicTitle {

    private final RecordEditing editing;
    private final TextField words = new TextField();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph count = new Paragraph();
    private final RecordPager pager = new RecordPager(this::show);

    OrganisationsView(RecordEditing editing) {
        this.editing = editing;
        addClassName("workspace-records");
        words.setId("organisation-search");
        words.setLabel(getTranslation("records.organisations.search"));
        Button find = new Button(getTranslation("records.find"), click -> show(1));
        find.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout search = new HorizontalLayout(words, find);
        search.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        list.setId("organisation-list");
        add(new Anchor("workspace", getTranslation("editor.title")), new H1(getPageTitle()), search, count, list,
                pager);
        show(1);
    }

    private void show(int page) {
        RecordPage<OrganisationRecord> found = editing.organisations(words.getValue(), page);
        list.removeAll();
        found.items().forEach(o -> list.add(new ListItem(new Anchor("workspace/organisations/edit/" + o.id(), o.name()))));
        count.setText(getTranslation("records.found", found.total()));
        pager.at(found.page(), found.pages());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("records.organisations.title");
    }
}
