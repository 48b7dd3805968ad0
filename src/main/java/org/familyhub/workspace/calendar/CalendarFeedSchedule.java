package org.familyhub.workspace.calendar;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pulls each service's calendar feed once per {@code familyhub.calendar-feed.pull-interval} (6h; {@code 0}
 * switches pulling off) on one node of the cluster. Checked every few minutes, a batch of the longest-waiting feeds
 * at a time, so a new address is pulled soon after it is given and thousands of feeds spread over the interval.
 */
@Component
class CalendarFeedSchedule {

    private final CalendarFeedStore feeds;
    private final CalendarFeedPull pull;
    private final CalendarFeedProperties settings;
    private final Clock clock;

    CalendarFeedSchedule(CalendarFeedStore feeds, CalendarFeedPull pull, CalendarFeedProperties settings,
            Clock clock) {
        this.feeds = feeds;
        this.pull = pull;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${familyhub.calendar-feed.check-every:PT5M}",
            initialDelayString = "${familyhub.calendar-feed.check-every:PT5M}")
    @SchedulerLock(name = "calendar-feed-pulls")
    void pullDue() {
        if (settings.pullInterval().isZero() || settings.pullInterval().isNegative()) {
            return;
        }
        feeds.due(clock.instant().minus(settings.pullInterval()), settings.batch()).forEach(pull::pull);
    }
}
