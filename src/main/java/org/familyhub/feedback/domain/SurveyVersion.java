package org.familyhub.feedback.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.familyhub.feedback.Audience;
import org.familyhub.feedback.Question;
import org.jspecify.annotations.Nullable;

/** One version of a survey. Never changed once saved: the questions people answered stay as they were. */
@Entity
public class SurveyVersion {

    @Id
    private UUID id;
    private UUID surveyId;
    private int version;
    private String title;
    private @Nullable String intro;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    private @Nullable LocalDate opensOn;
    private @Nullable LocalDate closesOn;
    private boolean allowContact;
    private String questions;
    private Instant createdAt;
    private String createdBy;

    protected SurveyVersion() {
    }

    public SurveyVersion(UUID id, UUID surveyId, int version, String title, @Nullable String intro,
            Audience audience, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn, boolean allowContact,
            List<Question> questions, Instant createdAt, String createdBy) {
        this.id = id;
        this.surveyId = surveyId;
        this.version = version;
        this.title = title;
        this.intro = intro;
        this.audience = audience;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.allowContact = allowContact;
        this.questions = QuestionsJson.write(questions);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public boolean isOpenOn(LocalDate day) {
        return (opensOn == null || !day.isBefore(opensOn)) && (closesOn == null || !day.isAfter(closesOn));
    }

    public UUID getId() { return id; }
    public UUID getSurveyId() { return surveyId; }
    public int getVersion() { return version; }
    public String getTitle() { return title; }
    public @Nullable String getIntro() { return intro; }
    public Audience getAudience() { return audience; }
    public @Nullable LocalDate getOpensOn() { return opensOn; }
    public @Nullable LocalDate getClosesOn() { return closesOn; }
    public boolean isAllowContact() { return allowContact; }
    public List<Question> getQuestions() { return QuestionsJson.read(questions); }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
