package org.familyhub.frontdoor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.familyhub.frontdoor.domain.HelpRequest;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.familyhub.frontdoor.domain.RequestAuditRepository;
import org.familyhub.mail.Mail;
import org.familyhub.search.ZeroResultSearches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgets the family's details of requests closed longer ago than the retention period (UK GDPR:
 * kept no longer than needed). What the report card counts (status, outcome, locality, service, the
 * times) stays, so the figures do not change when the people behind them are forgotten. E-mails sent longer
 * ago than the retention period go too, and the words of searches that found nothing after their own period.
 * Event publications need nothing here: delivered ones are deleted as they complete
 * ({@code spring.modulith.events.completion-mode: delete}) and events carry ids only.
 */
@Component
class RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final HelpRequestRepository requests;
    private final RequestAuditRepository audit;
    private final AuditTrail trail;
    private final FrontDoorProperties properties;
    private final ZeroResultSearches searchGaps;
    private final Mail mail;
    private final Clock clock;
    private final TransactionTemplate transactions;

    RetentionPurge(HelpRequestRepository requests, RequestAuditRepository audit, AuditTrail trail,
            FrontDoorProperties properties, ZeroResultSearches searchGaps, Mail mail, Clock clock,
            TransactionTemplate transactions) {
        this.requests = requests;
        this.audit = audit;
        this.trail = trail;
        this.properties = properties;
        this.searchGaps = searchGaps;
        this.mail = mail;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Looks every hour; each run purges only what has passed the retention period, so runs can overlap days. */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "${familyhub.frontdoor.purge-check-every:PT1H}")
    @SchedulerLock(name = "front-door-retention-purge")
    void scheduled() {
        purge(clock.instant());
    }

    /**
     * Purges what was closed before {@code now} less the retention period, in one transaction whoever calls it
     * (an annotation would be skipped when the schedule calls it from this class); answers how many requests.
     */
    int purge(Instant now) {
        Integer purged = transactions.execute(status -> purgeDue(now));
        return purged == null ? 0 : purged;
    }

    private int purgeDue(Instant now) {
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
        int searches = searchGaps.forgetBefore(now.minus(properties.searchGapRetention()));
        int emails = mail.forgetSentBefore(now.minus(properties.retention()));
        if (searches > 0 || emails > 0) {
            LOG.info("event=retention-purge search-gaps-deleted={} sent-emails-deleted={}", searches, emails);
        }
        return due.size();
    }
}
