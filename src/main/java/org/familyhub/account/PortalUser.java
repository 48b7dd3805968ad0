package org.familyhub.account;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person who signs in. A provider is scoped to one organisation ({@code organisationId}); a
 * front-door worker to the localities they cover ({@code localityCodes}, e.g. {@code crewe-nantwich}).
 */
public record PortalUser(UUID id, String username, String displayName, @Nullable String email, Set<Role> roles,
        @Nullable UUID organisationId, Set<String> localityCodes) {

    public PortalUser {
        roles = Set.copyOf(roles);
        localityCodes = Set.copyOf(localityCodes);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True for a front-door worker covering the locality, and for roles that see every locality. */
    public boolean covers(String localityCode) {
        return localityCodes.contains(localityCode);
    }
}
