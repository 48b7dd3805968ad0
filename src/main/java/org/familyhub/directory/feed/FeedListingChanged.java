package org.familyhub.directory.feed;

import java.time.Instant;
import java.util.UUID;

/**
 * A pull or upload brought a different version of a listing the feed had sent before (not a new one, not an
 * unchanged one). Published in the record's transaction, so an {@code @ApplicationModuleListener} hears it only once
 * the change is stored: problem reports passed on to the publisher use it to say the publisher has acted since.
 */
public record FeedListingChanged(UUID serviceId, UUID feedId, Instant changedAt) {
}
