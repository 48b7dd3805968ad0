package org.familyhub.workspace.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteNoticeRepository extends JpaRepository<SiteNoticeRecord, UUID> {

    /** Current and scheduled notices, soonest first; a few at most in practice, capped all the same. */
    List<SiteNoticeRecord> findTop50ByEndsAtAfterOrderByStartsAtAsc(Instant now);
}
