package org.familyhub.account.internal;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the council's single sign-on (OpenID Connect), when a client registration is configured.
 * The council's directory proves who someone is; what they may do here comes from our users table, matched
 * by e-mail. Someone the portal does not know is refused, however valid their login.
 */
@Component
public class SingleSignOnUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final JdbcUserAccounts accounts;

    SingleSignOnUsers(JdbcUserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser login = oidc.loadUser(request);
        String email = login.getEmail();
        if (email == null || !Boolean.TRUE.equals(login.getEmailVerified())) {
            throw refused("Your council account has no verified e-mail address.");
        }
        return accounts.findByEmail(email).map(user -> {
                    accounts.signedIn(user.id());
                    return new PortalPrincipal(user, null, login);
                })
                .orElseThrow(() -> refused("Your council account is not set up for this portal. Ask the Family Information Service."));
    }

    private static OAuth2AuthenticationException refused(String message) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", message, null), message);
    }
}
