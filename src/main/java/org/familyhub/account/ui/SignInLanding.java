package org.familyhub.account.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familyhub.account.RoleHome;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Where signing in leads. A page that sent the person to sign in comes first, as Vaadin's own handler does (that
 * path never reaches {@link #determineTargetUrl}); otherwise the first declared {@link RoleHome} of a role they
 * hold (a professional's folders); otherwise the front page, as before.
 */
class SignInLanding extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    private final List<RoleHome> homes;

    SignInLanding(List<RoleHome> homes) {
        this.homes = List.copyOf(homes);
        setDefaultTargetUrl("/");
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        String target = super.determineTargetUrl(request, response, authentication);
        if (!target.equals(getDefaultTargetUrl())) {
            return target;
        }
        Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return homes.stream().filter(home -> held.contains("ROLE_" + home.role().name())).map(RoleHome::path)
                .findFirst().orElse(target);
    }
}
