package org.familyhub.feedback.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByResponseIdIn(Collection<UUID> responseIds);

    List<Answer> findByResponseId(UUID responseId);

    List<Answer> findByScreeningOrderById(Screening screening);

    /** Screened (approved or redacted) answers to one question of a survey, newest first. */
    @org.springframework.data.jpa.repository.Query("""
            select a from Answer a, SurveyResponse r
            where r.id = a.responseId and r.surveyId = :surveyId and a.questionKey = :questionKey
            and a.screening in :screenings order by a.id desc
            """)
    List<Answer> findScreened(UUID surveyId, String questionKey, Collection<Screening> screenings,
            org.springframework.data.domain.Pageable page);
}
