package org.familyhub.portal.ui;

import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.directory.Directory;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.directory.Venues;
import org.familyhub.directory.Venues.Centre;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;

/** Children's centres, family hubs and family centres, by locality: places families can walk into. */
@Route(value = "centres", layout = MainLayout.class)
@AnonymousAllowed
class CentresView extends Section implements HasDynamicTitle {

    private final PortalProperties portal;

    CentresView(Directory directory, Venues venues, PortalProperties portal) {
        this.portal = portal;
        addClassName("listing-page");
        add(new H1(getTranslation("centres.title")), new Paragraph(getTranslation("centres.intro")));
        for (LocalitySummary locality : directory.localities()) {
            add(new H2(locality.name()), list(venues.centres(locality.code()), this));
        }
    }

    static UnorderedList list(List<Centre> centres, com.vaadin.flow.component.Component owner) {
        UnorderedList list = new UnorderedList();
        list.addClassName("centre-list");
        for (Centre centre : centres) {
            Span type = new Span(owner.getTranslation("venueType." + centre.type())
                    + (centre.place().town() == null ? "" : ", " + centre.place().town()));
            type.addClassName("muted");
            list.add(new ListItem(new RouterLink(centre.name(), VenueView.class, centre.id().toString()), type));
        }
        if (centres.isEmpty()) {
            list.add(new ListItem(owner.getTranslation("centres.none")));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("centres.title") + " | " + portal.portalName();
    }
}
