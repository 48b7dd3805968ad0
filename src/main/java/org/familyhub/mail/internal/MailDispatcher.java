package org.familyhub.mail.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.familyhub.mail.Email;
import org.familyhub.mail.FamilyContactHold;
import org.familyhub.mail.SentEmail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due from the outbox. Each e-mail is first claimed (its next attempt pushed past the time a
 * send can take), so two portal instances never send it twice; a failure waits 30 s, then twice as long each
 * time, up to an hour, and is tried again until the mail server takes it. Nothing is ever dropped, except an
 * e-mail to a family about a case some {@link FamilyContactHold} holds at the moment of sending: that one is
 * withheld, never sent, and stays in the outbox saying so.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int BATCH = 50;
    private static final Duration RECORD_AGAIN = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final MailTransport transport;
    private final List<FamilyContactHold> holds;
    private final Clock clock;

    MailDispatcher(JdbcClient jdbc, MailTransport transport, List<FamilyContactHold> holds, Clock clock) {
        this.jdbc = jdbc;
        this.transport = transport;
        this.holds = holds;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${familyhub.mail.dispatch-interval:5s}", initialDelayString = "${familyhub.mail.dispatch-interval:5s}")
    @SchedulerLock(name = "mail-dispatcher")
    void onSchedule() {
        dispatchDue();
    }

    /**
     * Sends every e-mail that is due now, {@value #BATCH} at a time, oldest first; answers how many the mail server
     * took. Each one tried is no longer due (sent, withheld, or waiting for its next attempt), so the rounds end.
     */
    public int dispatchDue() {
        Instant now = clock.instant();
        int sent = 0;
        List<SentEmail> due;
        do {
            due = jdbc.sql("""
                    select * from outgoing_email where sent_at is null and withheld_at is null and next_attempt_at <= ?
                    order by queued_at limit ?""")
                    .params(Timestamp.from(now), BATCH).query(MailOutbox::row).list();
            for (SentEmail email : due) {
                if (claim(email.id(), now)) {
                    if (held(email)) {
                        withhold(email);
                    } else {
                        sent += send(email) ? 1 : 0;
                    }
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    /** Makes every unsent e-mail due at once and sends it: the mail server is back, no need to wait. */
    public int retryNow() {
        jdbc.sql("update outgoing_email set next_attempt_at = ? where sent_at is null and withheld_at is null")
                .param(Timestamp.from(clock.instant())).update();
        return dispatchDue();
    }

    private boolean claim(UUID id, Instant now) {
        return jdbc.sql("""
                update outgoing_email set next_attempt_at = ?
                where id = ? and sent_at is null and next_attempt_at <= ?""")
                .params(Timestamp.from(now.plus(CLAIM)), id, Timestamp.from(now)).update() == 1;
    }

    /** Asked at the moment of sending, so a hold raised after the e-mail was queued still stops it. */
    private boolean held(SentEmail email) {
        UUID familyCase = email.familyCase();
        return familyCase != null && holds.stream().anyMatch(hold -> hold.holds(familyCase));
    }

    private void withhold(SentEmail email) {
        jdbc.sql("update outgoing_email set withheld_at = ?, last_error = ? where id = ?")
                .params(Timestamp.from(clock.instant()), "Withheld: the family may not be contacted about this case",
                        email.id()).update();
        log.info("E-mail {} withheld: the family may not be contacted about its case", email.id());
    }

    private boolean send(SentEmail email) {
        try {
            transport.send(new Email(email.to(), email.subject(), email.body(), email.headers()));
        } catch (Exception failure) {
            int attempts = email.attempts() + 1;
            Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 16));
            Instant next = clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
            String reason = String.valueOf(failure.getMessage());
            jdbc.sql("update outgoing_email set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                    .params(attempts, Timestamp.from(next), reason.substring(0, Math.min(reason.length(), 1000)),
                            email.id()).update();
            // The server's own words may quote the address: they stay in the table, the log names the failure only.
            log.warn("E-mail {} not sent (attempt {}), next try at {}: {}", email.id(), attempts, next,
                    failure.getClass().getSimpleName());
            return false;
        }
        recordSent(email);
        return true;
    }

    /**
     * The mail server has the e-mail: it is recorded as sent, waiting for the database while it is away (restarting)
     * for as long as the claim lasts. Taken for a failed send, it was sent again when the claim ran out, and the family
     * had it twice (the fault suite: MariaDB killed just after the mail server took a request's e-mail).
     */
    private void recordSent(SentEmail email) {
        long giveUp = System.nanoTime() + CLAIM.dividedBy(2).toNanos();
        while (true) {
            try {
                jdbc.sql("""
                        update outgoing_email set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?""")
                        .params(Timestamp.from(clock.instant()), email.id()).update();
                return;
            } catch (DataAccessException away) {
                if (System.nanoTime() - giveUp >= 0) {
                    throw away;
                }
                log.warn("E-mail {} sent, but not yet recorded as sent: {}", email.id(),
                        away.getClass().getSimpleName());
                try {
                    Thread.sleep(RECORD_AGAIN.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw away;
                }
            }
        }
    }
}
