package org.familyhub.feedback.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One value of one answer. Free text starts {@link Screening#PENDING}; the original is kept for the
 * record but only the screened text ({@link #shownText()}) is ever shown.
 */
@Entity
@Table(name = "survey_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private UUID responseId;
    private String questionKey;
    private String answerValue;
    @Enumerated(EnumType.STRING)
    private @Nullable Screening screening;
    private @Nullable String screenedText;
    private @Nullable String screenedBy;
    private @Nullable Instant screenedAt;

    protected Answer() {
    }

    public Answer(UUID responseId, String questionKey, String answerValue, boolean freeText) {
        this.responseId = responseId;
        this.questionKey = questionKey;
        this.answerValue = answerValue;
        this.screening = freeText ? Screening.PENDING : null;
    }

    public void screen(Screening outcome, @Nullable String text, String editor, Instant at) {
        this.screening = outcome;
        this.screenedText = outcome == Screening.REDACTED ? text : null;
        this.screenedBy = editor;
        this.screenedAt = at;
    }

    /** The text that may be shown: the approved original, the redacted version, or nothing. */
    public @Nullable String shownText() {
        if (screening == Screening.APPROVED) {
            return answerValue;
        }
        return screening == Screening.REDACTED ? screenedText : null;
    }

    public long getId() { return id == null ? 0 : id; }
    public UUID getResponseId() { return responseId; }
    public String getQuestionKey() { return questionKey; }
    public String getAnswerValue() { return answerValue; }
    public @Nullable Screening getScreening() { return screening; }
    public @Nullable String getScreenedBy() { return screenedBy; }
    public @Nullable Instant getScreenedAt() { return screenedAt; }
}
