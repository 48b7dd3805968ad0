package org.familyhub.feedback.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyVersionRepository extends JpaRepository<SurveyVersion, UUID> {

    Optional<SurveyVersion> findBySurveyIdAndVersion(UUID surveyId, int version);

    List<SurveyVersion> findBySurveyIdOrderByVersionDesc(UUID surveyId);
}
