package org.familyhub.directory;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.familyhub.directory.domain.Locality;
import org.familyhub.directory.domain.LocalityRepository;
import org.familyhub.directory.domain.Service;
import org.familyhub.directory.domain.ServiceRepository;
import org.springframework.context.ApplicationEventPublisher;
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

    /** Active, inactive, defunct or temporarily closed: only active services are found by search. */
    public void changeStatus(UUID id, String status) {
        if (!Set.of("active", "inactive", "defunct", "temporarily closed").contains(status)) {
            throw new IllegalArgumentException("status must be active, inactive, defunct or temporarily closed");
        }
        Service service = services.findById(id).orElseThrow(() -> new UnknownRecordException("service", id));
        service.changeStatus(status);
        changed(service);
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
        services.findActiveInLocality(locality.getId()).forEach(service -> {
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
