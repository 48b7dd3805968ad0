package org.familyhub.portal.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
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
        org.jsoup.nodes.Element categories = new org.jsoup.nodes.Element("ul");
        for (CategorySummary category : directory.categories()) {
            TermNames.Label name = terms.topic(category.code(), getLocale());
            org.jsoup.nodes.Element link = tile(categories, CategoryView.href(category.code()), name.text(),
                    category.serviceCount());
            if (name.untranslated()) {
                link.attr("lang", "en");
            }
        }
        add(new H2(getTranslation("home.categories")), HtmlList.of("tile-list", categories));

        org.jsoup.nodes.Element localities = new org.jsoup.nodes.Element("ul");
        for (LocalitySummary locality : localityList) {
            tile(localities, LocalityView.href(locality.code()), locality.name(), locality.serviceCount());
        }
        add(new H2(getTranslation("home.localities")), HtmlList.of("tile-list", localities));
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
            section.add(WeekList.of(sessions, text));
        }
        Paragraph near = new Paragraph(getTranslation("home.thisWeekNear") + " ");
        org.jsoup.nodes.Element links = new org.jsoup.nodes.Element("span");
        for (int i = 0; i < localities.size(); i++) {
            if (i > 0) {
                links.appendText(", ");
            }
            HtmlList.link(links, LocalityView.href(localities.get(i).code()), localities.get(i).name());
        }
        near.getElement().appendChild(new Span().getElement().setProperty("innerHTML", links.html()));
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

    /** A tile: the link to a topic's or a locality's page and how many services it has. Returns the link. */
    private org.jsoup.nodes.Element tile(org.jsoup.nodes.Element list, String href, String name, long count) {
        org.jsoup.nodes.Element item = list.appendElement("li").addClass("tile");
        org.jsoup.nodes.Element link = HtmlList.link(item, href, name);
        item.appendElement("span").addClass("count").text(getTranslation("home.count", count));
        return link;
    }

    @Override
    public String getPageTitle() {
        return portal.portalName();
    }
}
