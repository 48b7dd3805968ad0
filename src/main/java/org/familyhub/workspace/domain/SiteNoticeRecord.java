package org.familyhub.workspace.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A site-wide notice as stored: the text in each language, when it shows, who set it. */
@Entity
@Table(name = "site_notice")
public class SiteNoticeRecord {

    @Id
    private UUID id;
    private String english;
    private @Nullable String polish;
    private String level;
    private Instant startsAt;
    private Instant endsAt;
    private String setBy;
    private Instant setAt;

    protected SiteNoticeRecord() {
        this.id = UUID.randomUUID();
        this.english = "";
        this.level = "";
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.setBy = "";
        this.setAt = Instant.EPOCH;
    }

    public SiteNoticeRecord(UUID id, String english, @Nullable String polish, String level, Instant startsAt,
            Instant endsAt, String setBy, Instant setAt) {
        this.id = id;
        this.english = english;
        this.polish = polish;
        this.level = level;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    /** Ends a notice that has started at {@code now}, or earlier if it was to end sooner. */
    public void endAt(Instant now) {
        if (now.isBefore(endsAt) && now.isAfter(startsAt)) {
            endsAt = now;
        }
    }

    public UUID getId() { return id; }
    public String getEnglish() { return english; }
    public @Nullable String getPolish() { return polish; }
    public String getLevel() { return level; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getSetBy() { return setBy; }
    public Instant getSetAt() { return setAt; }
}
