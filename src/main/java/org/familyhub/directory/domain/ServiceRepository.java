package org.familyhub.directory.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

public interface ServiceRepository extends JpaRepository<Service, UUID> {

    /** Active services at a venue in the locality, or covering it (or the whole area) without one. */
    String IN_LOCALITY = """
            s.status = 'active' and (
              exists (select 1 from service_at_location sal join location l on l.id = sal.location_id
                      where sal.service_id = s.id and l.locality_id = :locality)
              or exists (select 1 from service_area a
                      where a.service_id = s.id and (a.locality_id = :locality or a.locality_id is null)))
            """;

    /** Active services classified with the term or one of its sub-terms. */
    String IN_TERM = """
            s.status = 'active' and exists (
              select 1 from attribute a join taxonomy_term t on t.id = a.taxonomy_term_id
              where a.link_type = 'service' and a.link_id = s.id and (t.id = :term or t.parent_id = :term))
            """;

    @Query("select s.id from Service s order by s.id")
    List<UUID> findAllIds();

    @NativeQuery("select s.* from service s where " + IN_LOCALITY + " order by s.name")
    List<Service> findActiveInLocality(UUID locality);

    /** A page of {@link #findActiveInLocality(UUID)}, walking the index on status, name and id. */
    @NativeQuery("select s.* from service s where " + IN_LOCALITY + " order by s.name, s.id limit :size offset :offset")
    List<Service> findActiveInLocality(UUID locality, int offset, int size);

    @NativeQuery("select s.* from service s where " + IN_TERM + " order by s.name")
    List<Service> findActiveInTerm(UUID term);

    /** A page of {@link #findActiveInTerm(UUID)}. */
    @NativeQuery("select s.* from service s where " + IN_TERM + " order by s.name, s.id limit :size offset :offset")
    List<Service> findActiveInTerm(UUID term, int offset, int size);

    /** A page of the active services that meet at a venue, by name. */
    @NativeQuery("""
            select s.* from service s where s.status = 'active'
              and s.id in (select sal.service_id from service_at_location sal where sal.location_id = :venue)
            order by s.name, s.id limit :size offset :offset""")
    List<Service> findActiveAtVenue(UUID venue, int offset, int size);

    @NativeQuery("""
            select count(*) from service s where s.status = 'active'
              and s.id in (select sal.service_id from service_at_location sal where sal.location_id = :venue)""")
    long countActiveAtVenue(UUID venue);

    /**
     * Active services per locality, counted as {@link #IN_LOCALITY} counts them (at a venue there, or covering
     * it or the whole area), all localities in one pass.
     */
    @NativeQuery("""
            select x.locality_id as locality_id, count(distinct x.service_id) as services
            from (select sal.service_id, v.locality_id from service_at_location sal
                    join location v on v.id = sal.location_id
                  union all
                  select a.service_id, a.locality_id from service_area a where a.locality_id is not null
                  union all
                  select a.service_id, l.id from service_area a cross join locality l where a.locality_id is null) x
              join service s on s.id = x.service_id
            where s.status = 'active'
            group by x.locality_id
            """)
    List<LocalityCount> countActiveByLocality();

    interface LocalityCount {
        UUID getLocalityId();

        long getServices();
    }

    /**
     * Active services per term of a taxonomy, counted as {@link #IN_TERM} counts them (the term itself or a
     * sub-term), every term in one pass.
     */
    @NativeQuery("""
            select x.term_id as term_id, count(distinct x.service_id) as services
            from (select a.link_id as service_id, t.id as term_id from attribute a
                    join taxonomy_term t on t.id = a.taxonomy_term_id join taxonomy y on y.id = t.taxonomy_id
                  where a.link_type = 'service' and y.name = :taxonomy
                  union all
                  select a.link_id, t.parent_id from attribute a
                    join taxonomy_term t on t.id = a.taxonomy_term_id join taxonomy y on y.id = t.taxonomy_id
                  where a.link_type = 'service' and y.name = :taxonomy and t.parent_id is not null) x
              join service s on s.id = x.service_id
            where s.status = 'active'
            group by x.term_id
            """)
    List<TermCount> countActiveByTerm(String taxonomy);

    interface TermCount {
        UUID getTermId();

        long getServices();
    }

    /**
     * Published (active) services matching the Open Referral filters, by name; a null filter matches
     * all. A term matches its sub-terms too, as the portal's category pages do.
     */
    @Query("""
            select s.id from Service s
            where s.status = 'active'
              and (:organization is null or s.organization.id = :organization)
              and (:modifiedAfter is null or s.lastModified > :modifiedAfter)
              and (:term is null or exists (select 1 from Attribute a join a.taxonomyTerm t left join t.parent p
                    where a.linkType = 'service' and a.linkId = s.id and (t.id = :term or p.id = :term)))
              and (:taxonomy is null or exists (select 1 from Attribute b join b.taxonomyTerm u
                    where b.linkType = 'service' and b.linkId = s.id and u.taxonomy.id = :taxonomy))
            order by s.name, s.id
            """)
    List<UUID> findPublishedIds(@Nullable UUID organization, @Nullable UUID term, @Nullable UUID taxonomy,
            @Nullable Instant modifiedAfter);

    @Query("select s from Service s where s.status = 'active' order by s.name, s.id")
    List<Service> findPublished();

    /** Published services whose name or description holds all three LIKE patterns. */
    @Query(value = "select s from Service s where s.status = 'active' and " + MATCH_ALL + " order by s.name, s.id",
            countQuery = "select count(s) from Service s where s.status = 'active' and " + MATCH_ALL)
    Page<Service> findPublishedMatching(String first, String second, String third, Pageable page);

    String MATCH_ALL = "(lower(s.name) like :first or lower(s.description) like :first)"
            + " and (lower(s.name) like :second or lower(s.description) like :second)"
            + " and (lower(s.name) like :third or lower(s.description) like :third)";

    @Query("select s from Service s join s.serviceAtLocations sal where sal.id = :id and s.status = 'active'")
    Optional<Service> findPublishedByServiceAtLocation(UUID id);

    @Query("select distinct s.organization.id from Service s where s.status = 'active'")
    List<UUID> findPublishedOrganizationIds();

    @Query("select distinct s.id from Service s join s.serviceAtLocations sal where sal.location.id = :location")
    List<UUID> findIdsAtLocation(UUID location);

    @Query("select max(s.lastModified) from Service s")
    Optional<Instant> findLastModified();
}
