package org.familyhub.workspace.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.HsdsDocuments.Schedule;
import org.familyhub.directory.content.HsdsDocuments.ServiceAtLocation;
import org.jspecify.annotations.Nullable;

import static org.familyhub.directory.content.HsdsDocuments.list;

/**
 * Puts a feed's sessions into a service's document in place of the ones the last pull put there, leaving the
 * sessions an editor or provider wrote by hand. A feed-made session is known by its notes
 * ({@link CalendarFeedReader#FROM_FEED}). Each goes to the venue its event's location names (by the venue's name
 * or postcode), else the service's first venue; a service with no venue keeps them as its own opening times.
 */
public final class FeedSessions {

    private FeedSessions() {
    }

    public static HsdsDocuments.Service replace(HsdsDocuments.Service document, List<FedSession> fed) {
        List<ServiceAtLocation> venues = list(document.serviceAtLocations());
        List<List<Schedule>> atVenues = new ArrayList<>(venues.stream().map(at -> handMade(at.schedules())).toList());
        List<Schedule> own = handMade(document.schedules());
        for (FedSession session : fed) {
            (venues.isEmpty() ? own : atVenues.get(venue(venues, session.location()))).add(session.schedule());
        }
        List<ServiceAtLocation> written = new ArrayList<>();
        for (int i = 0; i < venues.size(); i++) {
            ServiceAtLocation at = venues.get(i);
            written.add(new ServiceAtLocation(at.id(), at.description(), atVenues.get(i), at.location()));
        }
        return withSessions(document, written, own);
    }

    /**
     * Whether the two documents hold the same feed-made sessions at the same venues, in any order: a pull that
     * would change nothing writes nothing, so the listing's "last modified" date and the search index stay put.
     */
    public static boolean sameFedSessions(HsdsDocuments.Service before, HsdsDocuments.Service after) {
        return fedKeys(before).equals(fedKeys(after));
    }

    private static List<List<String>> fedKeys(HsdsDocuments.Service document) {
        List<List<String>> keys = new ArrayList<>();
        keys.add(fedKeys(document.schedules()));
        list(document.serviceAtLocations()).forEach(at -> keys.add(fedKeys(at.schedules())));
        return keys;
    }

    private static List<String> fedKeys(@Nullable List<Schedule> schedules) {
        return list(schedules).stream().filter(FeedSessions::fromFeed)
                .map(s -> String.join("|", String.valueOf(s.freq()), String.valueOf(s.interval() == null ? 1
                        : s.interval()), String.valueOf(s.byday()), String.valueOf(s.bymonthday()), String.valueOf(s.validFrom()),
                        String.valueOf(s.validTo()), String.valueOf(s.opensAt()), String.valueOf(s.closesAt()),
                        String.valueOf(s.count()), String.valueOf(s.description()), s.exceptions().toString()))
                .sorted().toList();
    }

    static boolean fromFeed(Schedule schedule) {
        return CalendarFeedReader.FROM_FEED.equals(schedule.notes());
    }

    private static List<Schedule> handMade(@Nullable List<Schedule> schedules) {
        return new ArrayList<>(list(schedules).stream().filter(schedule -> !fromFeed(schedule)).toList());
    }

    /** The venue the event's location names, by name or postcode; the first when it names none of them. */
    static int venue(List<ServiceAtLocation> venues, @Nullable String location) {
        if (location == null) {
            return 0;
        }
        String where = squash(location);
        for (int i = 0; i < venues.size(); i++) {
            HsdsDocuments.Location venue = venues.get(i).location();
            if (venue == null) {
                continue;
            }
            boolean named = venue.name() != null && !venue.name().isBlank() && where.contains(squash(venue.name()));
            boolean postcode = list(venue.addresses()).stream().map(HsdsDocuments.Address::postalCode)
                    .filter(Objects::nonNull).filter(code -> !code.isBlank())
                    .anyMatch(code -> where.contains(squash(code)));
            if (named || postcode) {
                return i;
            }
        }
        return 0;
    }

    /** Letters and digits only, lower case: "CW1 3EF" and "cw13ef" are the same postcode. */
    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static HsdsDocuments.Service withSessions(HsdsDocuments.Service d, List<ServiceAtLocation> venues,
            List<Schedule> own) {
        return new HsdsDocuments.Service(d.id(), d.name(), d.alternateName(), d.description(), d.url(), d.email(),
                d.status(), d.interpretationServices(), d.applicationProcess(), d.feesDescription(),
                d.eligibilityDescription(), d.minimumAge(), d.maximumAge(), d.alert(), d.assuredDate(),
                d.assurerEmail(), d.organization(), d.phones(), d.contacts(), d.languages(), d.costOptions(),
                d.serviceAreas(), venues.isEmpty() ? d.serviceAtLocations() : venues,
                own.isEmpty() && d.schedules() == null ? null : own, d.attributes());
    }
}
