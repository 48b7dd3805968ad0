package org.familyhub.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The portal's users: created by an administrator (and, in embedded mode, the demo users). */
public interface UserAccounts {

    PortalUser create(NewUser user);

    Optional<PortalUser> find(String username);

    Optional<PortalUser> find(UUID id);

    List<PortalUser> withRole(Role role);

    /** A user to create. The password is hashed before it is stored and never kept in memory after. */
    record NewUser(String username, String password, String displayName, @Nullable String email, Set<Role> roles,
            @Nullable UUID organisationId, Set<String> localityCodes) {
    }
}
