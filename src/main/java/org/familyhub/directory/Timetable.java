package org.familyhub.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.familyhub.directory.ServiceDetails.Session;
import org.familyhub.directory.ServiceDetails.Venue;
import org.familyhub.directory.domain.ServiceRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When services next meet: the "next session" line on result cards and "on this week near you" on the
 * home page. Read-only; dates come from each session's recurrence ({@link SessionDates}).
 */
@Service
@Transactional(readOnly = true)
public class Timetable {

    private final ServiceRepository services;
    private final Clock clock;

    Timetable(ServiceRepository services, Clock clock) {
        this.services = services;
        this.clock = clock;
    }

    /** One meeting of a service at a venue on a date. */
    public record Occurrence(UUID serviceId, String serviceName, LocalDate date, @Nullable LocalTime opensAt,
            @Nullable LocalTime closesAt, @Nullable UUID venueId, @Nullable String venueName, Place place, Cost cost,
            @Nullable String description) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The date and time in the council's zone. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** For each of the services that has one, its next session from today. */
    public Map<UUID, Occurrence> nextSessions(Collection<UUID> serviceIds) {
        Map<UUID, Occurrence> next = new LinkedHashMap<>();
        LocalDateTime now = now();
        services.findAllById(serviceIds).forEach(service -> occurrences(ServiceMapping.details(service, clock, null),
                now).min(Comparator.comparing(Occurrence::date).thenComparing(Timetable::opening))
                .ifPresent(o -> next.put(service.getId(), o)));
        return next;
    }

    /**
     * Sessions of active services in the next seven days, soonest first; at venues in one locality
     * (by its name, as {@link Place} holds it) or, when {@code localityName} is null, anywhere.
     */
    public List<Occurrence> thisWeek(@Nullable String localityName, int limit) {
        LocalDateTime now = now();
        return services.findPublished().stream()
                .map(service -> ServiceMapping.details(service, clock, null))
                .flatMap(details -> details.venues().stream()
                        .filter(venue -> localityName == null || localityName.equals(venue.place().locality()))
                        .flatMap(venue -> weekOf(details, venue, now)))
                .sorted(Comparator.comparing(Occurrence::date).thenComparing(Timetable::opening)
                        .thenComparing(Occurrence::serviceName))
                .limit(limit)
                .toList();
    }

    private static LocalTime opening(Occurrence occurrence) {
        return occurrence.opensAt() == null ? LocalTime.MIDNIGHT : occurrence.opensAt();
    }

    private static Stream<Occurrence> occurrences(ServiceDetails details, LocalDateTime now) {
        return details.venues().stream().flatMap(venue -> venue.sessions().stream()
                .flatMap(session -> SessionDates.next(session, now).stream()
                        .map(date -> occurrence(details, venue, session, date))));
    }

    /** The rest of this week's sessions: today's that have ended are left out. */
    private static Stream<Occurrence> weekOf(ServiceDetails details, Venue venue, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        return venue.sessions().stream().flatMap(session -> Stream.iterate(today, d -> d.plusDays(1)).limit(7)
                .filter(date -> SessionDates.runsOn(session, date)
                        && !(date.equals(today) && SessionDates.endedBy(session, now.toLocalTime())))
                .map(date -> occurrence(details, venue, session, date)));
    }

    static Occurrence occurrence(ServiceDetails details, Venue venue, Session session, LocalDate date) {
        return new Occurrence(details.id(), details.name(), date, session.opensAt(), session.closesAt(), venue.id(),
                venue.name(), venue.place(), details.cost(), session.description());
    }

    /** A service's next session, for its page. */
    public Optional<Occurrence> nextSession(UUID serviceId) {
        return Optional.ofNullable(nextSessions(List.of(serviceId)).get(serviceId));
    }
}
