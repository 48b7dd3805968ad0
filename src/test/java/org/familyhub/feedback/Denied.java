package org.familyhub.feedback;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one way these tests prove a denial: signed out, or signed in without the role. */
final class Denied {

    private Denied() {
    }

    static void when(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }
}
