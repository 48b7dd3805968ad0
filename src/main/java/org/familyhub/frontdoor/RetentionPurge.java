package org.familyhub.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.familyhub.frontdoor.domain.HelpRequest;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.familyhub.frontdoor.domain.RequestAuditRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets the family's details of requests closed longer ago than the retention period (UK GDPR:
 * kept no longer than needed). What the report card counts (status, outcome, locality, service, the
 * times) stays, so the figures do not change when the people behind them are forgotten.
 */
@Component
class RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final HelpRequestRepository requests;
    private final RequestAuditRepository audit;
    private final AuditTrail trail;
    private final FrontDoorProperties properties;
    private final Clock clock;

    RetentionPurge(HelpRequestRepository requests, RequestAuditRepository audit, AuditTrail trail,
            FrontDoorProperties properties, Clock clock) {
        this.requests = requests;
        this.audit = audit;
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
    }

    /** Looks every hour; each run purges only what has passed the retention period, so runs can overlap days. */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "${familyhub.frontdoor.purge-check-every:PT1H}")
    void scheduled() {
        purge(clock.instant());
    }

    /** Purges what was closed before {@code now} less the retention period; answers how many requests. */
    @Transactional
    int purge(Instant now) {
        List<HelpRequest> due = requests.findClosedBeforeNotPurged(now.minus(properties.retention()));
        for (HelpRequest request : due) {
            request.purgePersonalData(now);
            // Decline reasons and notes in the history may name people too.
            audit.findByRequestIdOrderByAtAsc(request.getId()).forEach(entry -> entry.forgetDetail());
            trail.recordBy(AuditTrail.SYSTEM, request, "PURGED", null);
        }
        if (!due.isEmpty()) {
            LOG.info("Retention purge forgot the personal data of {} closed requests", due.size());
        }
        return due.size();
    }
}
