package org.familyhub.directory;

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
}
