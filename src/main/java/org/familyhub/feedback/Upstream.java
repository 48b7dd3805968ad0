package org.familyhub.feedback;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What became of a problem report about a listing from another publisher's feed.
 *
 * @param feedName  the feed it went to (or would have)
 * @param sentAt    when it was passed on; null when it was withheld because it may hold personal details
 * @param changedAt when the feed next sent a changed version of the listing; null: not changed yet
 */
public record Upstream(String feedName, @Nullable Instant sentAt, @Nullable Instant changedAt) {

    public boolean withheld() {
        return sentAt == null;
    }
}
