package org.familyhub.feedback;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A problem report as editors see it in their task list.
 *
 * @param upstream what became of it at the publisher of the feed the listing came from; null for other listings
 */
public record ProblemTask(UUID id, String reference, UUID serviceId, String serviceName, ProblemKind kind,
        String description, boolean canReply, ProblemStatus status, Instant reportedAt,
        @Nullable Instant closedAt, @Nullable String closedBy, @Nullable String editorNote, boolean replied,
        @Nullable Upstream upstream) {
}
