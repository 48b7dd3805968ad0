package org.familyhub.booking;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.familyhub.booking.domain.CourseRepository;
import org.familyhub.booking.domain.CourseRow;
import org.familyhub.directory.OpenReferralRecords.Schedule;
import org.familyhub.directory.ServiceScheduleSource;
import org.familyhub.directory.VenueSessionSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's course sessions where families look besides the service page.
 * <p>
 * On a venue's week: the sessions of courses whose venue, as the provider typed it, names that venue (a course's
 * venue is free text, so "Monks Coppenhall Children's Centre, Crewe" is placed at the programme's venue "Monks
 * Coppenhall Children's Centre", and a course somewhere the programme does not list is on no venue's week).
 * <p>
 * In the Open Referral UK API: from today on, as HSDS schedules of the service, one
 * schedule per session (a single weekly occurrence on its date), because a course skips school holidays and HSDS
 * has no way to say "weekly, except". Cancelled courses are left out. The id is derived from the course and the
 * date, so a session keeps its id from one read to the next.
 */
@Component
class CourseSchedules implements ServiceScheduleSource, VenueSessionSource {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final CourseRepository courses;
    private final Clock clock;

    CourseSchedules(CourseRepository courses, Clock clock) {
        this.courses = courses;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<Schedule>> schedules(Collection<UUID> serviceIds) {
        LocalDate today = LocalDate.now(clock);
        List<CourseRow> running = courses.runningOrAhead(serviceIds, today);
        Map<UUID, List<LocalDate>> sessions = courses.sessions(running.stream().map(CourseRow::id).toList());
        Map<UUID, List<Schedule>> schedules = new LinkedHashMap<>();
        for (CourseRow course : running) {
            List<LocalDate> days = sessions.getOrDefault(course.id(), List.of());
            for (int i = 0; i < days.size(); i++) {
                if (!days.get(i).isBefore(today)) {
                    schedules.computeIfAbsent(course.serviceId(), id -> new ArrayList<>())
                            .add(session(course, days.get(i), i + 1, days.size()));
                }
            }
        }
        return schedules;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DatedSession> sessionsAt(String venueName, LocalDate from, LocalDate to) {
        List<CourseRow> here = courses.naming(venueName.strip(), from, to);
        Map<UUID, List<LocalDate>> sessions = courses.sessions(here.stream().map(CourseRow::id).toList());
        List<DatedSession> found = new ArrayList<>();
        for (CourseRow course : here) {
            List<LocalDate> days = sessions.getOrDefault(course.id(), List.of());
            for (int i = 0; i < days.size(); i++) {
                LocalDate day = days.get(i);
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    found.add(new DatedSession(course.serviceId(), day, course.startTime(), course.endTime(),
                            description(course, i + 1, days.size())));
                }
            }
        }
        return found;
    }

    private static String description(CourseRow course, int number, int of) {
        return course.title() + ": session " + number + " of " + of + ", at " + course.venue()
                + ". A course with a limited number of places: book a place for the whole course.";
    }

    private static Schedule session(CourseRow course, LocalDate day, int number, int of) {
        String date = day.toString();
        String description = description(course, number, of);
        return new Schedule(UUID.nameUUIDFromBytes(("course-session:" + course.id() + ":" + date)
                .getBytes(StandardCharsets.UTF_8)), date, date, date, null, 1, null, "WEEKLY", null,
                day.getDayOfWeek().name().substring(0, 2).toUpperCase(Locale.ROOT), null, time(course.startTime()),
                time(course.endTime()), description, null);
    }

    private static String time(LocalTime time) {
        return time.format(HH_MM);
    }
}
