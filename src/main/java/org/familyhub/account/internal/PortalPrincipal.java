package org.familyhub.account.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.familyhub.account.PortalUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person as Spring Security holds them, whether they signed in with a password or through
 * the council's single sign-on: either way their roles come from our database, never from the login.
 */
public final class PortalPrincipal implements UserDetails, OidcUser {

    private final PortalUser user;
    private final @Nullable String passwordHash;
    private final @Nullable OidcUser oidc;

    PortalPrincipal(PortalUser user, @Nullable String passwordHash, @Nullable OidcUser oidc) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.oidc = oidc;
    }

    /** For tests and for building an authentication for a known user. */
    public static PortalPrincipal of(PortalUser user) {
        return new PortalPrincipal(user, null, null);
    }

    public PortalUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(user);
    }

    public static List<GrantedAuthority> authorities(PortalUser user) {
        return user.roles().stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidc == null ? Map.of() : oidc.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return oidc == null ? null : oidc.getUserInfo();
    }

    @Override
    public @Nullable OidcIdToken getIdToken() {
        return oidc == null ? null : oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc == null ? Map.of() : oidc.getAttributes();
    }
}
