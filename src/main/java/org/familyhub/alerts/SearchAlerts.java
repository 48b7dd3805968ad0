package org.familyhub.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.familyhub.mail.Mail;
import org.familyhub.portal.ShortlistEmail;
import org.familyhub.shared.ratelimit.Limit;
import org.familyhub.shared.ratelimit.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent's saved searches: signed up with an address and the search's query string, confirmed by the link sent
 * there (double opt-in: nothing but that one e-mail goes to an address until its owner says yes), and deleted, not
 * flagged, when they unsubscribe. Anyone may call these: families have no account, and each link is its own secret.
 */
@Service
public class SearchAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(SearchAlerts.class);
    static final Set<String> LANGUAGES = Set.of("en", "pl");

    /** What became of a sign-up; only {@link #SENT} stored anything. */
    public enum SignUp { SENT, BAD_ADDRESS, BAD_SEARCH, TOO_MANY }

    private final AlertRows rows;
    private final AlertEmails emails;
    private final Mail mail;
    private final RateLimiter limiter;
    private final Limit perAddress;
    private final AlertProperties properties;
    private final Clock clock;

    SearchAlerts(AlertRows rows, AlertEmails emails, Mail mail, RateLimiter limiter, AlertProperties properties,
            Clock clock) {
        this.rows = rows;
        this.emails = emails;
        this.mail = mail;
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
        this.perAddress = new Limit("alert-sign-ups", properties.signUpsPerAddress(), properties.signUpsPerAddress(),
                Duration.ofDays(1));
    }

    /**
     * Stores the alert unconfirmed and queues the confirmation e-mail in the same transaction. The same search for
     * the same address again stores and sends nothing more, but answers the same, so the form tells nobody whether an
     * address has alerts.
     *
     * @param language the page's language, {@code en} or {@code pl}; the e-mails are written in it
     */
    @Transactional
    public SignUp signUp(String address, String query, String language) {
        if (!ShortlistEmail.validAddress(address)) {
            return SignUp.BAD_ADDRESS;
        }
        Optional<SavedQuery> saved = SavedQuery.parse(query);
        if (saved.isEmpty()) {
            return SignUp.BAD_SEARCH;
        }
        String email = address.strip().toLowerCase(Locale.ROOT);
        if (!limiter.tryTake(perAddress, email).allowed()) {
            LOG.info("event=alert-sign-up-refused reason=too-many-for-address");
            return SignUp.TOO_MANY;
        }
        if (rows.exists(email, saved.get().text())) {
            return SignUp.SENT;
        }
        Instant now = clock.instant();
        AlertRows.Alert alert = new AlertRows.Alert(UUID.randomUUID(), email, saved.get().text(),
                LANGUAGES.contains(language) ? language : "en", now, null, null);
        rows.insert(alert);
        mail.queue(emails.confirmation(alert, rows.newLink(alert.id(), now)));
        LOG.info("event=alert-signed-up alert={}", alert.id());
        return SignUp.SENT;
    }

    /** Whether a link still belongs to an alert (it was not unsubscribed or purged). */
    @Transactional(readOnly = true)
    public boolean linkWorks(String token) {
        return rows.byLink(token).isPresent();
    }

    /** Confirms the alert of a confirmation link; false when the link is unknown (wrong, or the alert is gone). */
    @Transactional
    public boolean confirm(String token) {
        Optional<AlertRows.Alert> alert = rows.byLink(token);
        alert.ifPresent(a -> {
            if (rows.confirm(a.id(), clock.instant())) {
                LOG.info("event=alert-confirmed alert={}", a.id());
            }
        });
        return alert.isPresent();
    }

    /** Deletes the alert of any of its e-mails' links at once; false when it was already gone. */
    @Transactional
    public boolean unsubscribe(String token) {
        Optional<AlertRows.Alert> alert = rows.byLink(token);
        alert.ifPresent(a -> {
            rows.delete(a.id());
            LOG.info("event=alert-unsubscribed alert={}", a.id());
        });
        return alert.isPresent();
    }

    /** Deletes the sign-ups nobody confirmed in time; answers how many. */
    @Transactional
    public int purgeUnconfirmed() {
        int purged = rows.deleteUnconfirmedBefore(clock.instant().minus(properties.unconfirmedFor()));
        if (purged > 0) {
            LOG.info("event=alert-unconfirmed-purged count={}", purged);
        }
        return purged;
    }
}
