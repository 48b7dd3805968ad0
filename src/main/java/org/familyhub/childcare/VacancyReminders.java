package org.familyhub.childcare;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.UserAccounts;
import org.familyhub.childcare.domain.ChildcareRepository;
import org.familyhub.directory.ServiceOwner;
import org.familyhub.directory.ServiceOwners;
import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.familyhub.shared.DateText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a month, each childcare provider whose vacancies were not updated in the last month is asked to update
 * them: an e-mail through the outbox to the provider's users (else the listing's own address), queued in the same
 * transaction that marks the listing reminded, so it goes once a month whichever node runs the job and however
 * often. Listings that are not live are left alone.
 */
@Component
class VacancyReminders {

    private static final Logger LOG = LoggerFactory.getLogger(VacancyReminders.class);
    /** A provider is reminded at most once in this many days, whatever the schedule. */
    static final int REMIND_EVERY_DAYS = 27;
    private static final int BATCH = 200;

    private final ChildcareRepository providers;
    private final ServiceOwners owners;
    private final UserAccounts accounts;
    private final Mail mail;
    private final DateText dates;
    private final Clock clock;
    private final TransactionTemplate transactions;

    VacancyReminders(ChildcareRepository providers, ServiceOwners owners, UserAccounts accounts, Mail mail,
            DateText dates, Clock clock, TransactionTemplate transactions) {
        this.providers = providers;
        this.owners = owners;
        this.accounts = accounts;
        this.mail = mail;
        this.dates = dates;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${familyhub.childcare.reminder-cron:0 0 9 1 * *}", zone = "${familyhub.time-zone:Europe/London}")
    // Held at least 5 minutes, like the other reminders: a node firing a little late skips the month's turn.
    @SchedulerLock(name = "childcare-vacancy-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5M")
    void scheduled() {
        remind();
    }

    /** Answers how many live listings' providers were e-mailed. */
    int remind() {
        Integer done = transactions.execute(status -> remindDue());
        return done == null ? 0 : done;
    }

    private int remindDue() {
        LocalDate today = LocalDate.now(clock);
        Instant updatedBefore = today.minusMonths(1).atStartOfDay(clock.getZone()).toInstant();
        LocalDate notRemindedSince = today.minusDays(REMIND_EVERY_DAYS);
        List<PortalUser> providerUsers = accounts.withRole(Role.PROVIDER);
        int reminded = 0;
        List<UUID> due = providers.dueForReminder(updatedBefore, notRemindedSince, BATCH);
        while (!due.isEmpty()) {
            for (UUID serviceId : due) {
                var live = owners.of(serviceId).filter(owner -> "active".equals(owner.status()));
                if (live.isPresent() && send(live.get(), providerUsers)) {
                    reminded++;
                }
                providers.markReminded(serviceId, today);
            }
            due = providers.dueForReminder(updatedBefore, notRemindedSince, BATCH);
        }
        if (reminded > 0) {
            LOG.info("event=childcare-vacancy-reminders listings={}", reminded);
        }
        return reminded;
    }

    private boolean send(ServiceOwner owner, List<PortalUser> providerUsers) {
        List<String> addresses = providerUsers.stream().filter(u -> owner.organisationId().equals(u.organisationId()))
                .map(PortalUser::email).filter(Objects::nonNull).distinct().toList();
        if (addresses.isEmpty() && owner.email() != null) {
            addresses = List.of(owner.email());
        }
        String body = """
                Parents looking for childcare see the vacancies of %s as you last gave them. Vacancies not \
                updated for three months are shown to parents as unknown.

                Please sign in to the workspace and update your vacancies and fees (/workspace/childcare/%s). \
                It takes under a minute, and parents see the change straight away.

                Sent on %s.
                """.formatted(owner.serviceName(), owner.serviceId(), dates.date(LocalDate.now(clock), Locale.UK));
        addresses.forEach(to -> mail.queue(new Email(to, "Please update your childcare vacancies", body)));
        return !addresses.isEmpty();
    }
}
