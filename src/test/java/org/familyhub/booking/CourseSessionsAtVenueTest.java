package org.familyhub.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.Timetable;
import org.familyhub.directory.Timetable.Occurrence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A course's sessions appear in the week of the venue its provider named, as sessions of the programme; a course
 * somewhere else, or cancelled, or naming a venue its programme does not meet at, does not.
 */
@PortalTest
class CourseSessionsAtVenueTest {

    @Autowired
    CourseAdmin admin;
    @Autowired
    Timetable timetable;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private static final String RUN = "Course " + UUID.randomUUID();
    private final List<UUID> made = new ArrayList<>();

    @AfterEach
    void cancelTheCourses() {
        SignedIn.as(users, "editor");
        try {
            made.forEach(course -> admin.cancel(course, null));
        } finally {
            SignedIn.out();
        }
    }

    @Test
    void aCourseSessionTomorrowIsInTheWeekOfTheVenueItNamesAndNowhereElse() {
        Map<String, Object> found = jdbc.sql("""
                select s.id as service, l.id as venue, l.name as name from service s
                join service_at_location sal on sal.service_id = s.id join location l on l.id = sal.location_id
                where s.status = 'active' and l.name is not null and length(l.name) > 8
                and s.id not in (select service_id from course) order by s.name limit 1""").query().singleRow();
        UUID programme = UUID.fromString(found.get("service").toString());
        UUID venue = UUID.fromString(found.get("venue").toString());
        String venueName = found.get("name").toString();
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);

        UUID elsewhere = jdbc.sql("""
                select s.id from service s where s.status = 'active'
                and s.id not in (select service_id from course)
                and s.id not in (select service_id from service_at_location where location_id = :venue)
                order by s.name limit 1""").param("venue", venue.toString()).query(UUID.class).single();

        course(programme, venueName.toUpperCase() + ", the small hall", tomorrow, LocalTime.of(13, 15));
        course(programme, "Somewhere else entirely", tomorrow, LocalTime.of(15, 45));
        course(elsewhere, venueName + " (in the provider's words)", tomorrow, LocalTime.of(9, 30));

        List<Occurrence> tomorrows = timetable.weekAt(venue, 50).stream().filter(d -> d.date().equals(tomorrow))
                .flatMap(d -> d.sessions().stream()).filter(this::ours).toList();
        assertThat(tomorrows).as("the course at this venue; not the one elsewhere, nor one naming it whose programme does not meet there")
                .extracting(Occurrence::opensAt).containsExactly(LocalTime.of(13, 15));
        assertThat(tomorrows.getFirst().venueId()).isEqualTo(venue);
        assertThat(tomorrows.getFirst().serviceId()).as("shown as a session of the programme").isEqualTo(programme);
        assertThat(tomorrows.getFirst().closesAt()).isEqualTo(LocalTime.of(15, 15));

        cancelTheCourses();
        made.clear();
        assertThat(timetable.weekAt(venue, 50).stream().flatMap(d -> d.sessions().stream())
                .filter(this::ours))
                .as("a cancelled course's sessions leave the week").isEmpty();
    }

    /** One of this test's course sessions, not the programme's own regular ones. */
    private boolean ours(Occurrence session) {
        return session.description() != null && session.description().startsWith(RUN);
    }

    private void course(UUID programme, String venue, LocalDate first, LocalTime start) {
        SignedIn.as(users, "editor");
        try {
            made.add(admin.create(new NewCourse(programme, RUN + " " + made.size(), venue, null, first, 3, start,
                    start.plusHours(2), 6, 0, WhoMayBook.BOTH, null, null)).id());
        } finally {
            SignedIn.out();
        }
    }
}
