package org.familyhub.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A staff account as an administrator sees it at {@code /admin/users}, enabled or not.
 *
 * @param organisationName the provider's organisation, by name; empty for other roles
 * @param passwordSet      whether the person has a password yet (someone just added has only a link)
 * @param lastSignIn       when they last signed in; empty if they never have
 */
public record StaffAccount(UUID id, String username, String displayName, @Nullable String email, Set<Role> roles,
        @Nullable UUID organisationId, @Nullable String organisationName, Set<String> localityCodes,
        boolean enabled, boolean passwordSet, @Nullable Instant lastSignIn) {

    public StaffAccount {
        roles = Set.copyOf(roles);
        localityCodes = Set.copyOf(localityCodes);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
