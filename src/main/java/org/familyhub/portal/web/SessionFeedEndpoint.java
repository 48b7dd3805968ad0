package org.familyhub.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.familyhub.directory.Directory;
import org.familyhub.directory.ServiceCard;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.ServicePage;
import org.familyhub.directory.Venues;
import org.familyhub.directory.Venues.VenuePage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service's and a venue's sessions as calendars a family (or another directory) can subscribe to:
 * {@code GET /calendar/services/{id}.ics} holds every session of a published service at each of its venues;
 * {@code GET /calendar/venues/{id}.ics} every session of the published services that meet at the venue, read a
 * page at a time from the venue's list and stopping at {@value #MOST_SERVICES} services, so a busy hub never loads
 * the whole directory; a venue no published service meets at is not found. Each event's UID is the same as in the single-session file.
 */
@RestController
class SessionFeedEndpoint {

    static final int MOST_SERVICES = 200;
    private static final int PAGE = 50;

    private final Directory directory;
    private final Venues venues;
    private final SessionEvents events;

    SessionFeedEndpoint(Directory directory, Venues venues, SessionEvents events) {
        this.directory = directory;
        this.venues = venues;
        this.events = events;
    }

    @GetMapping("/calendar/services/{serviceId}.ics")
    ResponseEntity<String> service(@PathVariable String serviceId) {
        return CalendarEndpoint.id(serviceId).flatMap(directory::service).filter(CalendarEndpoint::published)
                .map(service -> CalendarEndpoint.file(service.name(), SessionEvents.file(service.name(),
                        service.venues().stream().flatMap(venue -> events.events(service, venue).stream()).toList())))
                .orElseGet(CalendarEndpoint::notFound);
    }

    @GetMapping("/calendar/venues/{venueId}.ics")
    ResponseEntity<String> venue(@PathVariable String venueId) {
        UUID id = CalendarEndpoint.id(venueId).orElse(null);
        VenuePage venue = id == null ? null : venues.venue(id).orElse(null);
        // a venue only a draft names is not public yet
        if (venue == null || venues.servicesAt(id, 1, 1).total() == 0) {
            return CalendarEndpoint.notFound();
        }
        String name = Objects.requireNonNullElse(venue.venue().name(), "Sessions");
        return CalendarEndpoint.file(name, SessionEvents.file(name, eventsAt(id)));
    }

    private List<String> eventsAt(UUID venueId) {
        List<String> lines = new ArrayList<>();
        for (int page = 1; page <= MOST_SERVICES / PAGE; page++) {
            ServicePage found = venues.servicesAt(venueId, page, PAGE);
            for (ServiceCard card : found.services()) {
                directory.service(card.id()).filter(CalendarEndpoint::published)
                        .ifPresent(service -> lines.addAll(eventsAt(service, venueId)));
            }
            if (page >= found.pages()) {
                break;
            }
        }
        return lines;
    }

    private List<String> eventsAt(ServiceDetails service, UUID venueId) {
        return service.venues().stream().filter(venue -> venue.id().equals(venueId))
                .flatMap(venue -> events.events(service, venue).stream()).toList();
    }
}
