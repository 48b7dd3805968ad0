package org.familyhub.folders;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes folders nobody changed for {@link FolderProperties#keptFor()} (UK GDPR: kept no longer than needed), their
 * items and any recorded address with them. One node runs it at a time (ShedLock); each run deletes only what is due.
 */
@Component
class FolderRetention {

    private static final Logger LOG = LoggerFactory.getLogger(FolderRetention.class);

    private final FolderRows rows;
    private final FolderProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FolderRetention(FolderRows rows, FolderProperties properties, TransactionTemplate transactions, Clock clock) {
        this.rows = rows;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT7M", fixedDelayString = "${familyhub.folders.purge-check-every:PT6H}")
    @SchedulerLock(name = "folder-retention")
    void scheduled() {
        purge(clock.instant());
    }

    /** Deletes the folders untouched since {@code now} less the period; answers how many. */
    int purge(Instant now) {
        Integer deleted = transactions.execute(status -> rows.deleteUntouchedBefore(now.minus(properties.keptFor())));
        int count = deleted == null ? 0 : deleted;
        if (count > 0) {
            LOG.info("event=folder-retention deleted={}", count);
        }
        return count;
    }
}
