package org.familyhub.frontdoor;

import java.time.Clock;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.frontdoor.domain.HelpRequest;
import org.familyhub.frontdoor.domain.RequestAudit;
import org.familyhub.frontdoor.domain.RequestAuditRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Writes down who did what to a request, in the same transaction as the change itself. */
@Component
class AuditTrail {

    /** The actor of a family's own submission, who has no account. */
    static final String FAMILY = "family";
    static final String SYSTEM = "system";

    private final RequestAuditRepository audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(RequestAuditRepository audit, CurrentUser currentUser, Clock clock) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void record(HelpRequest request, String action, @Nullable String detail) {
        String actor = currentUser.get().map(PortalUser::username).orElse(FAMILY);
        audit.save(new RequestAudit(request.getId(), clock.instant(), actor, action, detail));
    }

    void recordBy(String actor, HelpRequest request, String action, @Nullable String detail) {
        audit.save(new RequestAudit(request.getId(), clock.instant(), actor, action, detail));
    }
}
