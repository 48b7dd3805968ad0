package org.familyhub.feedback.domain;

import java.util.List;
import java.util.UUID;

import org.familyhub.feedback.ProblemStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProblemReportRepository extends JpaRepository<ProblemReport, UUID> {

    List<ProblemReport> findByStatusOrderByReportedAt(ProblemStatus status);

    List<ProblemReport> findTop50ByStatusNotOrderByClosedAtDesc(ProblemStatus status);

    boolean existsByReference(String reference);

    /** The open reports about a listing that were passed to its feed's publisher and await a change. */
    List<ProblemReport> findByServiceIdAndStatusAndUpstreamSentAtNotNullAndUpstreamChangedAtNull(UUID serviceId,
            ProblemStatus status);
}
