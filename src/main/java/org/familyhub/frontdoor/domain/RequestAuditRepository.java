package org.familyhub.frontdoor.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestAuditRepository extends JpaRepository<RequestAudit, UUID> {

    List<RequestAudit> findByRequestIdOrderByAtAsc(UUID requestId);
}
