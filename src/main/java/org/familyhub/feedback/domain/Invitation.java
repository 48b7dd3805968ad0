package org.familyhub.feedback.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An outcome survey sent for one closed request. The family's address is not kept here, only in the mail outbox. */
@Entity
@Table(name = "survey_invitation")
public class Invitation {

    @Id
    private UUID id;
    private String token;
    private UUID surveyId;
    private UUID subjectId;
    private @Nullable UUID serviceId;
    private @Nullable String localityCode;
    private Instant sentAt;
    private @Nullable Instant answeredAt;

    protected Invitation() {
    }

    public Invitation(UUID id, String token, UUID surveyId, UUID subjectId, @Nullable UUID serviceId,
            @Nullable String localityCode, Instant sentAt) {
        this.id = id;
        this.token = token;
        this.surveyId = surveyId;
        this.subjectId = subjectId;
        this.serviceId = serviceId;
        this.localityCode = localityCode;
        this.sentAt = sentAt;
    }

    public void answered(Instant at) {
        this.answeredAt = at;
    }

    public UUID getId() { return id; }
    public String getToken() { return token; }
    public UUID getSurveyId() { return surveyId; }
    public UUID getSubjectId() { return subjectId; }
    public @Nullable UUID getServiceId() { return serviceId; }
    public @Nullable String getLocalityCode() { return localityCode; }
    public Instant getSentAt() { return sentAt; }
    public @Nullable Instant getAnsweredAt() { return answeredAt; }
}
