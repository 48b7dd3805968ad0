package org.familyhub.workspace;

import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in person's role does not allow this, or the listing is another organisation's. An
 * {@link AccessDeniedException}, so the web layer answers it as it answers every other denial.
 */
public class NotPermittedException extends AccessDeniedException {

    public NotPermittedException(String message) {
        super(message);
    }
}
