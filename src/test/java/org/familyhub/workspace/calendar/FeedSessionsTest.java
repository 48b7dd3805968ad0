package org.familyhub.workspace.calendar;

import java.util.List;

import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.HsdsDocuments.Schedule;
import org.familyhub.directory.content.HsdsDocuments.ServiceAtLocation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A pull replaces the sessions the last pull made, at the venue each event names, and keeps hand-made ones. */
class FeedSessionsTest {

    private static final Schedule HAND_MADE = schedule("Stay and play", null);
    private static final Schedule LAST_PULL = schedule("Old feed session", CalendarFeedReader.FROM_FEED);

    @Test
    void theFeedsSessionsReplaceTheLastPullsAndLeaveTheHandMadeOnes() {
        HsdsDocuments.Service document = service(
                venue("Monks Coppenhall Children's Centre", "CW1 4LY", HAND_MADE, LAST_PULL),
                venue("Library", "CW1 2DB", LAST_PULL));

        HsdsDocuments.Service pulled = FeedSessions.replace(document, List.of(
                new FedSession(schedule("Rhyme time", CalendarFeedReader.FROM_FEED), "Library, Crewe cw12db"),
                new FedSession(schedule("Fun day", CalendarFeedReader.FROM_FEED), "Somewhere else")));

        assertThat(pulled.serviceAtLocations().get(0).schedules()).extracting(Schedule::description)
                .containsExactly("Stay and play", "Fun day");
        assertThat(pulled.serviceAtLocations().get(1).schedules()).extracting(Schedule::description)
                .containsExactly("Rhyme time");
    }

    @Test
    void theSameFeedSessionsInAnotherOrderAreNoChangeButAnotherTimeIs() {
        Schedule rhymeTime = schedule("Rhyme time", CalendarFeedReader.FROM_FEED);
        HsdsDocuments.Service before = service(venue("Hall", "CW1 1AA", HAND_MADE, LAST_PULL, rhymeTime));

        HsdsDocuments.Service same = FeedSessions.replace(before, List.of(new FedSession(rhymeTime, null),
                new FedSession(LAST_PULL, null)));
        HsdsDocuments.Service later = FeedSessions.replace(before, List.of(new FedSession(rhymeTime, null),
                new FedSession(new Schedule(null, "WEEKLY", 1, "TU", null, null, null, null, null, null, "10:00",
                        "11:00", null, "Old feed session", CalendarFeedReader.FROM_FEED, false), null)));

        assertThat(FeedSessions.sameFedSessions(before, same)).isTrue();
        assertThat(FeedSessions.sameFedSessions(before, later)).isFalse();
    }

    @Test
    void anEventNamingAVenueByNameGoesThere() {
        List<ServiceAtLocation> venues = List.of(venue("Hall", "CW1 1AA"), venue("The Den", "CW2 2BB"));

        assertThat(FeedSessions.venue(venues, "the den, Crewe")).isEqualTo(1);
        assertThat(FeedSessions.venue(venues, null)).isZero();
    }

    private static Schedule schedule(String description, String notes) {
        return new Schedule(null, "WEEKLY", 1, "TU", null, null, null, null, null, null, "09:30", "11:00", null,
                description, notes, false);
    }

    private static ServiceAtLocation venue(String name, String postcode, Schedule... schedules) {
        return new ServiceAtLocation(null, null, List.of(schedules), new HsdsDocuments.Location(null, "physical", name,
                null, null, null, null, List.of(new HsdsDocuments.Address(null, "1 High Street", null, "Crewe", null,
                        postcode, "GB", "physical")), null, null));
    }

    private static HsdsDocuments.Service service(ServiceAtLocation... venues) {
        return new HsdsDocuments.Service("id", "Name", null, null, null, null, "active", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, List.of(venues), null, null);
    }
}
