package org.familyhub.booking;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The "tell me when the next course starts" form, as sent. */
public record ProgrammeWaitRequest(UUID serviceId, String idempotencyKey, @Nullable String parentName,
        @Nullable String email, @Nullable String phone, @Nullable String childrenAges, boolean consentToContact) {
}
