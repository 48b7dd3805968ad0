package org.familyhub.feedback;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * "Report a problem with this listing" as the public form sends it.
 *
 * @param email    only if the person wants a reply; dropped once the report is closed
 * @param sender   the client's address, for the rate limit
 * @param honeypot a field people never see
 */
public record NewProblemReport(UUID serviceId, @Nullable ProblemKind kind, String description,
        @Nullable String email, String sender, @Nullable String honeypot) {
}
