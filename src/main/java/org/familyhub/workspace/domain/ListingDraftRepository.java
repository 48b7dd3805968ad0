package org.familyhub.workspace.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ListingDraftRepository extends JpaRepository<ListingDraft, UUID> {

    List<ListingDraft> findByStatusOrderByUpdatedAt(DraftStatus status);

    List<ListingDraft> findByAuthorAndStatusInOrderByUpdatedAtDesc(String author, Collection<DraftStatus> statuses);

    List<ListingDraft> findByServiceIdAndAuthorAndStatusIn(UUID serviceId, String author,
            Collection<DraftStatus> statuses);
}
