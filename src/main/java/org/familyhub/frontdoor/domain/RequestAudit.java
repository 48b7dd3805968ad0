package org.familyhub.frontdoor.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One thing someone did to a request, opening it included: who, when, what. */
@Entity
@Table(name = "help_request_audit")
public class RequestAudit {

    @Id
    private UUID id;
    private UUID requestId;
    private Instant at;
    private String actor;
    private String action;
    private @Nullable String detail;

    protected RequestAudit() {
    }

    public RequestAudit(UUID requestId, Instant at, String actor, String action, @Nullable String detail) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
    }

    public void forgetDetail() {
        detail = null;
    }

    public UUID getRequestId() { return requestId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public @Nullable String getDetail() { return detail; }
}
