package org.familyhub.account.internal;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs out someone whose account an administrator disabled, at their next request on any node: one lookup by
 * primary key per signed-in request. (A disabled account cannot sign in at all: its password and single sign-on
 * are refused.) Not a servlet filter bean, so Spring Boot does not register it outside the security chain.
 */
@Component
public class DisabledAccounts {

    private static final Logger log = LoggerFactory.getLogger(DisabledAccounts.class);

    private final JdbcClient jdbc;

    DisabledAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For the portal's filter chain, after the security context is loaded and before access is decided. */
    public Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
                if (signedIn != null && signedIn.getPrincipal() instanceof PortalPrincipal principal
                        && !enabled(principal.user().id())) {
                    log.info("event=disabled-account-signed-out user={}", principal.user().username());
                    SecurityContextHolder.clearContext();
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    boolean enabled(UUID id) {
        return jdbc.sql("select count(*) from portal_user where id = ? and enabled").param(id).query(Integer.class)
                .single() == 1;
    }
}
