package org.familyhub.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familyhub.booking.domain.CourseRepository;
import org.familyhub.booking.domain.CourseRow;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.search.CourseDocuments;
import org.familyhub.search.CoursePlacesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the search index knows of courses: the booking windows of the courses families can book that have a free
 * place (professional-only courses are left out, as a family cannot take those places), and the events that tell
 * it to read them again. Both are raised in the caller's transaction, so the outbox delivers them after the commit.
 */
@Component
class CourseIndexing implements CourseDocuments {

    private final CourseRepository courses;
    private final ApplicationEventPublisher events;
    private final DirectoryChanges directory;
    private final Clock clock;

    CourseIndexing(CourseRepository courses, ApplicationEventPublisher events, DirectoryChanges directory,
            Clock clock) {
        this.courses = courses;
        this.events = events;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<Window>> withPlaces(Collection<UUID> serviceIds) {
        Map<UUID, List<Window>> windows = new LinkedHashMap<>();
        for (CourseRow course : courses.withPlaces(serviceIds, LocalDate.now(clock))) {
            if (WhoMayBook.valueOf(course.whoMayBook()).families()) {
                windows.computeIfAbsent(course.serviceId(), id -> new ArrayList<>())
                        .add(new Window(bookableFrom(course), course.bookingClosesAt()));
            }
        }
        return windows;
    }

    /**
     * When families could first book the course: its booking opens, or it was added, whichever is later (a course
     * added with booking open since last week was not bookable before it existed). A parent's alert asks for the
     * courses bookable since its last e-mail by this moment.
     */
    private static Instant bookableFrom(CourseRow course) {
        return course.bookingOpensAt().isAfter(course.createdAt()) ? course.bookingOpensAt() : course.createdAt();
    }

    /**
     * The places of a course changed; {@code now} is its row as this transaction left it. The index hears of it only
     * when whether it has a free place changed, so a run of bookings costs one event, when the last place goes.
     */
    void placesChanged(boolean hadFreePlace, CourseRow now) {
        if (hadFreePlace != now.placesTaken() < now.capacity()) {
            events.publishEvent(new CoursePlacesChanged(Set.of(now.serviceId())));
        }
    }

    /**
     * A course was added or cancelled: its sessions are part of the programme as published (the Open Referral UK
     * schedules, the venue's timetable), so the service counts as changed, which also brings its search document
     * up to date.
     */
    void courseAddedOrCancelled(UUID serviceId) {
        directory.publishedWithServiceChanged(serviceId);
    }
}
