package org.familyhub.workspace.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ListingChangeRepository extends JpaRepository<ListingChange, UUID> {

    List<ListingChange> findByServiceIdOrderByChangedAtDesc(UUID serviceId);

    /** The first change to the listing after a moment: its version before is what a draft started then began from. */
    java.util.Optional<ListingChange> findFirstByServiceIdAndChangedAtGreaterThanOrderByChangedAtAsc(UUID serviceId,
            java.time.Instant after);

    /** One page of a listing's history, newest first (index {@code listing_change_service}). */
    Page<ListingChange> findByServiceIdOrderByChangedAtDescIdAsc(UUID serviceId, Pageable page);
}
