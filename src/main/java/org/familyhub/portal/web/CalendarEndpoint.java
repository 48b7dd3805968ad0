package org.familyhub.portal.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.familyhub.directory.Directory;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.ServiceDetails.Venue;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/{service}/{venue}/{n}.ics}: one session series as an iCalendar file (RFC 5545),
 * so a parent can put "every Tuesday, 9:30" in their phone's calendar with the place and a link back.
 * A term-time session lists the school-holiday dates it skips as {@code EXDATE}s ({@link SessionEvents}).
 */
@RestController
class CalendarEndpoint {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final Directory directory;
    private final SessionEvents events;

    CalendarEndpoint(Directory directory, SessionEvents events) {
        this.directory = directory;
        this.events = events;
    }

    @GetMapping("/calendar/{serviceId}/{venueId}/{index}.ics")
    ResponseEntity<String> session(@PathVariable String serviceId, @PathVariable String venueId,
            @PathVariable int index) {
        Optional<UUID> venue = id(venueId);
        ServiceDetails details = id(serviceId).flatMap(directory::service).filter(CalendarEndpoint::published)
                .orElse(null);
        if (details == null || venue.isEmpty()) {
            return notFound();
        }
        Venue at = details.venues().stream().filter(v -> v.id().equals(venue.get())).findFirst().orElse(null);
        if (at == null || index < 0 || index >= at.sessions().size()
                || !SessionEvents.writable(at.sessions().get(index))) {
            return notFound();
        }
        return file(details.name(), SessionEvents.file(details.name(),
                events.event(details, at, at.sessions().get(index), index)));
    }

    static boolean published(ServiceDetails service) {
        return "active".equals(service.status());
    }

    static Optional<UUID> id(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A calendar file to save, named after what it holds. */
    static ResponseEntity<String> file(String name, String ics) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(slug(name) + ".ics").build().toString())
                .body(ics);
    }

    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "session" : slug;
    }

    static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("There is no such session.");
    }
}
