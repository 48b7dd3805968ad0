package org.familyhub.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.frontdoor.FrontDoorProperties;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A programme's waiting list against the real database: families join while no course is open, a new course
 * offers its places to the first of them in order and queues the rest, bad forms store nothing, and the
 * retention purge forgets closed entries.
 */
@PortalTest
public class ProgrammeWaitingListTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    @Autowired
    ProgrammeWaitingList programmeList;
    @Autowired
    CourseAdmin admin;
    @Autowired
    CourseBookings bookings;
    @Autowired
    BookingRetentionPurge purge;
    @Autowired
    FrontDoorProperties retention;
    @Autowired
    UserAccounts users;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private final List<UUID> programmes = new java.util.ArrayList<>();

    /**
     * A service of the sample content that no test names and that has no course, made a programme whose only
     * course does not open for booking for four weeks: a programme with no course open to families.
     */
    public static UUID programmeWithNoOpenCourse(JdbcClient jdbc, CourseAdmin admin, UserAccounts users, Clock clock,
            List<UUID> taken) {
        UUID service = jdbc.sql("""
                select id from service where id not like '0000%' and status = 'active'
                and id not in (select service_id from course) order by id desc limit 1""")
                .query(UUID.class).single();
        taken.add(service);
        SignedIn.as(users, "editor");
        try {
            admin.create(new NewCourse(service, "Not yet open " + UUID.randomUUID(), "Crewe", null,
                    LocalDate.now(clock).plusWeeks(8), 6, LocalTime.of(10, 0), LocalTime.of(12, 0), 5, 0,
                    WhoMayBook.BOTH, LocalDate.now(clock).plusWeeks(4), null));
        } finally {
            SignedIn.out();
        }
        return service;
    }

    /** Removes what a test added for its programmes: courses, bookings, both waiting lists, their audit. */
    public static void forget(JdbcClient jdbc, List<UUID> programmes) {
        for (UUID service : programmes) {
            String courses = "(select id from course where service_id = '" + service + "')";
            jdbc.sql("delete from booking_audit where course_id in " + courses).update();
            jdbc.sql("delete from waiting_list_entry where course_id in " + courses).update();
            jdbc.sql("delete from booking where course_id in " + courses).update();
            jdbc.sql("delete from course where service_id = ?").param(service).update();
            jdbc.sql("delete from programme_waiting_entry where service_id = ?").param(service).update();
        }
        programmes.clear();
    }

    @AfterEach
    void cleanUp() {
        SignedIn.out();
        forget(jdbc, programmes);
    }

    @Test
    void aNewCourseOffersItsPlacesToTheFirstOnTheProgrammesListAndQueuesTheRestInOrder() {
        UUID programme = programmeWithNoOpenCourse(jdbc, admin, users, clock, programmes);
        assertThat(programmeList.accepts(programme)).isTrue();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> emails = List.of("ann-" + run + "@example.org", "ben-" + run + "@example.org",
                "cat-" + run + "@example.org");
        List<String> references = new java.util.ArrayList<>();
        for (String email : emails) {
            references.add(programmeList.join(request(programme, email, "3, 5", true)));
        }
        assertThat(references).allMatch(r -> r.matches("PW-[A-Z0-9]{4}-[A-Z0-9]{4}")).doesNotHaveDuplicates();
        assertThat(mailbox.to(emails.get(0))).anyMatch(m -> m.subject().contains(references.get(0)));

        SignedIn.as(users, "editor");
        CourseSummary course = admin.create(new NewCourse(programme, "Next run " + run, "Crewe", null,
                LocalDate.now(clock).plusWeeks(6), 6, LocalTime.of(18, 0), LocalTime.of(20, 0), 2, 0,
                WhoMayBook.BOTH, null, null));
        SignedIn.out();

        assertThat(jdbc.sql("""
                select b.email from waiting_list_entry w join booking b on b.id = w.booking_id
                where w.course_id = ? order by w.position""").param(course.id()).query(String.class).list())
                .containsExactlyElementsOf(emails);
        assertThat(jdbc.sql("select status from waiting_list_entry where course_id = ? order by position")
                .param(course.id()).query(String.class).list()).containsExactly("OFFERED", "OFFERED", "WAITING");
        assertThat(jdbc.sql("select places_taken from course where id = ?").param(course.id()).query(Integer.class)
                .single()).as("both places held on offer").isEqualTo(2);
        assertThat(subjects(emails.get(0))).anyMatch(s -> s.startsWith("A place is free for you on Next run " + run));
        assertThat(subjects(emails.get(1))).anyMatch(s -> s.startsWith("A place is free for you on Next run " + run));
        assertThat(subjects(emails.get(2))).noneMatch(s -> s.startsWith("A place is free"))
                .anyMatch(s -> s.startsWith("You are on the waiting list for Next run " + run));
        assertThat(mailbox.to(emails.get(2))).anyMatch(m -> m.body().contains("You are number 3 on its waiting list"));
        assertThat(jdbc.sql("select count(*) from programme_waiting_entry where service_id = ? and status = 'CLOSED'"
                + " and moved_to_booking_id is not null").param(programme).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from booking_audit where course_id = ? and action = ?")
                .params(course.id(), "JOINED_FROM_PROGRAMME_LIST").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from booking_audit where course_id = ? and action = 'OFFERED'")
                .param(course.id()).query(Long.class).single()).isEqualTo(2);

        // The offer is the course waiting list's own: taking it books the place.
        bookings.acceptOffer(token(emails.get(0), "A place is free"));
        assertThat(jdbc.sql("select b.status from booking b where b.course_id = ? and b.email = ?")
                .params(course.id(), emails.get(0)).query(String.class).single()).isEqualTo("BOOKED");
        assertThat(programmeList.accepts(programme)).as("a course is open now").isFalse();
    }

    @Test
    void theSameFormSentTwiceMakesOneEntry() {
        UUID programme = programmeWithNoOpenCourse(jdbc, admin, users, clock, programmes);
        ProgrammeWaitRequest form = request(programme, "twice-" + UUID.randomUUID() + "@example.org", "1", true);

        assertThat(programmeList.join(form)).isEqualTo(programmeList.join(form));
        assertThat(entries(programme)).isEqualTo(1);
    }

    @Test
    void badFormsAndAProgrammeWithAnOpenCourseAreRefusedAndNothingIsStored() {
        UUID programme = programmeWithNoOpenCourse(jdbc, admin, users, clock, programmes);
        String email = "bad-" + UUID.randomUUID() + "@example.org";

        assertRefused(request(programme, email, "two, 45", true), "booking.error.ages");
        assertRefused(request(programme, email, "3", false), "booking.error.consent");
        assertRefused(request(programme, "not an address", "3", true), "booking.error.email");
        assertRefused(new ProgrammeWaitRequest(programme, UUID.randomUUID().toString(), "Dee Parent", null,
                "01270 000 000", "3", true), "booking.error.emailRequired");
        assertThat(entries(programme)).isZero();

        SignedIn.as(users, "editor");
        admin.create(new NewCourse(programme, "Open now " + UUID.randomUUID(), "Crewe", null,
                LocalDate.now(clock).plusWeeks(3), 4, LocalTime.of(9, 0), LocalTime.of(11, 0), 4, 0, WhoMayBook.BOTH,
                null, null));
        SignedIn.out();
        assertRefused(request(programme, email, "3", true), "booking.error.programmeOpen");
        assertThat(entries(programme)).isZero();
        assertThat(mailbox.to(email)).isEmpty();
    }

    @Test
    void theRetentionPurgeForgetsClosedEntriesOnTheBookingsRule() {
        UUID moved = programmeWithNoOpenCourse(jdbc, admin, users, clock, programmes);
        UUID stillWaiting = programmeWithNoOpenCourse(jdbc, admin, users, clock, programmes);
        programmeList.join(request(moved, "moved-" + UUID.randomUUID() + "@example.org", "2", true));
        programmeList.join(request(stillWaiting, "waits-" + UUID.randomUUID() + "@example.org", "2", true));
        SignedIn.as(users, "editor");
        admin.create(new NewCourse(moved, "Purge run " + UUID.randomUUID(), "Crewe", null,
                LocalDate.now(clock).plusWeeks(3), 4, LocalTime.of(9, 0), LocalTime.of(11, 0), 4, 0, WhoMayBook.BOTH,
                null, null));
        SignedIn.out();

        purge.purge(clock.instant().plus(Duration.ofDays(1)));
        assertThat(personal(moved)).as("closed, but not yet for the retention period").isEqualTo(1);

        Instant later = clock.instant().plus(retention.retention()).plus(Duration.ofDays(1));
        purge.purge(later);
        assertThat(personal(moved)).isZero();
        assertThat(jdbc.sql("select count(*) from programme_waiting_entry where service_id = ? and purged_at is not null"
                + " and children_count = 1").param(moved).query(Long.class).single()).isEqualTo(1);
        assertThat(personal(stillWaiting)).as("still waiting: kept").isEqualTo(1);
    }

    private void assertRefused(ProgrammeWaitRequest form, String key) {
        assertThatThrownBy(() -> programmeList.join(form)).isInstanceOfSatisfying(InvalidBookingException.class,
                e -> assertThat(e.key()).isEqualTo(key));
    }

    private long entries(UUID programme) {
        return jdbc.sql("select count(*) from programme_waiting_entry where service_id = ?").param(programme)
                .query(Long.class).single();
    }

    private long personal(UUID programme) {
        return jdbc.sql("select count(*) from programme_waiting_entry where service_id = ? and (parent_name is not null"
                + " or email is not null or children_ages is not null)").param(programme).query(Long.class).single();
    }

    static ProgrammeWaitRequest request(UUID programme, String email, String ages, boolean consent) {
        return new ProgrammeWaitRequest(programme, UUID.randomUUID().toString(), "Parent " + email, email, null, ages,
                consent);
    }

    private List<String> subjects(String address) {
        return mailbox.to(address).stream().map(SentEmail::subject).toList();
    }

    private String token(String address, String subject) {
        return mailbox.to(address).stream().filter(mail -> mail.subject().contains(subject)).map(SentEmail::body)
                .map(TOKEN::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("No e-mail \"" + subject + "\" to " + address));
    }
}
