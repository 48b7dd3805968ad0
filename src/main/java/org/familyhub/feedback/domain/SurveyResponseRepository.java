package org.familyhub.feedback.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurveyResponseRepository extends JpaRepository<SurveyResponse, UUID> {

    @Query("select distinct r.serviceId from SurveyResponse r where r.surveyId = :surveyId and r.serviceId is not null")
    List<UUID> findServiceIdsAnswered(UUID surveyId);

    long countBySurveyId(UUID surveyId);

    List<SurveyResponse> findBySurveyVersionIdAndSubmittedAtGreaterThanEqualAndSubmittedAtLessThanOrderBySubmittedAt(
            UUID surveyVersionId, Instant from, Instant to);
}
