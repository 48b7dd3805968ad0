package org.familyhub.portal.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.directory.ServiceDetails.Session;
import org.familyhub.directory.ServiceDetails.Venue;
import org.familyhub.directory.Timetable;
import org.familyhub.directory.Venues;
import org.familyhub.directory.Venues.ServiceHere;
import org.familyhub.directory.Venues.VenuePage;
import org.familyhub.portal.PortalPageProperties;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;

/**
 * A venue's page, {@code /venues/{id}}: where it is and how to get there, this week's timetable of
 * sessions there day by day, and every service that meets there.
 */
@Route(value = "venues", layout = MainLayout.class)
@AnonymousAllowed
class VenueView extends Section implements HasUrlParameter<String>, HasDynamicTitle {

    static final String CONTENT_ID = "venue-page";
    private final Venues venues;
    private final Timetable timetable;
    private final PortalProperties portal;
    private final PortalPageProperties pages;
    private String title = "";

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
        VenuePage page = ServiceView.parse(id).flatMap(venues::venue).orElseThrow(NotFoundException::new);
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
            add(new Paragraph(page.description()));
        }
        add(whereSection(venue, text));
        add(week(page, text));
        Section here = new Section(new H2(getTranslation("venue.services")));
        if (page.services().isEmpty()) {
            here.add(new Paragraph(getTranslation("venue.noServices")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("service-list");
            page.services().forEach(s -> list.add(new ListItem(new ServiceCardView(
                    ServiceCardView.Facts.of(s.service()), text, null, null, "h3"))));
            here.add(list);
        }
        add(here);
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
            where.add(new Paragraph(getTranslation("service.getThere") + ": " + venue.transport()));
        }
        if (!venue.accessibility().isEmpty()) {
            where.add(new Paragraph(getTranslation("service.accessibility") + ": "
                    + String.join(". ", venue.accessibility())));
        }
        ServiceView.mapLinks(this, venue).ifPresent(where::add);
        if (venue.latitude() != null && venue.longitude() != null) {
            where.add(new MapView(pages, List.of(new MapView.Marker(venue.latitude(), venue.longitude(), title, null)),
                    getTranslation("service.mapOf", title)));
        }
        return where;
    }

    /** The next seven days, day by day, with what runs at this venue. */
    private Component week(VenuePage page, ListingText text) {
        Section week = new Section(new H2(getTranslation("venue.week")));
        week.setId("timetable");
        LocalDate today = timetable.today();
        boolean any = false;
        for (int i = 0; i < 7; i++) {
            LocalDate day = today.plusDays(i);
            List<Slot> slots = new ArrayList<>();
            for (ServiceHere service : page.services()) {
                for (Session session : service.sessions()) {
                    if (org.familyhub.directory.SessionDates.next(session, day).filter(day::equals).isPresent()) {
                        slots.add(new Slot(service, session));
                    }
                }
            }
            if (slots.isEmpty()) {
                continue;
            }
            any = true;
            slots.sort(Comparator.comparing(s -> s.session().opensAt() == null ? java.time.LocalTime.MIDNIGHT
                    : s.session().opensAt()));
            Div block = new Div(new H3(text.day(day)));
            block.addClassName("timetable-day");
            UnorderedList list = new UnorderedList();
            for (Slot slot : slots) {
                String time = slot.session().opensAt() != null && slot.session().closesAt() != null
                        ? getTranslation("session.time", text.time(slot.session().opensAt()),
                                text.time(slot.session().closesAt())) + ": " : "";
                list.add(new ListItem(new Span(time), new RouterLink(slot.service().service().name(),
                        ServiceView.class, slot.service().service().id().toString()),
                        new Span(" · " + text.cost(slot.service().service().cost()))));
            }
            block.add(list);
            week.add(block);
        }
        if (!any) {
            week.add(new Paragraph(getTranslation("venue.weekNone")));
        }
        return week;
    }

    private record Slot(ServiceHere service, Session session) {
    }

    @Override
    public String getPageTitle() {
        return title + " | " + portal.portalName();
    }
}
