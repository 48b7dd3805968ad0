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
     * Queues an e-mail to a family about one case (a request for help, or what an outcome survey asks about).
     * It is sent only if no {@link FamilyContactHold} holds the case when its turn comes; otherwise it is
     * withheld and never sent. Everything the portal sends a family by itself goes through here.
     */
    UUID queueToFamily(UUID familyCase, Email email);

    /**
     * Deletes the e-mails sent (or withheld) before the cut-off: they hold families' addresses and words, kept no
     * longer than the retention purge allows. Unsent ones stay until sent. Answers how many were deleted.
     */
    int forgetSentBefore(Instant cutoff);
}
