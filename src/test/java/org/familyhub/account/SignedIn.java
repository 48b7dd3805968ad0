package org.familyhub.account;

import org.familyhub.account.internal.PortalPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a test in as a user, for service calls and browserless views on the current thread:
 * {@code SignedIn.as(accounts, "editor")}, then {@code SignedIn.out()} (in {@code @AfterEach}).
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static PortalUser as(UserAccounts accounts, String username) {
        PortalUser user = accounts.find(username)
                .orElseThrow(() -> new IllegalArgumentException("No user " + username));
        return as(user);
    }

    public static PortalUser as(PortalUser user) {
        PortalPrincipal principal = PortalPrincipal.of(user);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
