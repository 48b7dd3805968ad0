package org.familyhub.directory.feed;

import java.util.UUID;

/**
 * The feed a listing came from, as far as a correction needs it: who to write to and how they know the record.
 *
 * @param externalId       the record's id in the publisher's own feed
 * @param correctionsEmail the address the publisher registered for corrections
 */
public record FeedPublisher(UUID feedId, String feedName, String externalId, String correctionsEmail) {
}
