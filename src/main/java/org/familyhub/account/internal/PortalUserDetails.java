package org.familyhub.account.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Password sign-in reads users from the database; users without a password sign in only through SSO. */
@Component
class PortalUserDetails implements UserDetailsService {

    private final JdbcUserAccounts accounts;

    PortalUserDetails(JdbcUserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String hash = accounts.passwordHash(username).orElse(null);
        return accounts.find(username).filter(user -> hash != null)
                .map(user -> new PortalPrincipal(user, hash, null))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
