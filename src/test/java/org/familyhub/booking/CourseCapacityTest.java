package org.familyhub.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A course is never overbooked: 200 families booking 10 places at once (some clicking twice), while others
 * cancel, leave the waiting list, take offered places and let offers lapse, end with exactly the places the
 * course has, an orderly waiting list, and no place offered to two people. Against the real MariaDB.
 */
@PortalTest
class CourseCapacityTest {

    /** Incredible Years Parenting Group, a Cheshire East Council programme in the sample content. */
    static final UUID INCREDIBLE_YEARS = UUID.fromString("4ed9ff90-f792-5469-9de6-1ffe6ebf8e22");
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");
    /**
     * The threads share the embedded pool (10 connections, a 5 s wait for one): all but two of its connections at
     * once, the two left for the portal's own work (the outbox, the indexer). More threads would not race harder
     * at the database, only queue for connections, and on a busy machine time out waiting (as an early run with
     * 24 threads showed); the 220 submits still meet at the course's row 8 at a time.
     */
    private int threads() throws java.sql.SQLException {
        return Math.max(2, dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() - 2);
    }

    @Autowired
    CourseBookings bookings;
    @Autowired
    CourseAdmin admin;
    @Autowired
    OfferExpiry expiry;
    @Autowired
    UserAccounts users;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    BookingProperties properties;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void twoHundredFamiliesBookingTenPlacesAtOnceGetExactlyTenAndAnOrderlyWaitingList() throws Exception {
        UUID course = course(10);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<PlaceRequest> forms = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            forms.add(form(course, run + "-" + i));
        }
        List<PlaceRequest> submits = new ArrayList<>(forms);
        submits.addAll(forms.subList(0, 20)); // twenty families click twice
        Collections.shuffle(submits);
        Map<String, List<BookingOutcome>> byKey = new ConcurrentHashMap<>();

        all(submits.stream().<Callable<Object>>map(f -> () -> byKey.computeIfAbsent(f.idempotencyKey(),
                k -> Collections.synchronizedList(new ArrayList<>())).add(bookings.book(f))).toList());

        assertThat(count(course, "BOOKED")).isEqualTo(10);
        assertThat(count(course, "WAITING")).isEqualTo(190);
        assertThat(jdbc.sql("select count(*) from booking where course_id = ?").param(course).query(Long.class).single())
                .as("a double submit makes one booking").isEqualTo(200);
        byKey.values().forEach(outcomes -> assertThat(outcomes.stream().map(BookingOutcome::bookingId).distinct())
                .as("both clicks answer the same booking").hasSize(1));
        assertThat(jdbc.sql("select position from waiting_list_entry where course_id = ? order by position")
                .param(course).query(Integer.class).list())
                .as("positions 1 to 190, each once").containsExactlyElementsOf(range(1, 190));
        assertConsistent(course);

        // Then, all at once: 5 places cancelled (each link clicked twice), 10 leave the list, 30 more families
        // book, and the offer timer runs as if the offers' time had passed.
        List<String> booked = addresses(course, "BOOKED");
        List<String> waiting = addresses(course, "WAITING");
        List<String> cancelLinks = new ArrayList<>();
        booked.subList(0, 5).forEach(address -> cancelLinks.add(token(address, "Your place")));
        waiting.subList(0, 20).stream().filter(a -> waiting.indexOf(a) % 2 == 0)
                .forEach(address -> cancelLinks.add(token(address, "waiting list")));
        AtomicInteger cancelled = new AtomicInteger();
        AtomicInteger refusedAgain = new AtomicInteger();
        List<Callable<Object>> churn = new ArrayList<>();
        for (String link : cancelLinks) {
            for (int click = 0; click < 2; click++) {
                churn.add(() -> {
                    try {
                        bookings.cancel(link);
                        cancelled.incrementAndGet();
                    } catch (InvalidBookingException used) {
                        refusedAgain.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        for (int i = 0; i < 30; i++) {
            PlaceRequest late = form(course, run + "-late-" + i);
            churn.add(() -> bookings.book(late));
        }
        Instant afterOffers = clock.instant().plus(properties.offerTime()).plus(Duration.ofHours(1));
        for (int i = 0; i < 5; i++) {
            churn.add(() -> expiry.expire(afterOffers));
        }
        Collections.shuffle(churn);
        all(churn);

        assertThat(cancelled.get()).as("each link works once").isEqualTo(cancelLinks.size());
        assertThat(refusedAgain.get()).isEqualTo(cancelLinks.size());
        assertConsistent(course);
        assertThat(count(course, "BOOKED") + offered(course)).as("every freed place went to someone waiting")
                .isEqualTo(10);

        // Everyone offered a place answers (twice, impatiently) while the timer lapses offers at the same time:
        // each offer is taken or lapses, never both.
        List<String> offers = jdbc.sql("""
                select b.email from waiting_list_entry w join booking b on b.id = w.booking_id
                where w.course_id = ? and w.status = 'OFFERED'""").param(course).query(String.class).list();
        assertThat(offers).isNotEmpty();
        AtomicInteger accepted = new AtomicInteger();
        List<Callable<Object>> answers = new ArrayList<>();
        for (String address : offers) {
            String link = token(address, "A place is free");
            for (int click = 0; click < 2; click++) {
                answers.add(() -> {
                    try {
                        bookings.acceptOffer(link);
                        accepted.incrementAndGet();
                    } catch (InvalidBookingException answeredOrLapsed) {
                        // the other click, or the timer, was first
                    }
                    return null;
                });
            }
        }
        Instant later = clock.instant().plus(properties.offerTime()).plus(Duration.ofHours(2));
        for (int i = 0; i < 3; i++) {
            answers.add(() -> expiry.expire(later));
        }
        Collections.shuffle(answers);
        all(answers);

        assertThat(accepted.get()).isLessThanOrEqualTo(offers.size());
        assertConsistent(course);
        assertThat(count(course, "BOOKED") + offered(course)).isEqualTo(10);
        assertThat(jdbc.sql("""
                select count(*) from waiting_list_entry where course_id = ? and status = 'ACCEPTED'""")
                .param(course).query(Long.class).single()).isEqualTo(accepted.get());
    }

    @Test
    void theSameFormSentTwiceMakesOneBooking() {
        UUID course = course(3);
        PlaceRequest form = form(course, UUID.randomUUID().toString());

        BookingOutcome first = bookings.book(form);
        BookingOutcome again = bookings.book(form);

        assertThat(again).isEqualTo(first);
        assertThat(first.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(count(course, "BOOKED")).isEqualTo(1);
        assertThat(places(course)).isEqualTo(1);
    }

    @Test
    void aCancelledPlaceIsHeldForTheFirstOnTheWaitingListWhoCanTakeIt() {
        UUID course = course(1);
        String key = UUID.randomUUID().toString();
        PlaceRequest first = form(course, key + "-a");
        PlaceRequest second = form(course, key + "-b");
        PlaceRequest third = form(course, key + "-c");
        assertThat(bookings.book(first).status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(bookings.book(second).waitingPosition()).isEqualTo(1);
        assertThat(bookings.book(third).waitingPosition()).isEqualTo(2);

        bookings.cancel(token(first.email(), "Your place"));
        PlaceRequest fourth = form(course, key + "-d");
        assertThat(bookings.book(fourth).status()).as("the freed place is held for the second family")
                .isEqualTo(BookingStatus.WAITING);

        LinkedBooking taken = bookings.acceptOffer(token(second.email(), "A place is free"));

        assertThat(taken.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(count(course, "BOOKED")).isEqualTo(1);
        assertThat(places(course)).isEqualTo(1);
        assertConsistent(course);
    }

    @Test
    void anOfferNobodyTakesLapsesAndGoesToTheNextFamily() {
        UUID course = course(1);
        String key = UUID.randomUUID().toString();
        PlaceRequest first = form(course, key + "-a");
        PlaceRequest second = form(course, key + "-b");
        PlaceRequest third = form(course, key + "-c");
        bookings.book(first);
        bookings.book(second);
        bookings.book(third);
        bookings.cancel(token(first.email(), "Your place"));
        String offer = token(second.email(), "A place is free");

        assertThat(expiry.expire(clock.instant().plus(properties.offerTime()).plus(Duration.ofMinutes(1))))
                .isEqualTo(1);

        assertThat(jdbc.sql("select w.status from waiting_list_entry w join booking b on b.id = w.booking_id where b.email = ?")
                .param(third.email()).query(String.class).single()).isEqualTo("OFFERED");
        assertThatRefused(() -> bookings.acceptOffer(offer), "already been answered, has lapsed");
        assertConsistent(course);
    }

    @Test
    void badInputGetsAClearMessageAndChangesNothing() {
        UUID course = course(5);
        bookings.book(form(course, UUID.randomUUID().toString()));
        int before = places(course);
        PlaceRequest good = form(course, UUID.randomUUID().toString());

        assertThatRefused(() -> bookings.book(with(good, "two, -1")), "whole years from 0 to 18");
        assertThatRefused(() -> bookings.book(with(good, "40")), "whole years from 0 to 18");
        assertThatRefused(() -> bookings.book(with(good, "")), "Enter your children's ages");
        assertThatRefused(() -> bookings.cancel("forged" + "x".repeat(37)), "This link is not valid");
        assertThatRefused(() -> bookings.cancel("not-a-token"), "This link is not valid");
        assertThatRefused(() -> bookings.acceptOffer("x".repeat(43)), "This link is not valid");

        jdbc.sql("update course set booking_closes_at = ? where id = ?")
                .params(java.sql.Timestamp.from(clock.instant().minusSeconds(60)), course).update();
        assertThatRefused(() -> bookings.book(good), "Booking for this course has closed");

        jdbc.sql("update course set first_session = ? where id = ?").params(LocalDate.now(clock), course).update();
        assertThatRefused(() -> bookings.book(good), "already started");

        UUID cancelledCourse = course(5);
        SignedIn.as(users, "editor");
        admin.cancel(cancelledCourse, null);
        SignedIn.out();
        assertThatRefused(() -> bookings.book(form(cancelledCourse, UUID.randomUUID().toString())), "cancelled");

        assertThat(places(course)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from booking where course_id in (?, ?)").params(course, cancelledCourse)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void newPlacesGoToThePeopleWaitingInTurnAndPlacesTakenCannotBeTakenAway() {
        UUID course = course(1);
        String key = UUID.randomUUID().toString();
        PlaceRequest first = form(course, key + "-a");
        PlaceRequest second = form(course, key + "-b");
        PlaceRequest third = form(course, key + "-c");
        PlaceRequest fourth = form(course, key + "-d");
        List.of(first, second, third, fourth).forEach(bookings::book);
        SignedIn.as(users, "editor");

        CourseSummary raised = admin.changeCapacity(course, 3);

        assertThat(raised.placesTaken()).isEqualTo(3);
        assertThat(offered(course)).as("the second and third are offered the new places").isEqualTo(2);
        token(second.email(), "A place is free");
        token(third.email(), "A place is free");
        assertThat(mailbox.to(fourth.email())).noneMatch(mail -> mail.subject().contains("A place is free"));
        assertThatRefused(() -> admin.changeCapacity(course, 2), "fewer places than are booked or on offer");
        assertThat(places(course)).isEqualTo(3);
        assertConsistent(course);
    }

    @Test
    void theDatabaseItselfRefusesMorePlacesTakenThanTheCourseHas() {
        UUID course = course(2);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "update course set places_taken = capacity + 1 where id = ?").param(course).update())
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(places(course)).isZero();
    }

    @Test
    void aUsedCancelLinkDoesNothingTheSecondTime() {
        UUID course = course(2);
        PlaceRequest form = form(course, UUID.randomUUID().toString());
        bookings.book(form);
        String link = token(form.email(), "Your place");
        bookings.cancel(link);

        assertThatRefused(() -> bookings.cancel(link), "already been cancelled");
        assertThat(places(course)).isZero();
    }

    // --- helpers

    UUID course(int capacity) {
        SignedIn.as(users, "editor");
        try {
            return admin.create(new NewCourse(INCREDIBLE_YEARS, "Incredible Years " + UUID.randomUUID(),
                    "Monks Coppenhall Children's Centre", "A facilitator", LocalDate.now(clock).plusWeeks(6), 6,
                    LocalTime.of(9, 30), LocalTime.of(11, 30), capacity, 4, WhoMayBook.BOTH, null, null)).id();
        } finally {
            SignedIn.out();
        }
    }

    static PlaceRequest form(UUID course, String key) {
        String id = key.replaceAll("[^A-Za-z0-9-]", "");
        return new PlaceRequest(course, (id + "-0000000000000000").substring(0, Math.max(16, Math.min(64, id.length()))),
                "Parent " + id, "p-" + id + "@example.org", null, "2, 4", 1, null, null, true, false, null);
    }

    static PlaceRequest with(PlaceRequest form, String ages) {
        return new PlaceRequest(form.courseId(), form.idempotencyKey(), form.parentName(), form.email(), form.phone(),
                ages, 0, null, null, true, false, null);
    }

    private void all(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<Object> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String token(String address, String subject) {
        return mailbox.to(address).stream().filter(mail -> mail.subject().contains(subject)).map(SentEmail::body)
                .map(TOKEN::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("No e-mail \"" + subject + "\" to " + address));
    }

    private List<String> addresses(UUID course, String status) {
        return jdbc.sql("select email from booking where course_id = ? and status = ? order by created_at, email")
                .params(course, status).query(String.class).list();
    }

    private long count(UUID course, String status) {
        return jdbc.sql("select count(*) from booking where course_id = ? and status = ?").params(course, status)
                .query(Long.class).single();
    }

    private long offered(UUID course) {
        return jdbc.sql("select count(*) from waiting_list_entry where course_id = ? and status = 'OFFERED'")
                .param(course).query(Long.class).single();
    }

    private int places(UUID course) {
        return jdbc.sql("select places_taken from course where id = ?").param(course).query(Integer.class).single();
    }

    /** What must hold whatever happened: the counter is the truth, nobody waits beside a free place. */
    private void assertConsistent(UUID course) {
        int capacity = jdbc.sql("select capacity from course where id = ?").param(course).query(Integer.class).single();
        assertThat(places(course)).as("places taken = places booked + places on offer")
                .isEqualTo(count(course, "BOOKED") + offered(course)).isLessThanOrEqualTo(capacity);
        if (jdbc.sql("select count(*) from waiting_list_entry where course_id = ? and status = 'WAITING'")
                .param(course).query(Long.class).single() > 0) {
            assertThat(places(course)).as("nobody waits while a place is free").isEqualTo(capacity);
        }
        assertThat(jdbc.sql("""
                select count(*) from waiting_list_entry w join booking b on b.id = w.booking_id where w.course_id = ? and not (
                  (w.status in ('WAITING', 'OFFERED') and b.status = 'WAITING')
                  or (w.status = 'ACCEPTED' and b.status in ('BOOKED', 'CANCELLED'))
                  or (w.status in ('EXPIRED', 'DECLINED') and b.status = 'NOT_PLACED')
                  or (w.status = 'WITHDRAWN' and b.status = 'CANCELLED'))""").param(course).query(Long.class).single())
                .as("each family in one state").isZero();
        assertThat(jdbc.sql("""
                select count(*) from (select booking_id from booking_audit where course_id = ? and action = 'OFFERED'
                group by booking_id having count(*) > 1) twice""").param(course).query(Long.class).single())
                .as("nobody is offered a place twice").isZero();
        assertThat(jdbc.sql("""
                select count(*) from booking_audit where course_id = ? and action = 'OFFERED'""").param(course)
                .query(Long.class).single())
                .as("one offer per place freed while people waited")
                .isEqualTo(jdbc.sql("select count(*) from waiting_list_entry where course_id = ? and offered_at is not null")
                        .param(course).query(Long.class).single());
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    private static void assertThatRefused(Runnable action, String message) {
        org.assertj.core.api.Assertions.assertThatThrownBy(action::run).isInstanceOf(InvalidBookingException.class)
                .hasMessageContaining(message);
    }
}
