package org.familyhub.directory.feed;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.EmailAddress;
import org.familyhub.directory.WebAddress;
import org.familyhub.shared.LockConflicts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Imports other publishers' Open Referral UK feeds. Each record is validated and written in its own
 * transaction (with its {@code ServicesChanged} event), so a bad record, or one the database refuses,
 * never stops or rolls back the others; the report says what happened to each.
 */
@org.springframework.stereotype.Service
public class FeedImport {

    private static final Logger LOG = LoggerFactory.getLogger(FeedImport.class);

    private final FeedSourceRepository feeds;
    private final ServiceSourceRepository marks;
    private final FeedRecords records;
    private final FeedClient client;
    private final FeedPulls pulls;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    FeedImport(FeedSourceRepository feeds, ServiceSourceRepository marks, FeedRecords records, FeedClient client,
            FeedPulls pulls, PlatformTransactionManager transactions, Clock clock) {
        this.feeds = feeds;
        this.marks = marks;
        this.records = records;
        this.client = client;
        this.pulls = pulls;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * A registered feed, with the outcome of its last pull or upload.
     *
     * @param correctionsEmail where problem reports about its listings are passed on; null when nobody
     * @param whoWins {@code local_edits} (fields an editor changed keep the local value) or {@code feed}
     */
    public record FeedSummary(UUID id, String name, @Nullable String baseUrl, @Nullable String correctionsEmail,
            String createdAt, @Nullable String lastPulledAt, @Nullable String lastStatus,
            Map<String, Integer> lastCounts, String whoWins) {
    }

    /** Registers a publisher: with its ORUK API's base URL to be pulled, or without one for uploads only. */
    public FeedSummary register(String name, @Nullable String baseUrl) {
        return register(name, baseUrl, null);
    }

    /** Registers a publisher with the address its corrections go to (blank: none). */
    public FeedSummary register(String name, @Nullable String baseUrl, @Nullable String correctionsEmail) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("name must be given, at most 200 characters");
        }
        String base = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip();
        if (base != null && WebAddress.parse(base).isEmpty()) {
            throw new IllegalArgumentException("base_url must be an http(s) URL, e.g. https://example.org/api/oruk");
        }
        String contact = correctionsContact(correctionsEmail);
        FeedSource source = new FeedSource(UUID.randomUUID(), name.strip(), base, clock.instant());
        source.changeCorrectionsEmail(contact);
        return summary(tx.execute(status -> feeds.save(source)));
    }

    /** Changes (or, blank, removes) the address the feed's corrections go to. */
    public FeedSummary changeCorrectionsEmail(UUID feedId, @Nullable String correctionsEmail) {
        String contact = correctionsContact(correctionsEmail);
        return tx.execute(status -> {
            FeedSource source = feeds.findById(feedId).orElseThrow(() -> new UnknownFeedException(feedId));
            source.changeCorrectionsEmail(contact);
            return summary(source);
        });
    }

    /**
     * Administrators: whether fields an editor changed in this feed's listings keep the local value on the next
     * pulls ({@link WhoWins#LOCAL_EDITS}, the default) or take the feed's ({@link WhoWins#FEED}); see {@link LocalEdits}.
     */
    @RolesAllowed(Roles.ADMIN)
    public FeedSummary changeWhoWins(UUID feedId, WhoWins rule) {
        FeedSummary changed = tx.execute(status -> {
            FeedSource source = feeds.findById(feedId).orElseThrow(() -> new UnknownFeedException(feedId));
            source.changeWhoWins(rule);
            return summary(source);
        });
        LOG.info("Feed '{}': {} win", changed.name(), rule.code());
        return changed;
    }

    /**
     * The feed a service came from when that feed takes corrections; empty for the portal's own content and for
     * feeds without a corrections address.
     */
    public Optional<FeedPublisher> publisherOf(UUID serviceId) {
        return tx.execute(status -> marks.findById(serviceId).flatMap(mark -> feeds.findById(mark.getFeedSourceId())
                .filter(feed -> feed.getCorrectionsEmail() != null)
                .map(feed -> new FeedPublisher(feed.getId(), feed.getName(), mark.getExternalId(),
                        feed.getCorrectionsEmail()))));
    }

    private static @Nullable String correctionsContact(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return EmailAddress.parse(email).map(EmailAddress::value).orElseThrow(() -> new IllegalArgumentException(
                "corrections_email must be an e-mail address, e.g. corrections@example.org"));
    }

    public List<FeedSummary> sources() {
        return tx.execute(status -> feeds.findAllByOrderByName().stream().map(FeedImport::summary).toList());
    }

    public Optional<FeedSummary> source(UUID id) {
        return tx.execute(status -> feeds.findById(id).map(FeedImport::summary));
    }

    /** One pull or upload of a feed: when, which kind ({@code full}, {@code changes}, {@code file}), its outcome. */
    public record Pull(UUID id, Instant startedAt, Instant finishedAt, String mode, String status,
            Map<String, Integer> counts) {
    }

    /** The feed's newest pulls and uploads, newest first (at most {@value FeedPulls#KEPT} are kept). */
    public List<Pull> pulls(UUID feedId) {
        return pulls.newest(feedId, FeedPulls.KEPT);
    }

    /** The whole report of one of the feed's pulls or uploads. */
    public Optional<FeedReport> report(UUID feedId, UUID pullId) {
        return pulls.report(feedId, pullId);
    }

    /** How many listings came from the feed, and how many of them have fields kept from local edits. */
    public record Holdings(long listings, long withLocalEdits) {
    }

    /** For the feed's health on its screen: counted in the database, however many listings it brought. */
    public Holdings holdings(UUID feedId) {
        return tx.execute(status -> new Holdings(marks.countByFeedSourceId(feedId),
                marks.countByFeedSourceIdAndLockedFieldsIsNotNull(feedId)));
    }

    /** Whether a pull or upload of this feed is under way on this node. */
    public boolean importing(UUID feedId) {
        return running.contains(feedId);
    }

    /** The report of the feed's last pull or upload, as stored (JSON). */
    public Optional<String> lastReport(UUID id) {
        return tx.execute(status -> feeds.findById(id).map(FeedSource::getLastReport));
    }

    /** Who listed a service, for "Listed by …": the feed's name; empty for the portal's own content. */
    public Optional<String> sourceOf(UUID serviceId) {
        return tx.execute(status -> marks.findById(serviceId)
                .flatMap(mark -> feeds.findById(mark.getFeedSourceId())).map(FeedSource::getName));
    }

    /** Only the changes since the last pull when there was one, else everything. */
    public FeedReport pull(UUID sourceId) {
        return pull(sourceId, false);
    }

    /**
     * Pulls the feed. A full pull (the first one, or when asked) reads everything and retires the
     * source's services that are no longer in it; otherwise only services changed since the last pull
     * are asked for ({@code modified_after}).
     */
    public FeedReport pull(UUID sourceId, boolean full) {
        FeedSource source = load(sourceId);
        String base = source.getBaseUrl();
        if (base == null) {
            throw new IllegalStateException("Feed '" + source.getName() + "' has no base URL: upload its file instead.");
        }
        boolean everything = full || source.getLastPulledAt() == null;
        return exclusively(sourceId, () -> {
            Instant started = clock.instant();
            List<RecordOutcome> outcomes = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String error = null;
            try {
                client.services(base, everything ? null : source.getLastPulledAt(),
                        page -> page.forEach(node -> outcomes.add(one(sourceId, node, seen))));
            } catch (FeedUnavailableException e) {
                error = e.getMessage();
            }
            if (error == null && everything) {
                outcomes.addAll(retireMissing(sourceId, seen));
            }
            return finish(sourceId, everything ? "full" : "changes", started, error, outcomes,
                    error == null ? started : null, everything);
        });
    }

    /**
     * Imports an uploaded feed file: an array of fully nested services, or an HSDS page with them in
     * {@code contents}. The file is the publisher's whole feed, so its services missing from it are retired.
     */
    public FeedReport importFile(UUID sourceId, InputStream json) {
        load(sourceId);
        JsonNode document;
        try {
            document = FeedRecords.JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The feed file is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        JsonNode items = document == null ? null : document.isArray() ? document : document.get("contents");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException(
                    "The feed file must be an array of fully nested services or an HSDS page with 'contents'.");
        }
        return exclusively(sourceId, () -> {
            Instant started = clock.instant();
            List<RecordOutcome> outcomes = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonNode node : items) {
                outcomes.add(one(sourceId, node, seen));
            }
            outcomes.addAll(retireMissing(sourceId, seen));
            return finish(sourceId, "file", started, null, outcomes, null, false);
        });
    }

    /** For the schedule: pulls every feed with a base URL not pulled (or registered) within the interval. */
    void pullDue(Duration interval) {
        Instant now = clock.instant();
        for (FeedSummary summary : sources()) {
            FeedSource source = feeds.findById(summary.id()).orElse(null);
            if (source == null || source.getBaseUrl() == null) {
                continue;
            }
            Instant last = source.getLastPulledAt() == null ? source.getCreatedAt() : source.getLastPulledAt();
            if (last.plus(interval).isAfter(now)) {
                continue;
            }
            boolean full = source.getLastFullPullAt() == null
                    || source.getLastFullPullAt().plus(Duration.ofDays(1)).isBefore(now);
            try {
                FeedReport report = pull(source.getId(), full);
                LOG.info("Feed '{}' pulled: {} {}", source.getName(), report.status(), report.counts());
            } catch (RuntimeException e) {
                LOG.warn("Feed '{}' could not be pulled: {}", source.getName(), e.getMessage());
            }
        }
    }

    private RecordOutcome one(UUID sourceId, JsonNode node, Set<String> seen) {
        String id = node.isObject() ? FeedRecords.text(node, "id") : null;
        String name = node.isObject() ? FeedRecords.text(node, "name") : null;
        if (!node.isObject()) {
            return new RecordOutcome(null, null, RecordOutcome.REJECTED, List.of("not a JSON object"));
        }
        if (id != null) {
            seen.add(id.toLowerCase(Locale.ROOT));
        }
        try {
            // A deadlock (say, with the indexer reading a listing an editor has just published) is retried.
            return LockConflicts.retried("feed-record", () -> tx.execute(status -> records.importRecord(sourceId, node)));
        } catch (RuntimeException e) {
            LOG.debug("Feed record {} could not be saved", id, e);
            return new RecordOutcome(id, name, RecordOutcome.REJECTED, List.of("could not be saved: " + cause(e)));
        }
    }

    private List<RecordOutcome> retireMissing(UUID sourceId, Set<String> seen) {
        List<RecordOutcome> retired = new ArrayList<>();
        List<ServiceSource> imported = tx.execute(status -> marks.findByFeedSourceId(sourceId));
        for (ServiceSource mark : imported) {
            if (seen.contains(mark.getServiceId().toString())) {
                continue;
            }
            tx.execute(status -> records.retire(mark.getServiceId())).ifPresent(name -> retired.add(new RecordOutcome(
                    mark.getExternalId(), name, RecordOutcome.RETIRED, List.of("no longer in the feed: now inactive"))));
        }
        return retired;
    }

    private FeedReport finish(UUID sourceId, String mode, Instant started, @Nullable String error,
            List<RecordOutcome> outcomes, @Nullable Instant pulledAt, boolean full) {
        FeedSource source = load(sourceId);
        FeedReport report = FeedReport.of(sourceId, source.getName(), mode, started.toString(), error, outcomes);
        String json = FeedRecords.JSON.writeValueAsString(report);
        tx.executeWithoutResult(status -> {
            feeds.findById(sourceId).ifPresent(s -> s.recordPull(pulledAt, full, report.status(), json));
            pulls.record(report, clock.instant());
        });
        return report;
    }

    private FeedReport exclusively(UUID sourceId, java.util.function.Supplier<FeedReport> work) {
        if (!running.add(sourceId)) {
            throw new IllegalStateException("This feed is already being imported; try again when it has finished.");
        }
        try {
            return work.get();
        } finally {
            running.remove(sourceId);
        }
    }

    private FeedSource load(UUID id) {
        return tx.execute(status -> feeds.findById(id)).orElseThrow(() -> new UnknownFeedException(id));
    }

    private static FeedSummary summary(FeedSource source) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (source.getLastReport() != null) {
            try {
                FeedRecords.JSON.readTree(source.getLastReport()).path("counts").properties()
                        .forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
            } catch (JacksonException e) {
                // an unreadable old report only loses the summary
            }
        }
        return new FeedSummary(source.getId(), source.getName(), source.getBaseUrl(), source.getCorrectionsEmail(),
                source.getCreatedAt().toString(),
                source.getLastPulledAt() == null ? null : source.getLastPulledAt().toString(),
                source.getLastStatus(), counts, source.getWhoWins().code());
    }

    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
