package org.familyhub.directory.feed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceImport;
import org.familyhub.directory.domain.Address;
import org.familyhub.directory.domain.Location;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.familyhub.directory.content.HsdsDocuments.list;

/**
 * Which venues a feed may update: those it created, while no listing outside the feed meets there. A venue of the
 * portal's own, of another feed, or shared with listings not from this feed keeps its details; when the feed's
 * differ (name, first address line or postcode), the record's report says so.
 */
@Component
class FeedVenues {

    private final JdbcClient jdbc;
    private final EntityManager entityManager;

    FeedVenues(JdbcClient jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** The venues of one record, looked at before it is written. */
    final class Plan {

        private final UUID sourceId;
        private final Map<UUID, HsdsDocuments.Location> venues;
        private final Set<UUID> existing;
        private final Set<UUID> updatable;
        private final List<String> warnings = new ArrayList<>();

        private Plan(UUID sourceId, Map<UUID, HsdsDocuments.Location> venues, Set<UUID> existing,
                Set<UUID> updatable) {
            this.sourceId = sourceId;
            this.venues = venues;
            this.existing = existing;
            this.updatable = updatable;
            for (UUID id : existing) {
                if (!updatable.contains(id)) {
                    describedOtherwise(id, venues.get(id)).ifPresent(name -> warnings.add("venue '" + name
                            + "' is not only this feed's (the portal's, another feed's, or used by listings not from"
                            + " this feed): its details were kept and the feed's changes to it not applied"));
                }
            }
        }

        boolean mayUpdate(UUID locationId) {
            return updatable.contains(locationId);
        }

        /** After the write: the venues this record created are the feed's from now on. */
        void written() {
            for (UUID id : venues.keySet()) {
                if (!existing.contains(id)) {
                    jdbc.sql("insert into feed_location (location_id, feed_source_id) values (:location, :feed)")
                            .param("location", id).param("feed", sourceId).update();
                }
            }
        }

        List<String> warnings() {
            return List.copyOf(warnings);
        }
    }

    Plan plan(UUID sourceId, HsdsDocuments.Service record) {
        UUID serviceId = UUID.fromString(Objects.requireNonNull(record.id()));
        Map<UUID, HsdsDocuments.Location> venues = new LinkedHashMap<>();
        int n = 0;
        for (HsdsDocuments.ServiceAtLocation at : list(record.serviceAtLocations())) {
            venues.putIfAbsent(ServiceImport.venueId(at.location(), serviceId, n++), at.location());
        }
        if (venues.isEmpty()) {
            return new Plan(sourceId, venues, Set.of(), Set.of());
        }
        Set<UUID> existing = new HashSet<>(jdbc.sql("select id from location where id in (:ids)")
                .param("ids", venues.keySet()).query(UUID.class).list());
        Set<UUID> updatable = new HashSet<>(jdbc.sql("""
                select fl.location_id from feed_location fl where fl.feed_source_id = :feed and fl.location_id in (:ids)
                and not exists (select 1 from service_at_location sal
                    left join service_source ss on ss.service_id = sal.service_id
                    where sal.location_id = fl.location_id
                    and (ss.feed_source_id is null or ss.feed_source_id <> :feed))""")
                .param("feed", sourceId).param("ids", venues.keySet()).query(UUID.class).list());
        return new Plan(sourceId, venues, existing, updatable);
    }

    /** The stored venue's name when the feed describes it otherwise; empty when they agree. */
    private Optional<String> describedOtherwise(UUID id, HsdsDocuments.Location fromFeed) {
        Location stored = entityManager.find(Location.class, id);
        if (stored == null) {
            return Optional.empty();
        }
        Optional<Address> address = stored.getAddresses().stream().findFirst();
        Optional<HsdsDocuments.Address> theirs = HsdsDocuments.firstAddress(fromFeed);
        // Only what the feed gives is compared: a venue written without an address line took its name as the line.
        boolean same = agree(fromFeed.name(), stored.getName(), FeedVenues::plain)
                && agree(theirs.map(HsdsDocuments.Address::address1).orElse(null),
                        address.map(Address::getAddress1).orElse(null), FeedVenues::plain)
                && agree(theirs.map(HsdsDocuments.Address::postalCode).orElse(null),
                        address.map(Address::getPostalCode).orElse(null), FeedVenues::postcode);
        return same ? Optional.empty() : Optional.of(stored.getName() == null ? id.toString() : stored.getName());
    }

    private static boolean agree(@Nullable String theirs, @Nullable String ours,
            java.util.function.UnaryOperator<String> normal) {
        return theirs == null || ours != null && normal.apply(theirs).equals(normal.apply(ours));
    }

    private static String plain(String text) {
        return text.strip();
    }

    private static String postcode(String text) {
        return text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
