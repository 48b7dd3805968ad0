package org.familyhub.portal.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import org.familyhub.directory.TermNames;
import org.familyhub.directory.Timetable;
import org.familyhub.directory.Timetable.Occurrence;
import org.familyhub.search.SearchService;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;

/**
 * The front page: one search box, then browsing without searching (by area, by life stage and topic,
 * the centres), what is on this week, a calm word about what this is, and the safeguarding notice.
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
class HomeView extends Section implements HasDynamicTitle {

    private static final int THIS_WEEK = 6;
    private final PortalProperties portal;

    HomeView(Directory directory, Timetable timetable, SearchService search, PortalProperties portal,
            TermNames terms) {
        this.portal = portal;
        addClassName("home");
        setId("home");
        Paragraph intro = new Paragraph(getTranslation("home.intro", portal.areaName()));
        intro.addClassName("lead");
        add(new H1(getTranslation("home.title")), intro, new SearchForm(search, SearchState.empty(), true));

        List<LocalitySummary> localityList = directory.localities();
        UnorderedList categories = new UnorderedList();
        categories.addClassName("tile-list");
        for (CategorySummary category : directory.categories()) {
            TermNames.Label name = terms.topic(category.code(), getLocale());
            categories.add(tile(TermText.marked(new RouterLink(name.text(), CategoryView.class, category.code()),
                    name), category.serviceCount()));
        }
        add(new H2(getTranslation("home.categories")), categories);

        UnorderedList localities = new UnorderedList();
        localities.addClassName("tile-list");
        for (LocalitySummary locality : localityList) {
            localities.add(tile(new RouterLink(locality.name(), LocalityView.class, locality.code()),
                    locality.serviceCount()));
        }
        add(new H2(getTranslation("home.localities")), localities);
        add(new Paragraph(new RouterLink(getTranslation("home.centres"), CentresView.class)));

        add(thisWeek(timetable.thisWeek(THIS_WEEK), localityList, timetable.today()));
        add(about(), safeguarding());
    }

    private Component thisWeek(List<Occurrence> sessions, List<LocalitySummary> localities, LocalDate today) {
        Section section = new Section(new H2(getTranslation("home.thisWeek")));
        section.setId("this-week");
        ListingText text = new ListingText(this, portal.areaName(), today);
        if (sessions.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.thisWeekNone")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("week-list");
            sessions.forEach(session -> {
                Anchor name = ServiceView.link(session.serviceName(), session.serviceId());
                Span when = new Span(text.occurrence(session));
                Span facts = new Span(text.costText(session.cost()), new Span(" · " + text.place(session.place())));
                facts.addClassName("muted");
                list.add(new ListItem(name, when, facts));
            });
            section.add(list);
        }
        Paragraph near = new Paragraph(getTranslation("home.thisWeekNear") + " ");
        for (int i = 0; i < localities.size(); i++) {
            RouterLink link = new RouterLink(localities.get(i).name(), LocalityView.class, localities.get(i).code());
            near.add(link);
            if (i < localities.size() - 1) {
                near.add(new Span(", "));
            }
        }
        section.add(near);
        return section;
    }

    private Component about() {
        Section about = new Section(new H2(getTranslation("home.aboutTitle")),
                new Paragraph(getTranslation("home.about1")), new Paragraph(getTranslation("home.about2")),
                new Paragraph(getTranslation("home.about3")));
        about.addClassName("about");
        return about;
    }

    private Component safeguarding() {
        Div notice = new Div(new H2(getTranslation("home.safeTitle")),
                new Paragraph(getTranslation("footer.safeguarding")),
                new Paragraph(getTranslation("footer.worried", portal.frontDoorPhone())));
        notice.addClassNames("safeguarding-notice");
        notice.getElement().setAttribute("role", "note");
        return notice;
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
