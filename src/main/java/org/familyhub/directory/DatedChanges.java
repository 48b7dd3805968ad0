package org.familyhub.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiFunction;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Does what editors set dates for, so nobody has to remember to (by the portal clock, in the council's zone):
 * reopens a temporarily closed service once the last day of its closure has passed, lists a service on its first
 * listed day and takes it down after its last. Pages and search already show a closure's end on the day
 * ({@link Closure#closedOn}); this makes the database and the index say so too. A batch per transaction, each
 * raising {@link ServicesChanged}, however many dates fall on one day.
 */
@Component
class DatedChanges {

    private static final Logger LOG = LoggerFactory.getLogger(DatedChanges.class);
    private static final int BATCH = 200;

    private final DirectoryChanges changes;
    private final Clock clock;

    DatedChanges(DirectoryChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${familyhub.directory.closure-check-every:PT15M}")
    @SchedulerLock(name = "closure-ends")
    void scheduled() {
        LocalDate today = LocalDate.now(clock);
        reopenEnded(today);
        publishDue(today);
        withdrawEnded(today);
    }

    /** Reopens every service whose closure ended before {@code today}; answers how many. */
    int reopenEnded(LocalDate today) {
        return inBatches(today, changes::reopenEnded, "closures-ended");
    }

    /** Lists every service whose first listed day is {@code today} or earlier; answers how many. */
    int publishDue(LocalDate today) {
        return inBatches(today, changes::publishDue, "listings-published-on-date");
    }

    /** Takes down every service whose last listed day was before {@code today}; answers how many. */
    int withdrawEnded(LocalDate today) {
        return inBatches(today, changes::withdrawEnded, "listings-withdrawn-on-date");
    }

    private int inBatches(LocalDate today, BiFunction<LocalDate, Integer, Integer> batch, String event) {
        int total = 0;
        int done;
        do {
            done = batch.apply(today, BATCH);
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            LOG.info("event={} services={}", event, total);
        }
        return total;
    }
}
