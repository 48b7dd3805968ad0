package org.familyhub.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * The mail outbox. {@link #queue} stores the e-mail in the caller's transaction (so it is sent only if
 * what caused it was committed, and never lost); a dispatcher sends it afterwards and retries until the
 * mail server takes it.
 */
public interface Mail {

    UUID queue(Email email);

    /**
     * Deletes the e-mails sent before the cut-off: they hold families' addresses and words, kept no longer
     * than the retention purge allows. Unsent ones stay until sent. Answers how many were deleted.
     */
    int forgetSentBefore(Instant cutoff);
}
