package org.familyhub.directory.feed;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** Another publisher's feed: its ORUK API (base URL), or none when it is only uploaded as files. */
@Entity
class FeedSource {

    @Id
    private UUID id;
    private String name;
    private @Nullable String baseUrl;
    private Instant createdAt;
    private @Nullable Instant lastPulledAt;
    private @Nullable Instant lastFullPullAt;
    private @Nullable String lastStatus;
    private @Nullable String lastReport;
    private @Nullable String correctionsEmail;
    private String whoWins = WhoWins.LOCAL_EDITS.code();

    protected FeedSource() {
    }

    FeedSource(UUID id, String name, @Nullable String baseUrl, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.baseUrl = baseUrl;
        this.createdAt = createdAt;
    }

    void recordPull(@Nullable Instant pulledAt, boolean full, String status, String report) {
        if (pulledAt != null) {
            this.lastPulledAt = pulledAt;
            if (full) {
                this.lastFullPullAt = pulledAt;
            }
        }
        this.lastStatus = status;
        this.lastReport = report;
    }

    /** Where problem reports about this feed's listings are passed on; null: nobody, they stay with us. */
    void changeCorrectionsEmail(@Nullable String email) {
        this.correctionsEmail = email;
    }

    void changeWhoWins(WhoWins rule) {
        this.whoWins = rule.code();
    }

    UUID getId() { return id; }
    String getName() { return name; }
    @Nullable String getBaseUrl() { return baseUrl; }
    Instant getCreatedAt() { return createdAt; }
    @Nullable Instant getLastPulledAt() { return lastPulledAt; }
    @Nullable Instant getLastFullPullAt() { return lastFullPullAt; }
    @Nullable String getLastStatus() { return lastStatus; }
    @Nullable String getLastReport() { return lastReport; }
    @Nullable String getCorrectionsEmail() { return correctionsEmail; }
    WhoWins getWhoWins() { return WhoWins.ofCode(whoWins).orElse(WhoWins.LOCAL_EDITS); }
}
