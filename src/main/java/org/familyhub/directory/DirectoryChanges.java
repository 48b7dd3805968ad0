package org.familyhub.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.familyhub.directory.domain.Locality;
import org.familyhub.directory.domain.LocalityRepository;
import org.familyhub.directory.domain.Service;
import org.familyhub.directory.domain.ServiceRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the directory. Each one raises {@link ServicesChanged} for every service whose search
 * document it touches, in the same transaction, so the index can never silently miss a change.
 */
@org.springframework.stereotype.Service
@Transactional
public class DirectoryChanges {

    private final ServiceRepository services;
    private final LocalityRepository localities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryChanges(ServiceRepository services, LocalityRepository localities, ApplicationEventPublisher events,
            Clock clock) {
        this.services = services;
        this.localities = localities;
        this.events = events;
        this.clock = clock;
    }

    public void renameService(UUID id, String name) {
        Service service = services.findById(id).orElseThrow(() -> new UnknownRecordException("service", id));
        service.rename(requireText(name, "name"));
        changed(service);
    }

    /** Active, inactive, defunct or temporarily closed: active and temporarily closed services are found by search. */
    public void changeStatus(UUID id, String status) {
        if (ServiceStatus.ofCode(status).isEmpty()) {
            throw new IllegalArgumentException("status must be one of " + ServiceStatus.codes());
        }
        Service service = services.findById(id).orElseThrow(() -> new UnknownRecordException("service", id));
        service.changeStatus(status);
        changed(service);
    }

    /** The longest closure notice: a few plain sentences, as a card or the top of a page can show them. */
    public static final int NOTICE_LENGTH = 500;

    /**
     * Closes the service for a while, at once: from the first day to the last (either may be left open), with a
     * notice for its regulars and the service to go to instead. It stays findable, shown as closed while the
     * closure holds. Every problem is reported together, and nothing changes unless there is none.
     */
    public void closeTemporarily(UUID id, @Nullable LocalDate from, @Nullable LocalDate until,
            @Nullable String notice, @Nullable UUID alternativeId) {
        Service service = services.findById(id).orElseThrow(() -> new UnknownRecordException("service", id));
        LocalDate today = LocalDate.now(clock);
        List<String> problems = new ArrayList<>();
        if (from != null && until != null && until.isBefore(from)) {
            problems.add("Closed until: the last day closed must be on or after the first day closed.");
        } else if (until != null && until.isBefore(today)) {
            problems.add("Closed until: that day has passed; leave it empty if the service is closed until further"
                    + " notice.");
        }
        String text = notice == null || notice.isBlank() ? null : notice.strip();
        if (text != null && text.length() > NOTICE_LENGTH) {
            problems.add("Notice: at most " + NOTICE_LENGTH + " characters (it has " + text.length() + ").");
        }
        Service alternative = null;
        if (alternativeId != null) {
            alternative = services.findById(alternativeId).orElse(null);
            if (alternative == null) {
                problems.add("Go instead to: no such service in the directory.");
            } else if (alternative.getId().equals(id)) {
                problems.add("Go instead to: choose another service than the one that is closing.");
            } else if (!"active".equals(alternative.getStatus())) {
                problems.add("Go instead to: " + alternative.getName() + " is not open itself.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidListingException(problems);
        }
        service.closeTemporarily(from, until, text, alternative);
        changed(service);
    }

    /** Opens the service again at once, forgetting its closure. */
    public void reopen(UUID id) {
        Service service = services.findById(id).orElseThrow(() -> new UnknownRecordException("service", id));
        service.changeStatus("active");
        changed(service);
    }

    /**
     * Opens again up to {@code batch} services whose closure ended before {@code today}, in this transaction, and
     * answers how many: the index hears of them through the outbox like any other change.
     */
    public int reopenEnded(LocalDate today, int batch) {
        return changeEach(services.findClosuresEndedBefore(today, PageRequest.of(0, batch)),
                service -> service.changeStatus("active"));
    }

    /** Changes each service one way, touches it, and raises one {@link ServicesChanged} for them all. */
    private int changeEach(List<Service> found, Consumer<Service> change) {
        Set<UUID> ids = new HashSet<>();
        for (Service service : found) {
            change.accept(service);
            service.touch(clock.instant());
            ids.add(service.getId());
        }
        if (!ids.isEmpty()) {
            events.publishEvent(new ServicesChanged(ids));
        }
        return ids.size();
    }

    /**
     * Lists the service only from {@code from} and until {@code until} (either may be left empty): held back now
     * when the first day is still to come, listed again at once when it has come. Nothing changes when a date is
     * wrong; every problem is reported together.
     */
    public void schedulePublication(UUID id, @Nullable LocalDate from, @Nullable LocalDate until) {
        Service service = services.findById(id).orElseThrow(() -> new UnknownRecordException("service", id));
        LocalDate today = LocalDate.now(clock);
        List<String> problems = new ArrayList<>();
        if ("defunct".equals(service.getStatus())) {
            problems.add("This service has closed for good; it cannot be listed again on a date.");
        }
        if (from != null && until != null && until.isBefore(from)) {
            problems.add("Listed until: the last day listed must be on or after the first day listed.");
        } else if (until != null && until.isBefore(today)) {
            problems.add("Listed until: that day has passed; leave it empty to keep the service listed.");
        }
        if (from != null && from.isAfter(today.plusYears(1))) {
            problems.add("Listed from: at most a year ahead.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidListingException(problems);
        }
        service.schedulePublication(from, until, today);
        changed(service);
    }

    /** Lists up to {@code batch} services whose first listed day has come, and answers how many. */
    public int publishDue(LocalDate today, int batch) {
        return changeEach(services.findPublicationsDueOn(today, PageRequest.of(0, batch)), Service::publishScheduled);
    }

    /** Takes down up to {@code batch} services whose last listed day was before {@code today}; answers how many. */
    public int withdrawEnded(LocalDate today, int batch) {
        return changeEach(services.findPublicationsEndedBefore(today, PageRequest.of(0, batch)),
                Service::withdrawScheduled);
    }

    /**
     * Something published with the service but kept by another module changed (its Local Offer answers, its childcare facts): the
     * service's {@code last_modified} moves, so Open Referral UK clients asking {@code modified_after} see it.
     */
    public void publishedWithServiceChanged(UUID id) {
        changed(services.findById(id).orElseThrow(() -> new UnknownRecordException("service", id)));
    }

    /** A locality's name is in every document of the services there. */
    public void renameLocality(String code, String name) {
        Locality locality = localities.findByCode(code).orElseThrow(() -> new UnknownRecordException("locality", code));
        locality.rename(requireText(name, "name"));
        Set<UUID> affected = new HashSet<>();
        services.findListedInLocality(locality.getId()).forEach(service -> {
            service.touch(clock.instant());
            affected.add(service.getId());
        });
        events.publishEvent(new ServicesChanged(affected));
    }

    private void changed(Service service) {
        service.touch(clock.instant());
        events.publishEvent(new ServicesChanged(Set.of(service.getId())));
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return value.strip();
    }
}
