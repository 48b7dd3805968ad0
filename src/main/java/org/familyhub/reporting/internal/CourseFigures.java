package org.familyhub.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.familyhub.reporting.BookingFigures;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Parenting programme bookings and attendance for the report card, read from the booking module's tables (which
 * keep statuses and attendance after the retention purge forgets who booked). A course counts in a locality when
 * its service has a venue there.
 * <ul>
 * <li><b>Bookings</b>: places booked in the period and not given back (status {@code BOOKED}).
 * <li><b>Attendances</b>: sessions in the period marked attended.
 * <li><b>Started / completed</b>: of the people on a course that began in the period and has finished, those who
 * came at least once started it; those who came to at least two-thirds of its sessions completed it. A course
 * still running says nothing yet.
 * </ul>
 */
@Repository
class CourseFigures implements BookingFigures {

    /** Two-thirds of the sessions: the usual bar for having completed a group parenting programme. */
    static final double COMPLETED_SHARE = 2.0 / 3.0;

    private static final String COURSE_IN_LOCALITY = " " + """
            and exists (select 1 from service_at_location sal join location lo on lo.id = sal.location_id
                        join locality l on l.id = lo.locality_id where sal.service_id = c.service_id and l.code = :loc)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    CourseFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Counts> between(LocalDate from, LocalDate to, @Nullable String locality) {
        if (!jdbc.sql("select exists (select 1 from course)").query(Boolean.class).single()) {
            return Optional.empty();
        }
        String inLocality = locality == null ? "" : COURSE_IN_LOCALITY;
        long bookings = jdbc.sql("select count(*) from booking b join course c on c.id = b.course_id"
                        + " where b.status = 'BOOKED' and b.created_at >= :from and b.created_at < :to" + inLocality)
                .param("from", from.atStartOfDay(clock.getZone()).toInstant())
                .param("to", to.plusDays(1).atStartOfDay(clock.getZone()).toInstant())
                .param("loc", locality).query(Long.class).single();
        long attendances = jdbc.sql("select count(*) from attendance a join booking b on b.id = a.booking_id"
                        + " join course c on c.id = b.course_id where a.attended and a.session_date between :from and :to"
                        + inLocality)
                .param("from", from).param("to", to).param("loc", locality).query(Long.class).single();
        Counts people = jdbc.sql("""
                        select count(*), coalesce(sum(came >= :share * sessions), 0) from (
                          select b.id, count(a.session_date) as came,
                                 (select count(*) from course_session cs where cs.course_id = c.id) as sessions
                          from course c join booking b on b.course_id = c.id and b.status = 'BOOKED'
                          join attendance a on a.booking_id = b.id and a.attended
                          where c.status <> 'CANCELLED' and c.first_session between :from and :to
                            and c.last_session < :today""" + inLocality + """

                          group by b.id, c.id) p""")
                .param("share", COMPLETED_SHARE).param("from", from).param("to", to)
                .param("today", LocalDate.now(clock)).param("loc", locality)
                .query((rs, n) -> new Counts(0, 0, rs.getLong(1), rs.getLong(2))).single();
        return Optional.of(new Counts(bookings, attendances, people.started(), people.completed()));
    }
}
