package org.familyhub.workspace.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Role;
import org.familyhub.account.Roles;
import org.familyhub.directory.ListingSummary;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.Freshness;
import org.familyhub.workspace.StaleLocality;
import org.familyhub.shared.DateText;

/**
 * Managers and editors: how many live listings in each locality may be out of date, and which. Each listing is a link:
 * for an editor to its draft, to check and publish it; for a manager, who does not edit, to its public page.
 */
@Route(value = "workspace/stale", layout = MainLayout.class)
@RolesAllowed({Roles.MANAGER, Roles.EDITOR, Roles.ADMIN})
class StaleView extends Div implements HasDynamicTitle {

    StaleView(Freshness freshness, DateText dates, CurrentUser currentUser) {
        boolean edits = currentUser.get().filter(user -> user.has(Role.EDITOR) || user.has(Role.ADMIN)).isPresent();
        add(new H1(getTranslation("editor.stale.title")), new Paragraph(getTranslation("editor.stale.intro")));
        for (StaleLocality locality : freshness.staleByLocality()) {
            Section section = new Section(new H2(getTranslation("editor.stale.locality", locality.name(),
                    locality.stale().size(), locality.listings())));
            UnorderedList list = new UnorderedList();
            for (ListingSummary listing : locality.stale()) {
                list.add(new ListItem(new Anchor((edits ? "workspace/edit/" : "services/") + listing.id(),
                        getTranslation("editor.stale.item", listing.name(), listing.organisationName(),
                                listing.assuredDate() == null ? getTranslation("editor.listings.never")
                                        : dates.shortDate(listing.assuredDate(), getLocale())))));
            }
            section.add(list);
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.stale.title");
    }
}
