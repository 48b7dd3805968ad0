package org.familyhub.directory;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.familyhub.directory.domain.ServiceRepository;
import org.familyhub.directory.domain.ServiceRepository.ListCount;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many published services each public list (locality, category, venue) holds, for the home page's tiles
 * and "Showing 21 to 40 of 4,698". One grouped count of {@code listed_service}, done when services change
 * ({@link ServiceLists} asks once it has written their entries; a burst of changes counts once) and every
 * {@code familyhub.directory.count-refresh} for changes another portal sharing the database made, not on
 * every visit.
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

    /** Published services by the id of the list (locality, category term or venue) they are on. */
    record Counts(Map<UUID, Long> byList) {

        long of(UUID list) {
            return byList.getOrDefault(list, 0L);
        }
    }

    Counts current() {
        Counts current = counts;
        return current != null ? current : recount(requested.incrementAndGet());
    }

    @Scheduled(initialDelayString = "${familyhub.directory.count-refresh:1m}",
            fixedDelayString = "${familyhub.directory.count-refresh:1m}")
    void refresh() {
        recount(requested.incrementAndGet());
    }

    /**
     * Counts unless a count that started after this request was made has already finished: every change
     * committed before a count starts is in it.
     */
    private synchronized Counts recount(long request) {
        Counts current = counts;
        if (current != null && countedUpTo >= request) {
            return current;
        }
        long upTo = requested.get();
        Counts fresh = transaction.execute(status -> new Counts(services.countListed().stream()
                .collect(Collectors.toUnmodifiableMap(ListCount::getListId, ListCount::getServices))));
        counts = fresh;
        countedUpTo = upTo;
        return fresh;
    }
}
