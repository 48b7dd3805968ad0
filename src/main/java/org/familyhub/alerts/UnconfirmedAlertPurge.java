package org.familyhub.alerts;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, sign-ups nobody confirmed within {@link AlertProperties#unconfirmedFor()} are deleted. */
@Component
class UnconfirmedAlertPurge {

    private final SearchAlerts alerts;

    UnconfirmedAlertPurge(SearchAlerts alerts) {
        this.alerts = alerts;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "search-alert-unconfirmed-purge")
    void scheduled() {
        alerts.purgeUnconfirmed();
    }
}
