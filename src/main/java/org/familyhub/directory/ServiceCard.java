package org.familyhub.directory;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a list of services shows for each one: always its cost and where it is.
 *
 * @param places   "Town, Locality" for each venue, or the localities (or whole area) it covers
 * @param minimumAge the child's age in years, when the service is for an age range
 * @param closure  while the service is temporarily closed: when, and where to go instead
 */
public record ServiceCard(UUID id, String name, String provider, @Nullable String summary, Cost cost,
        List<Place> places, @Nullable Integer minimumAge, @Nullable Integer maximumAge, List<LevelOfNeed> levels,
        String status, @Nullable Closure closure) {
}
