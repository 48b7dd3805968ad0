package org.familyhub.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.ListingSummary;
import org.familyhub.directory.Listings;
import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.familyhub.shared.DateText;
import org.familyhub.workspace.domain.StaleReminder;
import org.familyhub.workspace.domain.StaleReminderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping listings up to date: live listings not checked for six months are stale. Managers and
 * editors see them by locality; each organisation's providers are reminded by e-mail, at most once
 * per reminder period, through the mail outbox (so a reminder is sent exactly when it is recorded).
 */
@Service
@Transactional
public class Freshness {

    private static final Logger LOG = LoggerFactory.getLogger(Freshness.class);

    private final Listings listings;
    private final UserAccounts users;
    private final Mail mail;
    private final StaleReminderRepository reminders;
    private final WorkspaceAccess access;
    private final WorkspaceProperties properties;
    private final Clock clock;
    private final String areaName;
    private final DateText dates;

    Freshness(Listings listings, UserAccounts users, Mail mail, StaleReminderRepository reminders,
            WorkspaceAccess access, WorkspaceProperties properties, Clock clock,
            @Value("${familyhub.area-name:}") String areaName, DateText dates) {
        this.dates = dates;
        this.listings = listings;
        this.users = users;
        this.mail = mail;
        this.reminders = reminders;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
        this.areaName = areaName;
    }

    /** Managers and editors: each locality's live listings and the stale ones, most stale first. */
    @Transactional(readOnly = true)
    public List<StaleLocality> staleByLocality() {
        access.dashboardViewer();
        Map<ListingSummary.Area, List<ListingSummary>> byLocality = new LinkedHashMap<>();
        ListingSummary.Area wholeArea = new ListingSummary.Area("", areaName);
        for (ListingSummary listing : live()) {
            List<ListingSummary.Area> areas = listing.localities().isEmpty() ? List.of(wholeArea)
                    : listing.localities();
            areas.forEach(area -> byLocality.computeIfAbsent(area, a -> new ArrayList<>()).add(listing));
        }
        return byLocality.entrySet().stream()
                .map(e -> new StaleLocality(e.getKey().code(), e.getKey().name(), e.getValue().size(),
                        e.getValue().stream().filter(ListingSummary::stale).toList()))
                .sorted(Comparator.comparingInt((StaleLocality l) -> -l.stale().size())
                        .thenComparing(StaleLocality::name))
                .toList();
    }

    /**
     * Reminds each organisation's providers about its stale listings, unless they were reminded within
     * the period. Runs every morning ({@link FreshnessReminders}); returns how many e-mails were queued.
     */
    public int remindProviders() {
        Instant now = clock.instant();
        Map<UUID, List<ListingSummary>> staleByOrganisation = live().stream().filter(ListingSummary::stale)
                .collect(Collectors.groupingBy(ListingSummary::organisationId, LinkedHashMap::new,
                        Collectors.toList()));
        List<PortalUser> providers = users.withRole(Role.PROVIDER);
        int queued = 0;
        for (Map.Entry<UUID, List<ListingSummary>> entry : staleByOrganisation.entrySet()) {
            StaleReminder reminder = reminders.findById(entry.getKey()).orElse(null);
            if (reminder != null && reminder.getLastSentAt().plus(properties.reminderPeriod()).isAfter(now)) {
                continue;
            }
            List<String> addresses = providers.stream()
                    .filter(p -> entry.getKey().equals(p.organisationId()))
                    .map(PortalUser::email).filter(Objects::nonNull).distinct().toList();
            if (addresses.isEmpty()) {
                continue;
            }
            Email template = reminder(entry.getValue());
            addresses.forEach(to -> mail.queue(new Email(to, template.subject(), template.body())));
            queued += addresses.size();
            if (reminder == null) {
                reminders.save(new StaleReminder(entry.getKey(), now));
            } else {
                reminder.sent(now);
            }
        }
        LOG.info("event=stale-reminders organisations={} emails={}", staleByOrganisation.size(), queued);
        return queued;
    }

    private List<ListingSummary> live() {
        return listings.summaries().stream().filter(l -> l.status().equals("active")).toList();
    }

    private Email reminder(List<ListingSummary> stale) {
        String names = stale.stream().map(l -> "- " + l.name() + (l.assuredDate() == null ? " (never checked)"
                : " (last checked " + dates.date(l.assuredDate(), Locale.UK) + ")")).collect(Collectors.joining("\n"));
        String body = """
                Families rely on the directory being right. These listings of %s have not been checked \
                for six months, so the directory tells parents they may be out of date:

                %s

                Please sign in to the workspace (/workspace), check each one, and either confirm it is \
                still accurate or send us a change.
                """.formatted(stale.getFirst().organisationName(), names);
        return new Email("", "Please check your listings on the family directory", body);
    }
}
