package org.familyhub.portal.ui;

import org.springframework.context.ApplicationEventPublisher;
import org.familyhub.shared.Usage;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.directory.Directory;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.directory.ServicePage;
import org.familyhub.directory.Timetable;
import org.familyhub.directory.Timetable.Occurrence;
import org.familyhub.directory.Venues;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * A locality's page: its children's centres and family hubs, what is on there this week, a printable
 * leaflet, and every active service families living there can use, 20 to a page ({@code ?page=2}).
 */
@Route(value = LocalityView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class LocalityView extends Section implements HasUrlParameter<String>, HasDynamicTitle {

    private final ApplicationEventPublisher events;

    static final String ROUTE = "localities";
    static final String CONTENT_ID = "locality-page";
    private static final int THIS_WEEK = 12;
    private final Directory directory;
    private final Venues venues;
    private final Timetable timetable;
    private final PortalProperties portal;
    private String title = "";

    LocalityView(Directory directory, Venues venues, Timetable timetable, PortalProperties portal, ApplicationEventPublisher events) {
        this.events = events;
        this.directory = directory;
        this.venues = venues;
        this.timetable = timetable;
        this.portal = portal;
        setId(CONTENT_ID);
        addClassName("listing-page");
    }

    /** The locality this page shows, for the page's metadata written with the same response ({@link PageMetadata}). */
    private @Nullable LocalitySummary shown;

    /** The locality this page shows, once its address has been read. */
    Optional<LocalitySummary> shown() {
        return Optional.ofNullable(shown);
    }

    /** The address of a locality's page, for links written as HTML (the home page's tiles). */
    static String href(String code) {
        return ROUTE + "/" + code;
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        LocalitySummary locality = directory.locality(code).orElseThrow(NotFoundException::new);
        shown = locality;
        events.publishEvent(new Usage(Usage.Kind.PAGE_VIEW, "locality", code));
        title = getTranslation("locality.title", locality.name());
        removeAll();
        add(new H1(title));
        add(new Paragraph(getTranslation("locality.intro", locality.serviceCount(), locality.name(),
                portal.areaName())));
        add(new PageTools(CONTENT_ID, null, null), leaflet("leaflets/localities/" + code + ".pdf"));
        RouterLink search = new RouterLink(getTranslation("locality.search", locality.name()), SearchView.class);
        search.setQueryParameters(SearchState.empty().withFilter("locality", java.util.Set.of(code)).toParameters());
        add(new Paragraph(search));
        add(new H2(getTranslation("locality.centres")), CentresView.list(venues.centres(code), this));
        add(thisWeek(timetable.thisWeekIn(code, THIS_WEEK)));
        Section all = new Section(new H2(getTranslation("locality.all")));
        all.setId("all-services");
        if (locality.serviceCount() == 0) {
            all.add(new Paragraph(getTranslation("locality.empty")));
        } else {
            int asked = PageLinks.asked(event);
            ServicePage page = directory.servicesInLocality(code, asked, PageLinks.SIZE);
            all.add(new ServiceList(page.services(), new ListingText(this, portal.areaName(), timetable.today()), "h3"),
                    new PageLinks(page, asked, n -> PageLinks.to(LocalityView.class, code, n)));
        }
        add(all);
    }

    private Component thisWeek(List<Occurrence> sessions) {
        Section section = new Section(new H2(getTranslation("home.thisWeek")));
        section.setId("this-week");
        if (sessions.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.thisWeekNone")));
            return section;
        }
        ListingText text = new ListingText(this, portal.areaName(), timetable.today());
        section.add(WeekList.of(sessions, text));
        return section;
    }

    /** The PDF for people offline: libraries, GP surgeries, a fridge door. */
    static Component leaflet(Component owner, String href) {
        String language = owner.getUI().map(ui -> ui.getLocale().getLanguage()).orElse("en");
        Anchor pdf = new Anchor(href + ("pl".equals(language) ? "?lang=pl" : ""), owner.getTranslation("leaflet.link"));
        pdf.getElement().setAttribute("router-ignore", true);
        pdf.setId("leaflet-link");
        Paragraph line = new Paragraph(pdf);
        line.addClassNames("leaflet", "no-print");
        return line;
    }

    private Component leaflet(String href) {
        return leaflet(this, href);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + portal.portalName();
    }
}
