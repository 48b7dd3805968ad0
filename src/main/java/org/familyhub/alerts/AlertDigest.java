package org.familyhub.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.familyhub.mail.Mail;
import org.familyhub.search.SearchResults;
import org.familyhub.search.SearchService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly digest: for each confirmed alert, a page of alerts at a time, the search engine is asked for its search
 * with "new since the last digest" (services first published, programmes with a course newly open for booking), and
 * when anything is new ONE e-mail is queued through the outbox. The time is recorded either way, in the same
 * transaction as the e-mail and only if no other run recorded one since, so each week is sent once whichever node
 * runs it and however often. Nothing here reads every service: the engine filters 100,000 as cheaply as 100.
 */
@Component
class AlertDigest {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDigest.class);
    static final int PAGE = 200;

    private final AlertRows rows;
    private final SearchService search;
    private final AlertEmails emails;
    private final Mail mail;
    private final AlertProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AlertDigest(AlertRows rows, SearchService search, AlertEmails emails, Mail mail, AlertProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.rows = rows;
        this.search = search;
        this.emails = emails;
        this.mail = mail;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${familyhub.alerts.digest-cron:0 0 7 * * MON}", zone = "${familyhub.time-zone:Europe/London}")
    @SchedulerLock(name = "search-alert-digest", lockAtMostFor = "PT3H", lockAtLeastFor = "PT5M")
    void scheduled() {
        send();
    }

    /** Sends every confirmed alert its digest of what is new; answers how many e-mails were queued. */
    int send() {
        int queued = 0;
        int failed = 0;
        @Nullable UUID after = null;
        List<AlertRows.Alert> page;
        do {
            @Nullable UUID from = after;
            page = transactions.execute(status -> rows.confirmedAfter(from, PAGE));
            for (AlertRows.Alert alert : page) {
                try {
                    queued += digest(alert) ? 1 : 0;
                } catch (RuntimeException engineOrMail) {
                    // Its time is not recorded, so the next run tells it everything new since its last e-mail.
                    failed++;
                }
            }
            after = page.isEmpty() ? after : page.getLast().id();
        } while (page.size() == PAGE);
        LOG.info("event=alert-digest queued={} failed={}", queued, failed);
        return queued;
    }

    private boolean digest(AlertRows.Alert alert) {
        Instant now = clock.instant();
        SearchResults found = search.newMatches(SavedQuery.parse(alert.query()).orElseThrow()
                .query(properties.itemsPerEmail()).toBuilder().newSince(alert.newSince()).page(1).build());
        Boolean queued = transactions.execute(status -> {
            if (!rows.markSent(alert, now)) {
                return false;
            }
            if (found.total() == 0) {
                return false;
            }
            mail.queue(emails.digest(alert, found, rows.newLink(alert.id(), now)));
            return true;
        });
        return Boolean.TRUE.equals(queued);
    }
}
