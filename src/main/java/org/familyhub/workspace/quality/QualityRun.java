package org.familyhub.workspace.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One pass of every data quality check: each check's findings are recorded a page at a time, then the findings of
 * that kind it did not make again are closed. A check that fails is logged and the others still run.
 */
@Component
public class QualityRun {

    /** The lock the nightly job and an editor's "Check now" share, so the cluster runs the checks once at a time. */
    static final String LOCK = "workspace-data-quality";
    private static final Logger LOG = LoggerFactory.getLogger(QualityRun.class);

    private final List<QualityCheck> checks;
    private final QualityTaskStore store;
    private final DefaultLockingTaskExecutor locking;

    QualityRun(List<QualityCheck> checks, QualityTaskStore store, LockProvider locks) {
        this.checks = List.copyOf(checks);
        this.store = store;
        this.locking = new DefaultLockingTaskExecutor(locks);
    }

    /** Every check, now, on this thread (the nightly job holds the cluster lock already). */
    public void run() {
        checks.forEach(this::run);
    }

    /** Starts every check in the background unless a run is under way somewhere in the cluster. */
    public void startNow() {
        LockConfiguration lock = new LockConfiguration(Instant.now(), LOCK, Duration.ofHours(4), Duration.ZERO);
        Thread.ofVirtual().name("data-quality").start(() -> locking.executeWithLock((Runnable) this::run, lock));
    }

    void run(QualityCheck check) {
        UUID run = UUID.randomUUID();
        AtomicInteger found = new AtomicInteger();
        try {
            boolean made = check.check(page -> {
                store.record(page, run);
                found.addAndGet(page.size());
            });
            int closed = made ? store.closeUnseen(check.kind(), run) : 0;
            LOG.info("event=quality-check kind={} made={} found={} closed={}", check.kind(), made, found, closed);
        } catch (RuntimeException e) {
            LOG.warn("event=quality-check-failed kind={} found={}", check.kind(), found, e);
        }
    }
}
