package org.familyhub.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The audit of personal-data requests falls under retention too: its lines hold no one's details (the search is a
 * hash) but say who looked for whom, so they go after {@code familyhub.privacy.audit-retention} (six years by
 * default: long enough to answer a complaint to the ICO or a claim, whose limit is six years).
 */
@Component
class PrivacyAuditPurge {

    private final PrivacyAudit audit;
    private final Period retention;
    private final Clock clock;

    PrivacyAuditPurge(PrivacyAudit audit, @Value("${familyhub.privacy.audit-retention:P6Y}") String retention,
            Clock clock) {
        this.audit = audit;
        this.retention = Period.parse(retention);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT7M", fixedDelayString = "PT6H")
    @SchedulerLock(name = "privacy-audit-purge")
    void scheduled() {
        purge(clock.instant());
    }

    /** Deletes lines older than the retention period before {@code now}; answers how many. */
    int purge(Instant now) {
        return audit.forgetBefore(ZonedDateTime.ofInstant(now, clock.getZone()).minus(retention).toInstant());
    }
}
