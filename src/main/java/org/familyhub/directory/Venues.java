package org.familyhub.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.familyhub.directory.ServiceDetails.Venue;
import org.familyhub.directory.domain.Location;
import org.familyhub.directory.domain.ServiceRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;

/**
 * Venues families go to: children's centres, family hubs and family centres, each with what runs
 * there (a page at a time; the week's timetable is {@link Timetable#weekAt}); and where services meet, for maps.
 */
@org.springframework.stereotype.Service
@Transactional(readOnly = true)
public class Venues {

    /** The venue types that get a page of their own (taxonomy {@code venue-type}). */
    public static final Set<String> CENTRE_TYPES = Set.of("childrens-centre", "family-hub", "family-centre");
    private static final String VENUE_TYPE = "venue-type";

    private final EntityManager entities;
    private final ServiceRepository services;
    private final ServiceLists lists;

    Venues(EntityManager entities, ServiceRepository services, ServiceLists lists) {
        this.entities = entities;
        this.services = services;
        this.lists = lists;
    }

    /** A centre in a list: its type is a venue-type code, e.g. {@code family-hub}. */
    public record Centre(UUID id, String name, String type, Place place) {
    }

    /** A venue's page: where it is and how to get there; what runs there is read a page at a time. */
    public record VenuePage(Venue venue, @Nullable String type, @Nullable String description) {
    }

    /** A point on a map for one service at one venue. */
    public record MapPoint(UUID serviceId, @Nullable String venueName, double latitude, double longitude) {
    }

    /**
     * Children's centres, family hubs and family centres, by town and name; in one locality when given. One query for
     * the centres only: the other venues (every hall and library a service meets at) are never read.
     */
    public List<Centre> centres(@Nullable String localityCode) {
        Map<UUID, Centre> centres = new LinkedHashMap<>();
        entities.createQuery("""
                        select l.id, l.name, term.code, town.name, locality.name from Location l
                        join l.attributes a join a.taxonomyTerm term join l.locality locality left join l.town town
                        where term.taxonomy.name = :venueType and term.code in :centreTypes
                          and (:locality is null or locality.code = :locality)""", Object[].class)
                .setParameter("venueType", VENUE_TYPE).setParameter("centreTypes", CENTRE_TYPES)
                .setParameter("locality", localityCode)
                .getResultList()
                .forEach(row -> centres.putIfAbsent((UUID) row[0], new Centre((UUID) row[0],
                        Objects.requireNonNullElse((String) row[1], ""), (String) row[2],
                        new Place((String) row[3], (String) row[4]))));
        return centres.values().stream()
                .sorted(Comparator.comparing((Centre c) -> Objects.requireNonNullElse(c.place().town(), ""))
                        .thenComparing(Centre::name))
                .toList();
    }

    public Optional<VenuePage> venue(UUID id) {
        return Optional.ofNullable(entities.find(Location.class, id)).map(location -> new VenuePage(
                ServiceMapping.venue(location, List.of()), venueType(location).orElse(null),
                location.getDescription()));
    }

    /** One page of the active services that meet at the venue, by name; a page beyond the last gives the last. */
    public ServicePage servicesAt(UUID venueId, int page, int size) {
        return lists.page(venueId, page, size);
    }

    /** Where each of the services meets, for a map; services without a venue have no points. */
    public List<MapPoint> points(Collection<UUID> serviceIds) {
        return services.findAllById(serviceIds).stream()
                .flatMap(service -> service.getServiceAtLocations().stream().map(at -> at.getLocation())
                        .filter(l -> l.getLatitude() != null && l.getLongitude() != null)
                        .map(l -> new MapPoint(service.getId(), l.getName(), l.getLatitude(), l.getLongitude())))
                .toList();
    }

    private static Optional<String> venueType(Location location) {
        return location.getAttributes().stream()
                .filter(a -> a.getTaxonomyTerm().getTaxonomy().getName().equals(VENUE_TYPE))
                .map(a -> a.getTaxonomyTerm().getCode()).findFirst();
    }
}
