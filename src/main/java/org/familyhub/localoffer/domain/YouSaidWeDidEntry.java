package org.familyhub.localoffer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A comment about the Local Offer published with the council's response. The comment is the screened
 * text (copied, so a later change in the feedback module cannot change what was published).
 */
@Entity
@Table(name = "you_said_we_did")
public class YouSaidWeDidEntry {

    @Id
    private UUID id;
    /** The feedback answer it came from; null for entries written by the council (the sample content). */
    private @Nullable Long answerId;
    private String youSaid;
    private LocalDate receivedOn;
    private String weDid;
    private String respondedBy;
    private Instant publishedAt;
    @Version
    @Column(nullable = false)
    private int version;

    protected YouSaidWeDidEntry() {
    }

    public YouSaidWeDidEntry(UUID id, @Nullable Long answerId, String youSaid, LocalDate receivedOn, String weDid,
            String respondedBy, Instant publishedAt) {
        this.id = id;
        this.answerId = answerId;
        this.youSaid = youSaid;
        this.receivedOn = receivedOn;
        this.weDid = weDid;
        this.respondedBy = respondedBy;
        this.publishedAt = publishedAt;
    }

    public UUID getId() { return id; }
    public @Nullable Long getAnswerId() { return answerId; }
    public String getYouSaid() { return youSaid; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getWeDid() { return weDid; }
    public String getRespondedBy() { return respondedBy; }
    public Instant getPublishedAt() { return publishedAt; }
}
