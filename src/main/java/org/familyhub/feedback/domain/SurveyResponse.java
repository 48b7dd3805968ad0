package org.familyhub.feedback.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** One person's answers to one survey version, with where they gave them. */
@Entity
public class SurveyResponse {

    @Id
    private UUID id;
    private UUID surveyId;
    private UUID surveyVersionId;
    private @Nullable UUID serviceId;
    private @Nullable String localityCode;
    private @Nullable String pageRoute;
    private Instant submittedAt;
    private @Nullable String contactName;
    private @Nullable String contactEmail;
    private boolean contactConsent;
    /** What an outcome survey was about (the closed request): lets the report card count by level of need. */
    private @Nullable UUID subjectId;

    protected SurveyResponse() {
    }

    public SurveyResponse(UUID id, UUID surveyId, UUID surveyVersionId, @Nullable UUID serviceId,
            @Nullable String localityCode, @Nullable String pageRoute, Instant submittedAt,
            @Nullable String contactName, @Nullable String contactEmail, boolean contactConsent) {
        this.id = id;
        this.surveyId = surveyId;
        this.surveyVersionId = surveyVersionId;
        this.serviceId = serviceId;
        this.localityCode = localityCode;
        this.pageRoute = pageRoute;
        this.submittedAt = submittedAt;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactConsent = contactConsent;
    }

    /** Records what an invited outcome survey was about. */
    public void about(UUID subject) {
        this.subjectId = subject;
    }

    public @Nullable UUID getSubjectId() { return subjectId; }
    public UUID getId() { return id; }
    public UUID getSurveyId() { return surveyId; }
    public UUID getSurveyVersionId() { return surveyVersionId; }
    public @Nullable UUID getServiceId() { return serviceId; }
    public @Nullable String getLocalityCode() { return localityCode; }
    public @Nullable String getPageRoute() { return pageRoute; }
    public Instant getSubmittedAt() { return submittedAt; }
    public @Nullable String getContactName() { return contactName; }
    public @Nullable String getContactEmail() { return contactEmail; }
    public boolean isContactConsent() { return contactConsent; }
}
