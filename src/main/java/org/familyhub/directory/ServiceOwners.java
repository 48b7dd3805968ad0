package org.familyhub.directory;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.familyhub.directory.domain.Locality;
import org.familyhub.directory.domain.Service;
import org.familyhub.directory.domain.ServiceArea;
import org.familyhub.directory.domain.ServiceRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which organisation runs a service and in which localities: a small read of the directory for
 * modules that route work to providers (the front door), kept apart from the public pages' {@link Directory}.
 */
@Component
@Transactional(readOnly = true)
public class ServiceOwners {

    private final ServiceRepository services;

    ServiceOwners(ServiceRepository services) {
        this.services = services;
    }

    public Optional<ServiceOwner> of(UUID serviceId) {
        return services.findById(serviceId).map(ServiceOwners::owner);
    }

    private static ServiceOwner owner(Service service) {
        String email = service.getEmail() != null ? service.getEmail() : service.getOrganization().getEmail();
        return new ServiceOwner(service.getId(), service.getName(), service.getOrganization().getId(),
                service.getOrganization().getName(), email, localities(service), service.getStatus());
    }

    private static java.util.Set<String> localities(Service service) {
        Stream<Locality> venues = service.getServiceAtLocations().stream().map(sal -> sal.getLocation().getLocality());
        Stream<Locality> areas = service.getServiceAreas().stream().map(ServiceArea::getLocality)
                .filter(java.util.Objects::nonNull);
        return Stream.concat(venues, areas).map(Locality::getCode).collect(Collectors.toSet());
    }
}
