package org.familyhub.feedback.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyRepository extends JpaRepository<Survey, UUID> {

    Optional<Survey> findByCode(String code);

    List<Survey> findAllByOrderByTitle();
}
