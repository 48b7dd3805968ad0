package org.familyhub.portal.ui;

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
import org.familyhub.directory.CategorySummary;
import org.familyhub.directory.Directory;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;

/** The front page: the four localities and the topics, each with how many services it has. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
class HomeView extends Section implements HasDynamicTitle {

    private final PortalProperties portal;

    HomeView(Directory directory, PortalProperties portal) {
        this.portal = portal;
        addClassName("home");
        add(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro", portal.areaName())));

        UnorderedList localities = new UnorderedList();
        localities.addClassName("tile-list");
        for (LocalitySummary locality : directory.localities()) {
            localities.add(tile(new RouterLink(locality.name(), LocalityView.class, locality.code()),
                    locality.serviceCount()));
        }
        add(new H2(getTranslation("home.localities")), localities);

        UnorderedList categories = new UnorderedList();
        categories.addClassName("tile-list");
        for (CategorySummary category : directory.categories()) {
            categories.add(tile(new RouterLink(category.name(), CategoryView.class, category.code()),
                    category.serviceCount()));
        }
        add(new H2(getTranslation("home.categories")), categories);
    }

    private ListItem tile(RouterLink link, long count) {
        Span counted = new Span(getTranslation("home.count", count));
        counted.addClassName("count");
        ListItem item = new ListItem(link, counted);
        item.addClassName("tile");
        return item;
    }

    @Override
    public String getPageTitle() {
        return portal.portalName();
    }
}
