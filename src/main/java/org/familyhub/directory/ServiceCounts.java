package org.familyhub.directory;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.familyhub.directory.domain.ServiceRepository;
import org.familyhub.directory.domain.ServiceRepository.LocalityCount;
import org.familyhub.directory.domain.ServiceRepository.TermCount;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many active services each locality and each category has, for the home page's tiles and the
 * locality and category pages. Counting is two grouped queries over every service (tens of milliseconds
 * at 100,000 services), so it is done when services change, not on every visit: again when a
 * {@link ServicesChanged} event is delivered (a burst of events counts once), and every
 * {@code familyhub.directory.count-refresh} for changes another portal sharing the database made.
 */
@Component
class ServiceCounts {

    private final ServiceRepository services;
    private final TransactionTemplate transaction;
    private final AtomicLong requested = new AtomicLong();
    private long countedUpTo;
    private volatile @Nullable Counts counts;

    ServiceCounts(ServiceRepository services, TransactionTemplate transaction) {
        this.services = services;
        this.transaction = transaction;
    }

    /** Active services by locality id and by category term id (the term or its sub-terms). */
    record Counts(Map<UUID, Long> byLocality, Map<UUID, Long> byCategory) {

        long locality(UUID id) {
            return byLocality.getOrDefault(id, 0L);
        }

        long category(UUID id) {
            return byCategory.getOrDefault(id, 0L);
        }
    }

    Counts current() {
        Counts current = counts;
        return current != null ? current : recount(requested.incrementAndGet());
    }

    @ApplicationModuleListener
    void on(ServicesChanged event) {
        recount(requested.incrementAndGet());
    }

    @Scheduled(initialDelayString = "${familyhub.directory.count-refresh:1m}",
            fixedDelayString = "${familyhub.directory.count-refresh:1m}")
    void refresh() {
        recount(requested.incrementAndGet());
    }

    /**
     * Counts unless a count that started after this request was made has already finished: every change
     * delivered before a count starts is committed, so that count includes it.
     */
    private synchronized Counts recount(long request) {
        Counts current = counts;
        if (current != null && countedUpTo >= request) {
            return current;
        }
        long upTo = requested.get();
        Counts fresh = transaction.execute(status -> new Counts(
                services.countActiveByLocality().stream()
                        .collect(Collectors.toUnmodifiableMap(LocalityCount::getLocalityId, LocalityCount::getServices)),
                services.countActiveByTerm(Directory.CATEGORY).stream()
                        .collect(Collectors.toUnmodifiableMap(TermCount::getTermId, TermCount::getServices))));
        counts = fresh;
        countedUpTo = upTo;
        return fresh;
    }
}
