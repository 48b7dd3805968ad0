package org.familyhub.directory;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Venues already in the directory, found by a few letters of their name or their postcode, so that a listing
 * can meet at one without retyping it. Paged in the database: a directory of 100,000 services has tens of
 * thousands of venues, and a form asks for a screenful.
 */
@Service
@Transactional(readOnly = true)
public class VenueLookup {

    /** A venue as a picker shows it. */
    public record VenueChoice(UUID id, @Nullable String name, @Nullable String address, @Nullable String town,
            @Nullable String postcode, @Nullable Double latitude, @Nullable Double longitude) {

        /** "Crewe Family Hub, Hungerford Road, CW1 3AB". */
        public String label() {
            return java.util.stream.Stream.of(name, address, postcode).filter(p -> p != null && !p.isBlank())
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    private final EntityManager entities;

    VenueLookup(EntityManager entities) {
        this.entities = entities;
    }

    /** Venues whose name or postcode starts with or contains the words, by name; {@code limit} at most. */
    public List<VenueChoice> find(String words, int offset, int limit) {
        String text = words.strip().toLowerCase(Locale.ROOT);
        if (text.length() < 2) {
            return List.of();
        }
        String like = "%" + text.replace("\\", "").replace("%", "").replace("_", "") + "%";
        String postcode = text.replace(" ", "").toUpperCase(Locale.ROOT) + "%";
        return entities.createQuery("""
                select l.id, l.name, a.address1, a.city, a.postalCode, l.latitude, l.longitude
                from Location l left join l.addresses a
                where lower(l.name) like :like or replace(a.postalCode, ' ', '') like :postcode
                order by l.name, l.id""", Object[].class)
                .setParameter("like", like).setParameter("postcode", postcode)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(1, limit), 50))
                .getResultList().stream()
                .map(r -> new VenueChoice((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (Double) r[5], (Double) r[6]))
                .toList();
    }

    /**
     * The venue as the directory holds it, every detail (its accessibility, directions, map point), in the shape a
     * listing's document carries a venue: what a listing that meets there writes, so publishing it changes nothing
     * about the venue.
     */
    public java.util.Optional<org.familyhub.directory.content.HsdsDocuments.Location> location(UUID id) {
        return java.util.Optional.ofNullable(entities.find(org.familyhub.directory.domain.Location.class, id))
                .map(org.familyhub.directory.content.ServiceDocumentMapping::location);
    }
}
