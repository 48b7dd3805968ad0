package org.familyhub.account.internal;

import java.util.Optional;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, read from Spring Security's context (Vaadin keeps it per UI session). */
@Component
class SecurityContextUser implements CurrentUser {

    @Override
    public Optional<PortalUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    @Override
    public PortalUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Please sign in."));
    }
}
