package org.familyhub.booking.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.familyhub.booking.domain.Rows.instant;
import static org.familyhub.booking.domain.Rows.ts;
import static org.familyhub.booking.domain.Rows.uuid;
import org.familyhub.shared.SqlLike;

/**
 * The {@code course} table. {@link #takePlace} and {@link #givePlaceBack} are the only ways {@code places_taken}
 * changes: conditional updates that the database applies one at a time per course, so a place is never taken
 * twice, whatever the number of app nodes or threads.
 */
@Repository
public class CourseRepository {

    private static final String COLUMNS = """
            id, service_id, organisation_id, title, venue, facilitator, start_time, end_time, capacity, places_taken,
            creche_places, who_may_book, booking_opens_at, booking_closes_at, first_session, last_session, status,
            created_at""";

    private final JdbcClient jdbc;

    CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CourseRow course, List<LocalDate> sessions) {
        jdbc.sql("insert into course (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(course.id(), course.serviceId(), course.organisationId(), course.title(), course.venue(),
                        course.facilitator(), Time.valueOf(course.startTime()), Time.valueOf(course.endTime()),
                        course.capacity(), course.placesTaken(), course.crechePlaces(), course.whoMayBook(),
                        ts(course.bookingOpensAt()), ts(course.bookingClosesAt()), Date.valueOf(course.firstSession()),
                        Date.valueOf(course.lastSession()), course.status(), ts(course.createdAt()))
                .update();
        for (LocalDate date : sessions) {
            jdbc.sql("insert into course_session (course_id, session_date) values (?, ?)")
                    .params(course.id(), Date.valueOf(date)).update();
        }
    }

    /**
     * Takes one place if the course is open and has one free: the capacity check and the change are one
     * statement. Answers false when it is full (or cancelled).
     */
    public boolean takePlace(UUID courseId) {
        return jdbc.sql("""
                update course set places_taken = places_taken + 1, version = version + 1
                where id = ? and places_taken < capacity and status = 'OPEN'""")
                .param(courseId).update() == 1;
    }

    /** Gives a place back when nobody on the waiting list is there to be offered it. */
    public void givePlaceBack(UUID courseId) {
        jdbc.sql("""
                update course set places_taken = places_taken - 1, version = version + 1
                where id = ? and places_taken > 0""").param(courseId).update();
    }

    /**
     * Locks the course's row until the transaction ends: every change to a course's places and waiting list
     * takes this lock first, so they happen one after another and always lock in the same order.
     */
    public Optional<CourseRow> lock(UUID courseId) {
        return jdbc.sql("select " + COLUMNS + " from course where id = ? for update")
                .param(courseId).query(CourseRepository::row).optional();
    }

    /** Like {@link #lock}, but answers nothing at once when another transaction (or node) holds the course. */
    public Optional<CourseRow> lockIfFree(UUID courseId) {
        return jdbc.sql("select " + COLUMNS + " from course where id = ? for update skip locked")
                .param(courseId).query(CourseRepository::row).optional();
    }

    public Optional<CourseRow> find(UUID courseId) {
        return jdbc.sql("select " + COLUMNS + " from course where id = ?")
                .param(courseId).query(CourseRepository::row).optional();
    }

    public List<CourseRow> byService(UUID serviceId) {
        return jdbc.sql("select " + COLUMNS + " from course where service_id = ? order by first_session, id")
                .param(serviceId).query(CourseRepository::row).list();
    }

    /** Every course, or only those of the organisations given, latest first; finished ones included. */
    public List<CourseRow> all(@org.jspecify.annotations.Nullable Collection<UUID> organisations) {
        if (organisations == null) {
            return jdbc.sql("select " + COLUMNS + " from course order by first_session desc, id")
                    .query(CourseRepository::row).list();
        }
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from course where organisation_id in (:orgs) order by first_session desc, id")
                .param("orgs", organisations).query(CourseRepository::row).list();
    }

    /**
     * The open courses of these services with a free place whose first session is after {@code today}: those a
     * search may call bookable (its own moment decides against their booking window).
     */
    public List<CourseRow> withPlaces(Collection<UUID> serviceIds, LocalDate today) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + """
                 from course where service_id in (:services) and status = 'OPEN' and places_taken < capacity
                and first_session > :today order by first_session, id""")
                .param("services", serviceIds).param("today", Date.valueOf(today))
                .query(CourseRepository::row).list();
    }

    /** The courses of these services that are not cancelled and have a session on or after {@code day}. */
    public List<CourseRow> runningOrAhead(Collection<UUID> serviceIds, LocalDate day) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + """
                 from course where service_id in (:services) and status <> 'CANCELLED' and last_session >= :day
                order by first_session, id""")
                .param("services", serviceIds).param("day", Date.valueOf(day))
                .query(CourseRepository::row).list();
    }

    /**
     * The courses not cancelled with a session between the two days whose venue, as the provider typed it, holds
     * {@code venueName} (in any case): "Monks Coppenhall Children's Centre, Crewe" names "Monks Coppenhall Children's
     * Centre". Only the courses running then are read (by their last session), however many services there are.
     */
    public List<CourseRow> naming(String venueName, LocalDate from, LocalDate to) {
        if (venueName.isBlank()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + """
                 from course where last_session >= :from and first_session <= :to and status <> 'CANCELLED'
                and lower(venue) like :venue order by first_session, id""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("venue", SqlLike.containing(venueName.toLowerCase(java.util.Locale.ROOT)))
                .query(CourseRepository::row).list();
    }

    /** Every session of these courses, in order, in one query. */
    public java.util.Map<UUID, List<LocalDate>> sessions(Collection<UUID> courseIds) {
        java.util.Map<UUID, List<LocalDate>> sessions = new java.util.LinkedHashMap<>();
        if (courseIds.isEmpty()) {
            return sessions;
        }
        jdbc.sql("select course_id, session_date from course_session where course_id in (:courses) "
                        + "order by course_id, session_date")
                .param("courses", courseIds).query((ResultSet row) -> {
                    sessions.computeIfAbsent(uuid(row, "course_id"), id -> new java.util.ArrayList<>())
                            .add(row.getDate("session_date").toLocalDate());
                });
        return sessions;
    }

    public List<LocalDate> sessions(UUID courseId) {
        return jdbc.sql("select session_date from course_session where course_id = ? order by session_date")
                .param(courseId).query((row, n) -> row.getDate(1).toLocalDate()).list();
    }

    /** Sets the number of places; the check constraint refuses fewer than are taken. */
    public void setCapacity(UUID courseId, int capacity) {
        jdbc.sql("update course set capacity = ?, version = version + 1 where id = ?").params(capacity, courseId).update();
    }

    public void cancel(UUID courseId, java.time.Instant at) {
        jdbc.sql("update course set status = 'CANCELLED', cancelled_at = ?, places_taken = 0, version = version + 1 where id = ?")
                .params(ts(at), courseId).update();
    }

    /** Courses whose last session was before the day given and whose bookings still hold personal data. */
    public List<UUID> finishedBefore(LocalDate day) {
        return jdbc.sql("""
                select c.id from course c where c.last_session < ?
                and exists (select 1 from booking b where b.course_id = c.id and b.purged_at is null)""")
                .param(Date.valueOf(day)).query(UUID.class).list();
    }

    public boolean anyForService(UUID serviceId) {
        return jdbc.sql("select count(*) from course where service_id = ?").param(serviceId)
                .query(Long.class).single() > 0;
    }

    static CourseRow row(ResultSet row, int number) throws SQLException {
        return new CourseRow(uuid(row, "id"), uuid(row, "service_id"), uuid(row, "organisation_id"),
                row.getString("title"), row.getString("venue"), row.getString("facilitator"),
                row.getTime("start_time").toLocalTime(), row.getTime("end_time").toLocalTime(), row.getInt("capacity"),
                row.getInt("places_taken"), row.getInt("creche_places"), row.getString("who_may_book"),
                instant(row, "booking_opens_at"), instant(row, "booking_closes_at"),
                row.getDate("first_session").toLocalDate(), row.getDate("last_session").toLocalDate(),
                row.getString("status"), instant(row, "created_at"));
    }
}
