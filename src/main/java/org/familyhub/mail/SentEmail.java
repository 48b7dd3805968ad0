package org.familyhub.mail;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An e-mail in the outbox: {@code sentAt} is empty until the mail server took it; {@code withheldAt} is set
 * instead when a {@link FamilyContactHold} stopped it, and then it is never sent.
 *
 * @param familyCase the case an e-mail to a family is about, if it is one
 * @param headers    the extra headers it carries ({@link Email#headers()})
 */
public record SentEmail(UUID id, String to, String subject, String body, Instant queuedAt, @Nullable Instant sentAt,
        int attempts, @Nullable String lastError, @Nullable UUID familyCase, @Nullable Instant withheldAt,
        Map<String, String> headers) {
}
