package org.familyhub.search.index;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events whose delivery failed (any listener, not only the index), once the search engine
 * answers; while it does not, waits twice as long each time (up to two minutes) rather than hammering it.
 * <p>
 * Only publications marked {@code FAILED} are taken: a listener that threw, or one that the staleness monitor
 * gave up on ({@code spring.modulith.events.staleness.*} in application.yml: a node that died mid-delivery, a
 * database that went away before the failure could be recorded). A delivery still running is never started a
 * second time beside itself, however long it takes.
 */
@Component
class OutboxRetry {

    static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

    private final FailedEventPublications failed;
    private final ElasticsearchClient client;
    private final Clock clock;
    private Duration wait = FIRST_WAIT;
    private Instant nextAttempt = Instant.EPOCH;

    OutboxRetry(FailedEventPublications failed, ElasticsearchClient client, Clock clock) {
        this.failed = failed;
        this.client = client;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${familyhub.search.retry-check:2s}")
    @SchedulerLock(name = "search-outbox-retry")
    void retry() {
        Instant now = clock.instant();
        if (now.isBefore(nextAttempt)) {
            return;
        }
        if (searchEngineAnswers()) {
            wait = FIRST_WAIT;
            failed.resubmit(ResubmissionOptions.defaults());
        } else {
            log.warn("event=search-engine-unavailable retry-in={}s", wait.toSeconds());
            nextAttempt = now.plus(wait);
            wait = longer(wait);
        }
    }

    /** The next wait for an engine that still does not answer: twice the last, up to {@link #LONGEST_WAIT}. */
    static Duration longer(Duration wait) {
        return wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
    }

    private boolean searchEngineAnswers() {
        try {
            client.cluster().health();
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
