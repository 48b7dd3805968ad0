package org.familyhub.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Raised in the same transaction as any change to what a service's search document holds (the
 * service, its organisation, venues, sessions, terms or locality). Stored by the event publication
 * registry with that transaction, so the search index catches up even if it was down.
 */
public record ServicesChanged(Set<UUID> serviceIds) {

    public ServicesChanged {
        serviceIds = Set.copyOf(serviceIds);
    }

    /** The ids in groups of at most {@code size}: a bulk change is applied a batch at a time. */
    public List<List<UUID>> inBatches(int size) {
        List<UUID> ids = List.copyOf(serviceIds);
        List<List<UUID>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += size) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + size)));
        }
        return batches;
    }
}
