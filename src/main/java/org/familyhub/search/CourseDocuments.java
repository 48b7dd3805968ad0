package org.familyhub.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The courses of programme services that have free places, as the index holds them under {@code course_places}:
 * given by the booking module, so search knows what it maps and filters but not where courses are kept.
 * <p>
 * Each course goes in with the times it can be booked, never a "bookable now" flag: a course stops being bookable
 * with time alone (booking closes, the first session comes), so a search asks for windows around its own moment.
 * Only a change of "has free places" needs the document written again ({@link CoursePlacesChanged}).
 */
public interface CourseDocuments {

    /** For each service that has any, its open courses with a free place; services without are left out. */
    Map<UUID, List<Window>> withPlaces(Collection<UUID> serviceIds);

    /** A course with places can be booked from {@code opens} until {@code closes} (exclusive). */
    record Window(Instant opens, Instant closes) {
    }
}
