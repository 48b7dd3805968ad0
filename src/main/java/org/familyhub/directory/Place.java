package org.familyhub.directory;

import org.jspecify.annotations.Nullable;

/**
 * Where a service is: a town in a locality, a whole locality, or (both null) the whole area.
 */
public record Place(@Nullable String town, @Nullable String locality) {
}
