package org.familyhub.workspace.quality;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly data quality checks, on one node of the cluster only. */
@Component
class QualityNightly {

    private final QualityRun run;

    QualityNightly(QualityRun run) {
        this.run = run;
    }

    @Scheduled(cron = "${familyhub.quality.cron:0 30 2 * * *}", zone = "${familyhub.time-zone:Europe/London}")
    @SchedulerLock(name = QualityRun.LOCK, lockAtMostFor = "PT4H", lockAtLeastFor = "PT5M")
    void check() {
        run.run();
    }
}
