package org.familyhub.portal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.directory.ServiceDetails.Venue;
import org.familyhub.directory.ServicePage;
import org.familyhub.directory.Timetable;
import org.familyhub.directory.Timetable.Day;
import org.familyhub.directory.Timetable.Occurrence;
import org.familyhub.directory.Venues;
import org.familyhub.directory.Venues.VenuePage;
import org.familyhub.portal.PortalPageProperties;
import org.familyhub.shared.Ids;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * A venue's page, {@code /venues/{id}}: where it is and how to get there, this week's timetable of
 * sessions there day by day, and the services that meet there, 20 to a page.
 */
@Route(value = "venues", layout = MainLayout.class)
@AnonymousAllowed
class VenueView extends Section implements HasUrlParameter<String>, HasDynamicTitle {

    static final String CONTENT_ID = "venue-page";
    /** Sessions a day in the timetable; a venue where many services meet says how many more. */
    private static final int PER_DAY = 12;
    private final Venues venues;
    private final Timetable timetable;
    private final PortalProperties portal;
    private final PortalPageProperties pages;
    private String title = "";
    /** The venue this page shows, for the page's metadata written with the same response ({@link PageMetadata}). */
    private @Nullable VenuePage shown;

    VenueView(Venues venues, Timetable timetable, PortalProperties portal, PortalPageProperties pages) {
        this.venues = venues;
        this.timetable = timetable;
        this.portal = portal;
        this.pages = pages;
        setId(CONTENT_ID);
        addClassName("venue-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        VenuePage page = Ids.parse(id).flatMap(venues::venue).orElseThrow(NotFoundException::new);
        shown = page;
        Venue venue = page.venue();
        ListingText text = new ListingText(this, portal.areaName(), timetable.today());
        title = venue.name() != null ? venue.name() : text.place(venue.place());
        removeAll();
        add(new H1(title));
        if (page.type() != null) {
            Paragraph type = new Paragraph(getTranslation("venueType." + page.type()) + ", "
                    + text.place(venue.place()));
            type.addClassName("service-provider");
            add(type);
        }
        add(new PageTools(CONTENT_ID, null, null));
        if (page.description() != null) {
            add(TermText.inEnglish(new Paragraph(page.description())));
        }
        add(whereSection(venue, text));
        add(week(venue, text));
        Section here = new Section(new H2(getTranslation("venue.services")));
        here.setId("venue-services");
        int asked = PageLinks.asked(event);
        ServicePage services = venues.servicesAt(venue.id(), asked, PageLinks.SIZE);
        if (services.total() == 0) {
            here.add(new Paragraph(getTranslation("venue.noServices")));
        } else {
            here.add(new ServiceList(services.services(), text, "h3"),
                    new PageLinks(services, asked, n -> PageLinks.to(VenueView.class, id, n)));
        }
        add(here);
    }

    /** The venue this page shows, once its address has been read. */
    Optional<VenuePage> shown() {
        return Optional.ofNullable(shown);
    }

    private Component whereSection(Venue venue, ListingText text) {
        Section where = new Section(new H2(getTranslation("venue.where")));
        List<String> lines = new ArrayList<>(venue.addressLines());
        if (venue.postcode() != null) {
            lines.add(venue.postcode());
        }
        if (!lines.isEmpty()) {
            Paragraph address = new Paragraph(String.join(", ", lines));
            address.addClassName("address");
            where.add(address);
        }
        if (venue.transport() != null) {
            where.add(new Paragraph(new Span(getTranslation("service.getThere") + ": "),
                    ListingText.listing(venue.transport())));
        }
        if (!venue.accessibility().isEmpty()) {
            where.add(new Paragraph(new Span(getTranslation("service.accessibility") + ": "),
                    ListingText.listing(String.join(". ", venue.accessibility()))));
        }
        WhenAndWhereSection.mapLinks(this, venue).ifPresent(where::add);
        if (venue.latitude() != null && venue.longitude() != null) {
            where.add(new MapView(pages, List.of(new MapView.Marker(venue.latitude(), venue.longitude(), title, null)),
                    getTranslation("service.mapOf", title)));
        }
        return where;
    }

    /**
     * The next seven days, day by day, with what runs at this venue (a few a day, and how many more). One element
     * for the whole week, as a service card is ({@link ServiceCardView}): a busy venue's week is 84 sessions, and a
     * component for each line, link and fact was most of its page's work at 100,000 services.
     */
    private Component week(Venue venue, ListingText text) {
        Section week = new Section(new H2(getTranslation("venue.week")));
        week.setId("timetable");
        List<Day> days = timetable.weekAt(venue.id(), PER_DAY);
        if (days.isEmpty()) {
            week.add(new Paragraph(getTranslation("venue.weekNone")));
            return week;
        }
        Document html = Document.createShell("");
        html.outputSettings().prettyPrint(false);
        for (Day day : days) {
            org.jsoup.nodes.Element block = html.body().appendElement("div").addClass("timetable-day");
            block.appendElement("h3").text(text.day(day.date()));
            org.jsoup.nodes.Element list = block.appendElement("ul");
            for (Occurrence session : day.sessions()) {
                org.jsoup.nodes.Element item = list.appendElement("li");
                if (session.opensAt() != null && session.closesAt() != null) {
                    item.appendElement("span").text(getTranslation("session.time", text.time(session.opensAt()),
                            text.time(session.closesAt())) + ": ");
                }
                ServiceView.link(item, session.serviceName(), session.serviceId());
                item.appendText(" · ");
                org.jsoup.nodes.Element cost = item.appendElement("span").text(text.cost(session.cost()));
                if (text.costInEnglish(session.cost())) {
                    cost.attr("lang", "en");
                }
            }
            if (day.more() > 0) {
                list.appendElement("li").text(getTranslation(day.orMore() ? "venue.atLeastMore" : "venue.more",
                        day.more()));
            }
        }
        Div all = new Div();
        all.getElement().setProperty("innerHTML", html.body().html());
        week.add(all);
        return week;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + portal.portalName();
    }
}
