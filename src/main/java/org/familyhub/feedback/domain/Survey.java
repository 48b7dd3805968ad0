package org.familyhub.feedback.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.familyhub.feedback.Audience;
import org.jspecify.annotations.Nullable;

/** A survey: what stays the same across its versions. */
@Entity
public class Survey {

    @Id
    private UUID id;
    private @Nullable String code;
    private String title;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    private int currentVersion;
    private Instant createdAt;
    private String createdBy;

    protected Survey() {
    }

    public Survey(UUID id, @Nullable String code, String title, Audience audience, Instant createdAt,
            String createdBy) {
        this.id = id;
        this.code = code;
        this.title = title;
        this.audience = audience;
        this.currentVersion = 0;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Makes the next version current and returns its number. */
    public int nextVersion(String title, Audience audience) {
        this.title = title;
        this.audience = audience;
        return ++currentVersion;
    }

    public UUID getId() { return id; }
    public @Nullable String getCode() { return code; }
    public String getTitle() { return title; }
    public Audience getAudience() { return audience; }
    public int getCurrentVersion() { return currentVersion; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
