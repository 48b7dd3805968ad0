package org.familyhub.workspace;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The morning's reminders about stale listings, on one node of the cluster only. Apart from {@link Freshness}
 * so that the call goes through its transactional proxy and the lock is taken before that transaction starts.
 */
@Component
class FreshnessReminders {

    private final Freshness freshness;

    FreshnessReminders(Freshness freshness) {
        this.freshness = freshness;
    }

    @Scheduled(cron = "${familyhub.workspace.reminder-cron:0 0 7 * * *}", zone = "${familyhub.time-zone:Europe/London}")
    @SchedulerLock(name = "workspace-freshness-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void remind() {
        freshness.remindProviders();
    }
}
