package org.familyhub.directory.domain;

import java.util.List;
import java.util.UUID;

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

    @NativeQuery("select count(*) from service s where " + IN_LOCALITY)
    long countActiveInLocality(UUID locality);

    @NativeQuery("select s.* from service s where " + IN_TERM + " order by s.name")
    List<Service> findActiveInTerm(UUID term);

    /** Active services per top-level term of a taxonomy, counting sub-terms towards their parent. */
    @NativeQuery("""
            select coalesce(t.parent_id, t.id) as term_id, count(distinct s.id) as services
            from service s
              join attribute a on a.link_id = s.id and a.link_type = 'service'
              join taxonomy_term t on t.id = a.taxonomy_term_id
              join taxonomy x on x.id = t.taxonomy_id
            where s.status = 'active' and x.name = :taxonomy
            group by coalesce(t.parent_id, t.id)
            """)
    List<TermCount> countActiveByTopTerm(String taxonomy);

    interface TermCount {
        UUID getTermId();

        long getServices();
    }
}
