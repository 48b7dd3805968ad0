package org.familyhub.feedback.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByResponseIdIn(Collection<UUID> responseIds);

    List<Answer> findByResponseId(UUID responseId);

    List<Answer> findByScreeningOrderById(Screening screening);
}
