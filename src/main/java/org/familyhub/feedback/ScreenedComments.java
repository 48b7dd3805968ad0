package org.familyhub.feedback;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.feedback.domain.Answer;
import org.familyhub.feedback.domain.AnswerRepository;
import org.familyhub.feedback.domain.Screening;
import org.familyhub.feedback.domain.SurveyRepository;
import org.familyhub.feedback.domain.SurveyResponse;
import org.familyhub.feedback.domain.SurveyResponseRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screened free text of one question of a built-in survey, for modules that publish what people said
 * (the Local Offer's "You said, we did"). Only what an editor approved or redacted; never what waits for
 * screening or was hidden, and never contact details.
 */
@Service
@RolesAllowed(Roles.EDITOR)
public class ScreenedComments {

    private static final List<Screening> SHOWN = List.of(Screening.APPROVED, Screening.REDACTED);

    private final SurveyRepository surveys;
    private final AnswerRepository answers;
    private final SurveyResponseRepository responses;

    ScreenedComments(SurveyRepository surveys, AnswerRepository answers, SurveyResponseRepository responses) {
        this.surveys = surveys;
        this.answers = answers;
        this.responses = responses;
    }

    /** The newest screened answers to {@code questionKey}, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ScreenedComment> latest(BuiltInSurvey survey, String questionKey, int limit) {
        Optional<UUID> surveyId = surveys.findByCode(survey.code()).map(s -> s.getId());
        if (surveyId.isEmpty()) {
            return List.of();
        }
        List<Answer> found = answers.findScreened(surveyId.get(), questionKey, SHOWN, PageRequest.of(0, limit));
        Map<UUID, SurveyResponse> byId = responses.findAllById(found.stream().map(Answer::getResponseId).distinct()
                .toList()).stream().collect(Collectors.toMap(SurveyResponse::getId, Function.identity()));
        return found.stream().map(a -> new ScreenedComment(a.getId(), a.shownText(),
                byId.get(a.getResponseId()).getSubmittedAt())).toList();
    }

    /** One screened answer of the survey, by id: empty when it is another survey's, or not screened as shown. */
    @Transactional(readOnly = true)
    public Optional<ScreenedComment> find(BuiltInSurvey survey, long answerId) {
        Optional<UUID> surveyId = surveys.findByCode(survey.code()).map(s -> s.getId());
        return answers.findById(answerId).filter(a -> SHOWN.contains(a.getScreening()) && a.shownText() != null)
                .flatMap(a -> responses.findById(a.getResponseId())
                        .filter(r -> surveyId.isPresent() && r.getSurveyId().equals(surveyId.get()))
                        .map(r -> new ScreenedComment(a.getId(), a.shownText(), r.getSubmittedAt())));
    }
}
