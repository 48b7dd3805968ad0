package org.familyhub.directory.feed;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pulls every registered feed with a base URL once per {@code familyhub.feed.pull-interval} (6h;
 * {@code 0} switches pulling off). Checked every minute; a new feed is first pulled one interval after it
 * was registered (or at once by the administrator). Changes only, with a full pull at most daily.
 */
@Component
class FeedSchedule {

    private final FeedImport feeds;
    private final Duration interval;

    FeedSchedule(FeedImport feeds, @Value("${familyhub.feed.pull-interval:6h}") Duration interval) {
        this.feeds = feeds;
        this.interval = interval;
    }

    @Scheduled(fixedDelayString = "${familyhub.feed.check-every:PT1M}",
            initialDelayString = "${familyhub.feed.check-every:PT1M}")
    @SchedulerLock(name = "feed-pulls")
    void pullDue() {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        feeds.pullDue(interval);
    }
}
