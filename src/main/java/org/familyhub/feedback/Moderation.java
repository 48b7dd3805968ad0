package org.familyhub.feedback;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Roles;
import org.familyhub.feedback.domain.Answer;
import org.familyhub.feedback.domain.AnswerRepository;
import org.familyhub.feedback.domain.Screening;
import org.familyhub.feedback.domain.SurveyResponse;
import org.familyhub.feedback.domain.SurveyResponseRepository;
import org.familyhub.feedback.domain.SurveyVersion;
import org.familyhub.feedback.domain.SurveyVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening free text before anyone else reads it: it can hold personal data or abuse. An editor
 * approves it as it is, redacts it, or hides it for good. Text that still looks like it holds an e-mail
 * address, phone number or postcode cannot be approved or kept in a redaction.
 */
@Service
@RolesAllowed(Roles.EDITOR)
public class Moderation {

    private final AnswerRepository answers;
    private final SurveyResponseRepository responses;
    private final SurveyVersionRepository versions;
    private final FeedbackProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;

    Moderation(AnswerRepository answers, SurveyResponseRepository responses, SurveyVersionRepository versions,
            FeedbackProperties properties, CurrentUser currentUser, Clock clock) {
        this.answers = answers;
        this.responses = responses;
        this.versions = versions;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Free text waiting for an editor, oldest first. */
    @Transactional(readOnly = true)
    public List<CommentToScreen> pending() {
        List<Answer> waiting = answers.findByScreeningOrderById(Screening.PENDING);
        Map<UUID, SurveyResponse> byId = responses.findAllById(waiting.stream().map(Answer::getResponseId)
                .distinct().toList()).stream().collect(Collectors.toMap(SurveyResponse::getId, Function.identity()));
        Map<UUID, SurveyVersion> versionsById = versions.findAllById(byId.values().stream()
                .map(SurveyResponse::getSurveyVersionId).distinct().toList()).stream()
                .collect(Collectors.toMap(SurveyVersion::getId, Function.identity()));
        return waiting.stream().map(answer -> {
            SurveyResponse response = byId.get(answer.getResponseId());
            SurveyVersion version = versionsById.get(response.getSurveyVersionId());
            String question = version.getQuestions().stream().filter(q -> q.key().equals(answer.getQuestionKey()))
                    .map(Question::label).findFirst().orElse(answer.getQuestionKey());
            String text = answer.getAnswerValue();
            return new CommentToScreen(answer.getId(), version.getTitle(), question, text,
                    response.getSubmittedAt(), PersonalData.find(text), PersonalData.redact(text));
        }).toList();
    }

    @Transactional
    public void approve(long answerId) {
        Answer answer = pendingAnswer(answerId);
        if (!PersonalData.find(answer.getAnswerValue()).isEmpty()) {
            throw new InvalidSubmissionException(List.of(Problem.of("", "feedback.error.personalData")));
        }
        answer.screen(Screening.APPROVED, null, currentUser.require().username(), clock.instant());
    }

    /** Keeps the editor's version of the text in place of the original. */
    @Transactional
    public void redact(long answerId, String redacted) {
        Answer answer = pendingAnswer(answerId);
        String text = PlainText.tidy(redacted);
        Problem problem = text.isEmpty() ? Problem.of("text", "feedback.error.required")
                : AnswerRules.text("text", text, properties.maxText());
        if (problem == null && !PersonalData.find(text).isEmpty()) {
            problem = Problem.of("text", "feedback.error.personalData");
        }
        if (problem != null) {
            throw new InvalidSubmissionException(List.of(problem));
        }
        answer.screen(Screening.REDACTED, text, currentUser.require().username(), clock.instant());
    }

    /** Abuse, or nothing worth keeping public: never shown anywhere. */
    @Transactional
    public void hide(long answerId) {
        pendingAnswer(answerId).screen(Screening.HIDDEN, null, currentUser.require().username(), clock.instant());
    }

    private Answer pendingAnswer(long answerId) {
        return answers.findById(answerId).filter(a -> a.getScreening() == Screening.PENDING)
                .orElseThrow(() -> new IllegalArgumentException("Comment " + answerId + " is not waiting for screening"));
    }
}
