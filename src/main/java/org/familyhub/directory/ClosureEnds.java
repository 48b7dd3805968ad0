package org.familyhub.directory;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sets a temporarily closed service back to active once the last day of its closure has passed (by the portal
 * clock, in the council's zone), so nobody has to remember to. Pages and search already show it open from that
 * day, as they decide on the day ({@link Closure#closedOn}); this makes the database and the index say so too.
 * A batch per transaction, each raising {@link ServicesChanged}, however many closures end on one day.
 */
@Component
class ClosureEnds {

    private static final Logger LOG = LoggerFactory.getLogger(ClosureEnds.class);
    private static final int BATCH = 200;

    private final DirectoryChanges changes;
    private final Clock clock;

    ClosureEnds(DirectoryChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${familyhub.directory.closure-check-every:PT15M}")
    @SchedulerLock(name = "closure-ends", lockAtMostFor = "PT10M")
    void scheduled() {
        reopenEnded(LocalDate.now(clock));
    }

    /** Reopens every service whose closure ended before {@code today}; answers how many. */
    int reopenEnded(LocalDate today) {
        int reopened = 0;
        int done;
        do {
            done = changes.reopenEnded(today, BATCH);
            reopened += done;
        } while (done == BATCH);
        if (reopened > 0) {
            LOG.info("event=closures-ended services={}", reopened);
        }
        return reopened;
    }
}
