/**
 * Importing other publishers' Open Referral UK feeds (pulled from their API or uploaded as a file)
 * into the directory, each service marked with its source. {@link org.familyhub.directory.feed.FeedImport}
 * is the entry point; {@code FeedImport.sourceOf} tells pages who listed a service.
 */
@NullMarked
@NamedInterface("feed")
package org.familyhub.directory.feed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
