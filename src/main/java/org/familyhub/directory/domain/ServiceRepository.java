package org.familyhub.directory.domain;

import java.time.Instant;
import java.util.Collection;
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

    /** Services at a venue in the locality, or covering it (or the whole area) without one. */
    String AT_OR_COVERING_LOCALITY = """
            (exists (select 1 from service_at_location sal join location l on l.id = sal.location_id
                      where sal.service_id = s.id and l.locality_id = :locality)
              or exists (select 1 from service_area a
                      where a.service_id = s.id and (a.locality_id = :locality or a.locality_id is null)))
            """;

    /** Active services at a venue in the locality, or covering it (or the whole area) without one. */
    String IN_LOCALITY = "s.status = 'active' and " + AT_OR_COVERING_LOCALITY;

    /** Services classified with the term or one of its sub-terms. */
    String CLASSIFIED_WITH_TERM = """
            exists (
              select 1 from attribute a join taxonomy_term t on t.id = a.taxonomy_term_id
              where a.link_type = 'service' and a.link_id = s.id and (t.id = :term or t.parent_id = :term))
            """;

    /** Active services classified with the term or one of its sub-terms. */
    String IN_TERM = "s.status = 'active' and " + CLASSIFIED_WITH_TERM;

    /** Services search and the public lists show: active, and temporarily closed ones marked so (#18). */
    String LISTED = "s.status in ('active', 'temporarily closed')";

    @Query("select s.id from Service s order by s.id")
    List<UUID> findAllIds();

    @NativeQuery("select s.* from service s where " + IN_LOCALITY + " order by s.name")
    List<Service> findActiveInLocality(UUID locality);

    @NativeQuery("select s.* from service s where " + IN_TERM + " order by s.name")
    List<Service> findActiveInTerm(UUID term);

    /** Active and temporarily closed services in the locality: whose search documents hold its name. */
    @NativeQuery("select s.* from service s where " + LISTED + " and " + AT_OR_COVERING_LOCALITY)
    List<Service> findListedInLocality(UUID locality);

    /**
     * A page of a public list (a locality, category or venue, by id), in name order: only the page's entries
     * are read from {@code listed_service}, then only their services.
     */
    @NativeQuery("""
            select s.* from (select l.service_id, l.name from listed_service l where l.list_id = :list
                             order by l.name, l.service_id limit :size offset :offset) page
              join service s on s.id = page.service_id
            order by page.name, page.service_id""")
    List<Service> findListed(UUID list, int offset, int size);

    /** The same counted from the end of the list, last first: the way to a page near the end is shorter. */
    @NativeQuery("""
            select s.* from (select l.service_id, l.name from listed_service l where l.list_id = :list
                             order by l.name desc, l.service_id desc limit :size offset :offset) page
              join service s on s.id = page.service_id
            order by page.name desc, page.service_id desc""")
    List<Service> findListedFromEnd(UUID list, int offset, int size);

    /** How many services each public list holds, by the list's id. */
    @NativeQuery("select list_id, count(*) as services from listed_service group by list_id")
    List<ListCount> countListed();

    interface ListCount {
        UUID getListId();

        long getServices();
    }

    @Query("select s from Service s where s.status = 'active' order by s.name, s.id")
    List<Service> findPublished();

    /**
     * Published services whose name or description holds any of five LIKE patterns: with a locality, those at a venue
     * in it or covering it first (the search engine being down is no reason for "toddler activities knutsford" to list
     * Audlem's toddler group first); then those holding the most words (one in the name counts twice), then by name.
     */
    @NativeQuery(value = "select s.* from service s where s.status = 'active' and " + WORDS_HELD + " > 0"
            + " order by case when :locality is not null and " + AT_OR_COVERING_LOCALITY + " then 1 else 0 end desc, "
            + WORDS_HELD + " desc, s.name, s.id",
            countQuery = "select count(*) from service s where s.status = 'active' and " + WORDS_HELD + " > 0")
    Page<Service> findPublishedMatching(String w1, String w2, String w3, String w4, String w5,
            @Nullable UUID locality, Pageable page);

    /** How many of the words a service holds, one in its name counting twice: 0 when it holds none. */
    String WORDS_HELD = "(case when lower(s.name) like :w1 then 2 when lower(s.description) like :w1 then 1 else 0 end"
            + " + case when lower(s.name) like :w2 then 2 when lower(s.description) like :w2 then 1 else 0 end"
            + " + case when lower(s.name) like :w3 then 2 when lower(s.description) like :w3 then 1 else 0 end"
            + " + case when lower(s.name) like :w4 then 2 when lower(s.description) like :w4 then 1 else 0 end"
            + " + case when lower(s.name) like :w5 then 2 when lower(s.description) like :w5 then 1 else 0 end)";

    @Query("select s from Service s join s.serviceAtLocations sal where sal.id = :id and s.status = 'active'")
    Optional<Service> findPublishedByServiceAtLocation(UUID id);

    @Query("select distinct s from Service s join s.serviceAtLocations sal where sal.id in :ids and s.status = 'active'")
    List<Service> findPublishedByServiceAtLocationIn(Collection<UUID> ids);

    @Query("select distinct s.organization.id from Service s where s.status = 'active'")
    List<UUID> findPublishedOrganizationIds();

    @Query("select distinct s.id from Service s join s.serviceAtLocations sal where sal.location.id = :location")
    List<UUID> findIdsAtLocation(UUID location);

    /** Temporarily closed services whose last closed day is before {@code today}: a range of the closure index. */
    @Query("select s from Service s where s.status = 'temporarily closed' and s.closedUntil < :today order by s.id")
    List<Service> findClosuresEndedBefore(java.time.LocalDate today, Pageable page);

    /** Services held back until a first day that has now come: a range of the publication index. */
    @Query("select s from Service s where s.status = 'inactive' and s.publishFrom <= :today order by s.id")
    List<Service> findPublicationsDueOn(java.time.LocalDate today, Pageable page);

    /** Listed services whose last listed day is before {@code today}: a range of the publication index. */
    @Query("select s from Service s where s.status in ('active', 'temporarily closed') and s.publishUntil < :today"
            + " order by s.id")
    List<Service> findPublicationsEndedBefore(java.time.LocalDate today, Pageable page);

    @Query("select max(s.lastModified) from Service s")
    Optional<Instant> findLastModified();
}
