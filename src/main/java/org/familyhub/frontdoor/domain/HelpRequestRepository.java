package org.familyhub.frontdoor.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HelpRequestRepository extends JpaRepository<HelpRequest, UUID> {

    boolean existsByReference(String reference);

    Optional<HelpRequest> findByReference(String reference);

    /**
     * Safeguarding concerns first, then the oldest: what the front door must look at soonest. Requests to
     * find childcare are the Family Information Service's, unless flagged as a safeguarding concern.
     */
    @Query("""
            select r from HelpRequest r where r.localityCode in :localities
            and (r.kind <> org.familyhub.frontdoor.RequestKind.CHILDCARE_BROKERAGE or r.safeguarding = true)
            order by r.safeguarding desc, r.createdAt asc
            """)
    List<HelpRequest> findInLocalities(Collection<String> localities);

    @Query("""
            select r from HelpRequest r where r.organisationId = :organisation
            order by r.safeguarding desc, r.createdAt asc
            """)
    List<HelpRequest> findForOrganisation(UUID organisation);

    @Query("""
            select r from HelpRequest r where r.kind = :kind
            order by r.safeguarding desc, r.createdAt asc
            """)
    List<HelpRequest> findByKind(org.familyhub.frontdoor.RequestKind kind);

    List<HelpRequest> findByReferrerUserIdOrderByCreatedAtDesc(UUID referrer);

    /** A page of one professional's referrals, newest first: a home that shows the latest reads no more. */
    List<HelpRequest> findByReferrerUserIdOrderByCreatedAtDesc(UUID referrer, Pageable page);

    List<HelpRequest> findByCreatedAtGreaterThanEqualAndCreatedAtLessThan(Instant from, Instant to);

    @Query("select r from HelpRequest r where r.closedAt < :cutoff and r.purgedAt is null")
    List<HelpRequest> findClosedBeforeNotPurged(Instant cutoff);
}
