package org.familyhub.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.familyhub.directory.ServiceDetails.Session;
import org.familyhub.directory.ServiceDetails.Venue;
import org.familyhub.directory.domain.ServiceRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a list a family takes away (a printed or e-mailed shortlist) gives each service so they can act on
 * it without the internet: its details and its next few sessions by date, term-time sessions skipping the
 * school holidays. The services are read together (their children in batches), never one query each.
 */
@Service
@Transactional(readOnly = true)
public class PrintedEntries {

    private final ServiceRepository services;
    private final SchoolTerms schoolTerms;
    private final Clock clock;

    PrintedEntries(ServiceRepository services, SchoolTerms schoolTerms, Clock clock) {
        this.services = services;
        this.schoolTerms = schoolTerms;
        this.clock = clock;
    }

    /** A service with its next sessions, soonest first. */
    public record Entry(ServiceDetails service, List<Upcoming> next) {
    }

    /** One dated meeting of a session at a venue. */
    public record Upcoming(LocalDate date, @Nullable LocalTime opensAt, @Nullable LocalTime closesAt,
            @Nullable String venueName, boolean termTimeOnly) {
    }

    /**
     * The services in the order given (ids that no longer exist left out), whatever their status, each with at
     * most {@code sessions} next sessions that have not ended by now.
     */
    public List<Entry> entries(List<UUID> ids, int sessions) {
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        TermDates terms = schoolTerms.termDates();
        Map<UUID, ServiceDetails> found = services.findAllById(ids).stream()
                .map(service -> ServiceMapping.details(service, clock, null))
                .collect(Collectors.toMap(ServiceDetails::id, Function.identity()));
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull)
                .map(details -> new Entry(details, next(details.venues(), now, terms, sessions))).toList();
    }

    /** The soonest {@code limit} meetings of all the sessions at the venues. */
    static List<Upcoming> next(Collection<Venue> venues, LocalDateTime now, TermDates terms, int limit) {
        List<Upcoming> all = new ArrayList<>();
        for (Venue venue : venues) {
            for (Session session : venue.sessions()) {
                Optional<LocalDate> date = SessionDates.next(session, now, terms);
                for (int i = 0; i < limit && date.isPresent(); i++) {
                    all.add(new Upcoming(date.get(), session.opensAt(), session.closesAt(), venue.name(),
                            session.termTimeOnly()));
                    date = SessionDates.next(session, date.get().plusDays(1), terms);
                }
            }
        }
        return all.stream().sorted(Comparator.comparing(Upcoming::date).thenComparing(
                        upcoming -> Objects.requireNonNullElse(upcoming.opensAt(), LocalTime.MIDNIGHT)))
                .limit(limit).toList();
    }
}
