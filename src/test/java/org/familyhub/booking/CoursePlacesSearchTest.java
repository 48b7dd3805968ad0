package org.familyhub.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.familyhub.search.CoursePlacesChanged;
import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchResults;
import org.familyhub.search.SearchResults.FacetCount;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme with a course that has a free place and can be booked now is found by the "places available"
 * filter and wears the badge; when the last place goes it drops out (one index event for the run of bookings, through
 * the outbox), and a cancellation brings it back. Against the real MariaDB and Elasticsearch.
 */
@PortalTest
@RecordApplicationEvents
class CoursePlacesSearchTest {

    private static final Pattern CANCEL = Pattern.compile("token=([A-Za-z0-9_-]{43})");
    private static final Duration INDEXED = Duration.ofMinutes(1);

    @Autowired
    CourseAdmin admin;
    @Autowired
    CourseBookings bookings;
    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    UserAccounts users;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    co.elastic.clients.elasticsearch.ElasticsearchClient client;

    private final List<UUID> made = new java.util.ArrayList<>();

    @AfterEach
    void cancelTheCourses() {
        SignedIn.as(users, "editor");
        try {
            made.forEach(course -> admin.cancel(course, "test over"));
        } finally {
            SignedIn.out();
        }
    }

    @Test
    void aProgrammeIsFoundWithPlacesAvailableUntilItsLastPlaceIsBookedAndAgainWhenOneIsCancelled() {
        UUID programme = programmeWithoutCourses();
        assertThat(withPlaces(programme)).as("no course yet").isEmpty();

        UUID course = course(programme, 2, null);
        SearchIndexFixture.awaitIndex(index, INDEXED, () -> withPlaces(programme).isPresent());
        assertThat(withPlaces(programme).orElseThrow().placesAvailable()).as("the badge").isTrue();
        SearchResults found = search.search(SearchQuery.forText("").placesAvailable(true).size(50).build());
        assertThat(found.facets().get("places")).as("the facet counts what the filter finds")
                .containsExactly(new FacetCount("true", found.total()));

        events.clear();
        String first = "first-" + UUID.randomUUID();
        String last = "last-" + UUID.randomUUID();
        bookings.book(CourseCapacityTest.form(course, first));
        assertThat(events.stream(CoursePlacesChanged.class)).as("a place is left: the index need not hear").isEmpty();
        bookings.book(CourseCapacityTest.form(course, last));
        assertThat(events.stream(CoursePlacesChanged.class).toList()).as("the last place: one event")
                .containsExactly(new CoursePlacesChanged(java.util.Set.of(programme)));
        bookings.book(CourseCapacityTest.form(course, "waits-" + UUID.randomUUID()));
        assertThat(events.stream(CoursePlacesChanged.class)).as("joining the waiting list changes nothing").hasSize(1);

        SearchIndexFixture.awaitIndex(index, INDEXED, () -> withPlaces(programme).isEmpty());
        assertThat(byName(programme).placesAvailable()).as("found by its name, without the badge").isFalse();

        // The first cancels: the place is offered to the one waiting, so it is still not free.
        bookings.cancel(cancelToken(first));
        assertThat(events.stream(CoursePlacesChanged.class)).as("a place held on offer is not free").hasSize(1);
        // The second cancels too: nobody else waits, so the place is free again.
        bookings.cancel(cancelToken(last));
        assertThat(events.stream(CoursePlacesChanged.class)).as("a place free again: the index hears").hasSize(2);
        SearchIndexFixture.awaitIndex(index, INDEXED, () -> withPlaces(programme).isPresent());
    }

    @Test
    void aCourseWhoseBookingHasNotOpenedDoesNotCountAsPlacesAvailable() {
        UUID programme = programmeWithoutCourses();
        course(programme, 5, LocalDate.now(clock).plusDays(7));
        SearchIndexFixture.awaitIndex(index, INDEXED, () -> document(programme).containsKey("course_places"));

        assertThat(withPlaces(programme)).as("booking opens next week").isEmpty();
        assertThat(byName(programme).placesAvailable()).isFalse();
    }

    @Test
    void thePlacesFilterIsReadFromTheAddressAndRefusesNonsense() {
        assertThat(org.familyhub.search.SearchParameters.read(java.util.Map.of("places", List.of("true")), 10)
                .query().placesAvailable()).isTrue();
        org.familyhub.search.SearchParameters.Read nonsense = org.familyhub.search.SearchParameters
                .read(java.util.Map.of("places", List.of("lots")), 10);
        assertThat(nonsense.query().placesAvailable()).isFalse();
        assertThat(nonsense.problems()).containsExactly("places has the wrong format");
    }

    // --- helpers

    @SuppressWarnings("unchecked")
    private java.util.Map<String, Object> document(UUID programme) {
        try {
            java.util.Map<String, Object> source = client.get(g -> g.index(ServiceIndex.ALIAS).id(programme.toString()),
                    java.util.Map.class).source();
            return source == null ? java.util.Map.of() : source;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Optional<SearchResults.Hit> withPlaces(UUID programme) {
        return search.search(SearchQuery.forText("").placesAvailable(true).size(50).build()).hits().stream()
                .filter(hit -> hit.id().equals(programme)).findFirst();
    }

    private SearchResults.Hit byName(UUID programme) {
        String name = jdbc.sql("select name from service where id = ?").param(programme).query(String.class).single();
        return search.search(SearchQuery.forText(name).size(50).build()).hits().stream()
                .filter(hit -> hit.id().equals(programme)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not found by its name"));
    }

    /** An active listing no test has given a course: its document has no course windows to begin with. */
    private UUID programmeWithoutCourses() {
        return jdbc.sql("""
                select id from service where status = 'active' and id not in (select service_id from course)
                and name like '%group%' order by name limit 1""").query(UUID.class).single();
    }

    private UUID course(UUID programme, int capacity, LocalDate bookingOpens) {
        SignedIn.as(users, "editor");
        try {
            LocalDate first = LocalDate.now(clock).plusWeeks(6);
            UUID id = admin.create(new NewCourse(programme, "Course " + UUID.randomUUID(), "A hall", null, first, 4,
                    LocalTime.of(10, 0), LocalTime.of(12, 0), capacity, 0, WhoMayBook.BOTH, bookingOpens, null)).id();
            made.add(id);
            return id;
        } finally {
            SignedIn.out();
        }
    }

    private String cancelToken(String key) {
        String address = "p-" + key + "@example.org";
        return mailbox.to(address).stream().map(SentEmail::body).map(CANCEL::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("No e-mail to " + address));
    }
}
