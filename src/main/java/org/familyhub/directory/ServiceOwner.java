package org.familyhub.directory;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who runs a service and where it works: what the front door needs to route a request for help to the
 * service's provider and to keep it within the localities it belongs to.
 *
 * @param localityCodes the localities of its venues and areas; empty when it covers the whole area
 * @param email         where the service wants referrals sent: its own address, else its organisation's
 */
public record ServiceOwner(UUID serviceId, String serviceName, UUID organisationId, String organisationName,
        @Nullable String email, Set<String> localityCodes, String status) {

    public ServiceOwner {
        localityCodes = Set.copyOf(localityCodes);
    }
}
