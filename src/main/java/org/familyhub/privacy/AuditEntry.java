package org.familyhub.privacy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of the audit: the search itself only as its kind and a hash. */
public record AuditEntry(Instant at, String actor, PrivacyAction action, String searchBy, String searchHash,
        String counts, @Nullable String reason) {
}
