package org.familyhub.account;

import java.util.Optional;

/** Who is signed in on this request or UI session, from Spring Security's context. */
public interface CurrentUser {

    Optional<PortalUser> get();

    /** The signed-in user; {@link org.springframework.security.access.AccessDeniedException} when nobody is. */
    PortalUser require();
}
