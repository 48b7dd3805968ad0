package org.familyhub.mail;

import java.util.UUID;

/**
 * A module's say over e-mails to a family about one of its cases (queued with {@link Mail#queueToFamily}).
 * The dispatcher asks every hold just before it sends, not when the e-mail is queued, so a hold raised in
 * between (a safeguarding concern flagged on a request) still stops an e-mail already waiting.
 */
public interface FamilyContactHold {

    /** True when nothing may be sent to the family about this case now. */
    boolean holds(UUID familyCase);
}
