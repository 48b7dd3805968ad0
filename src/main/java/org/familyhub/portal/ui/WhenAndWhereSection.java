package org.familyhub.portal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.ServiceDetails.Session;
import org.familyhub.directory.ServiceDetails.Venue;
import org.familyhub.directory.SessionDates;
import org.familyhub.portal.PortalPageProperties;
import org.jspecify.annotations.Nullable;

/**
 * "When and where" on a service's page: each venue with its address, its sessions (each with a calendar file),
 * how to get there, its accessibility, a map and a link to the venue's page; the areas it covers when it has no
 * venue; its opening hours; and every session of the service as one calendar to subscribe to.
 */
class WhenAndWhereSection extends Section {

    private final PortalPageProperties pages;

    WhenAndWhereSection(ServiceDetails service, ListingText text, PortalPageProperties pages) {
        this.pages = pages;
        add(new H2(getTranslation("service.whenWhere")));
        for (Venue venue : service.venues()) {
            add(venue(service, venue, text));
        }
        if (service.venues().isEmpty() && !service.areas().isEmpty()) {
            add(new H3(getTranslation("service.areas")));
            UnorderedList areas = new UnorderedList();
            service.areas().forEach(area -> areas.add(new ListItem(text.place(area))));
            add(areas);
        }
        if (!service.openingHours().isEmpty()) {
            add(new H3(getTranslation("service.openingHours")), sessions(service.openingHours(), text, null));
        }
        if (service.venues().stream().anyMatch(venue -> !venue.sessions().isEmpty())) {
            Anchor all = new Anchor("calendar/services/" + service.id() + ".ics",
                    getTranslation("service.allSessionsCalendar"));
            all.addClassNames("calendar-link", "no-print");
            all.getElement().setAttribute("router-ignore", true);
            add(new Paragraph(all));
        }
    }

    private Component venue(ServiceDetails service, Venue venue, ListingText text) {
        Div block = new Div();
        block.addClassName("venue");
        block.add(venue.name() != null ? TermText.inEnglish(new H3(venue.name())) : new H3(text.place(venue.place())));
        List<String> lines = new ArrayList<>(venue.addressLines());
        if (venue.postcode() != null) {
            lines.add(venue.postcode());
        }
        Paragraph address = new Paragraph(String.join(", ", lines));
        address.addClassName("address");
        block.add(address, new Paragraph(text.place(venue.place())));
        block.add(venue.sessions().isEmpty() ? new Paragraph(getTranslation("service.noSessions"))
                : sessions(venue.sessions(), text, "calendar/" + service.id() + "/" + venue.id() + "/"));
        if (venue.transport() != null) {
            block.add(new Paragraph(new Span(getTranslation("service.getThere") + ": "),
                    ListingText.listing(venue.transport())));
        }
        if (!venue.accessibility().isEmpty()) {
            block.add(new Paragraph(new Span(getTranslation("service.accessibility") + ": "),
                    ListingText.listing(String.join(". ", venue.accessibility()))));
        }
        mapLinks(this, venue).ifPresent(block::add);
        if (venue.latitude() != null && venue.longitude() != null) {
            String name = venue.name() != null ? venue.name() : text.place(venue.place());
            block.add(new MapView(pages, List.of(new MapView.Marker(venue.latitude(), venue.longitude(), name, null)),
                    getTranslation("service.mapOf", name)));
        }
        block.add(new Paragraph(new RouterLink(getTranslation("service.venuePage", venue.name() != null ? venue.name()
                : text.place(venue.place())), VenueView.class, venue.id().toString())));
        return block;
    }

    /** A venue's map and directions, at OpenStreetMap, as links that work without the map. */
    static Optional<Paragraph> mapLinks(Component owner, Venue venue) {
        if (venue.latitude() == null || venue.longitude() == null) {
            return Optional.empty();
        }
        String lat = String.format(Locale.ROOT, "%.5f", venue.latitude());
        String lon = String.format(Locale.ROOT, "%.5f", venue.longitude());
        return Optional.of(new Paragraph(
                ServiceView.external(owner.getTranslation("service.map"), "https://www.openstreetmap.org/?mlat=" + lat
                        + "&mlon=" + lon + "#map=17/" + lat + "/" + lon),
                new Span(" · "),
                ServiceView.external(owner.getTranslation("service.directions"),
                        "https://www.openstreetmap.org/directions?to=" + lat + "%2C" + lon)));
    }

    /** Each session in words, its dates, and its calendar file when it repeats on set days. */
    private Component sessions(List<Session> sessions, ListingText text, @Nullable String calendarBase) {
        UnorderedList list = new UnorderedList();
        list.addClassName("sessions");
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            ListItem item = new ListItem();
            String when = text.session(session);
            if (session.description() != null) {
                item.add(TermText.inEnglish(new Paragraph(session.description())));
            }
            if (!when.isEmpty()) {
                item.add(new Paragraph(when));
            }
            String dates = text.sessionDates(session);
            if (!dates.isEmpty()) {
                item.add(new Paragraph(dates));
            }
            String notOn = text.sessionExceptions(session);
            if (!notOn.isEmpty()) {
                Paragraph exceptions = new Paragraph(notOn);
                exceptions.addClassName("session-exceptions");
                item.add(exceptions);
            }
            if (calendarBase != null && (!session.days().isEmpty() || session.onDayOfMonth()
                    || SessionDates.oneOff(session))) {
                Anchor calendar = new Anchor(calendarBase + i + ".ics", getTranslation("service.addToCalendar"));
                calendar.getElement().setAttribute("download", true);
                calendar.addClassNames("calendar-link", "no-print");
                calendar.getElement().setAttribute("router-ignore", true);
                item.add(new Paragraph(calendar));
            }
            list.add(item);
        }
        return list;
    }
}
