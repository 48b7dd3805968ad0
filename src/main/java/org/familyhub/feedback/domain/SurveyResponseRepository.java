package org.familyhub.feedback.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyResponseRepository extends JpaRepository<SurveyResponse, UUID> {

    long countBySurveyId(UUID surveyId);

    List<SurveyResponse> findBySurveyVersionIdAndSubmittedAtGreaterThanEqualAndSubmittedAtLessThanOrderBySubmittedAt(
            UUID surveyVersionId, Instant from, Instant to);
}
