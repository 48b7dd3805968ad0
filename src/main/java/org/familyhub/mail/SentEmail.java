package org.familyhub.mail;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An e-mail in the outbox: {@code sentAt} is empty until the mail server took it. */
public record SentEmail(UUID id, String to, String subject, String body, Instant queuedAt, @Nullable Instant sentAt,
        int attempts, @Nullable String lastError) {
}
