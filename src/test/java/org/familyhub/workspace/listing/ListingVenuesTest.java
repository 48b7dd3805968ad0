package org.familyhub.workspace.listing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.familyhub.directory.ScheduleWords;
import org.familyhub.directory.TermChoices.TermChoice;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Venues, sessions and terms read from every listing in {@code content/services} and applied back change nothing;
 * a session set in the editor is written exactly as content files write one; bad values are refused.
 */
public class ListingVenuesTest {

    public static List<HsdsDocuments.Service> contentListings() throws IOException {
        List<HsdsDocuments.Service> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("content/services"))) {
            for (Path file : files.sorted().toList()) {
                all.addAll(List.of(ServiceDocumentJson.JSON.readValue(Files.readString(file),
                        HsdsDocuments.Service[].class)));
            }
        }
        return all;
    }

    @Test
    void everyContentListingRoundTripsUnchanged() throws IOException {
        List<HsdsDocuments.Service> listings = contentListings();
        assertThat(listings).hasSizeGreaterThan(50);
        int sessions = 0;
        for (HsdsDocuments.Service listing : listings) {
            JsonNode before = ServiceDocumentJson.JSON.valueToTree(listing);
            List<Venue> venues = ListingVenues.read(listing);
            sessions += venues.stream().mapToInt(v -> v.sessions().size()).sum();
            HsdsDocuments.Service after = ListingTerms.apply(
                    ListingVenues.apply(listing, venues, LocalDate.of(2026, 12, 2)),
                    ListingTerms.read(listing), ListingTerms.read(listing));
            assertThat((Object) ServiceDocumentJson.JSON.valueToTree(after)).as(listing.name()).isEqualTo(before);
        }
        assertThat(sessions).as("most content sessions are shown in the form").isGreaterThan(50);
    }

    @Test
    void contentSessionsAreReadAsTheEditorShowsThem() throws IOException {
        HsdsDocuments.Schedule fortnightly = schedule("Every other Thursday, 5pm to 7pm, term time only");
        Session read = Session.of(fortnightly).orElseThrow();
        assertThat(read.frequency()).isEqualTo(Session.Frequency.FORTNIGHTLY);
        assertThat(read.days()).containsExactly(DayOfWeek.THURSDAY);
        assertThat(read.termTimeOnly()).isTrue();
        assertThat(read.validFrom()).isEqualTo(LocalDate.of(2026, 9, 1));

        Session monthly = Session.of(schedule("Second Tuesday of each month, 5pm to 7pm")).orElseThrow();
        assertThat(monthly.frequency()).isEqualTo(Session.Frequency.MONTHLY);
        assertThat(monthly.weekOfMonth()).isEqualTo(2);
        assertThat(monthly.days()).containsExactly(DayOfWeek.TUESDAY);
    }

    @Test
    void aSessionSetInTheEditorIsWrittenAsContentWritesIt() throws IOException {
        HsdsDocuments.Schedule content = schedule("Every other Thursday, 5pm to 7pm, term time only");
        Session made = new Session(null, Session.Frequency.FORTNIGHTLY, Set.of(DayOfWeek.THURSDAY), null,
                LocalTime.of(17, 0), LocalTime.of(19, 0), true, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 23));

        HsdsDocuments.Schedule written = made.toSchedule(content.id(), LocalDate.of(2026, 12, 2));

        assertThat(written).usingRecursiveComparison().ignoringFields("description").isEqualTo(content);
        assertThat(written.description()).isEqualTo("Every other Thursday, 17:00 to 19:00, term time only");
        assertThat(written.termTimeOnly()).as("said in the words, as content does").isNull();
        assertThat(written.inTermTimeOnly()).isTrue();

        HsdsDocuments.Schedule monthly = schedule("Second Tuesday of each month, 5pm to 7pm");
        Session second = new Session(null, Session.Frequency.MONTHLY, Set.of(DayOfWeek.TUESDAY), 2,
                LocalTime.of(17, 0), LocalTime.of(19, 0), false, LocalDate.of(2026, 9, 1), null);
        assertThat(second.toSchedule(monthly.id(), LocalDate.of(2026, 12, 2))).usingRecursiveComparison()
                .ignoringFields("description").isEqualTo(monthly);
    }

    @Test
    void aChangedSessionIsRewrittenAndTheOthersKept() throws IOException {
        HsdsDocuments.Service listing = contentListings().stream()
                .filter(s -> ListingVenues.read(s).stream().anyMatch(v -> v.sessions().size() > 1)).findFirst()
                .orElseThrow();
        List<Venue> venues = new ArrayList<>(ListingVenues.read(listing));
        Venue first = venues.stream().filter(v -> v.sessions().size() > 1).findFirst().orElseThrow();
        Session kept = first.sessions().get(1);
        Session changed = first.sessions().getFirst();
        Session later = new Session(changed.id(), changed.frequency(), changed.days(), changed.weekOfMonth(),
                changed.opens().plusHours(1), changed.closes().plusHours(1), changed.termTimeOnly(),
                changed.validFrom(), changed.validTo());
        venues.set(venues.indexOf(first), first.withSessions(List.of(later, kept)));

        HsdsDocuments.Service after = ListingVenues.apply(listing, venues, LocalDate.of(2026, 12, 2));

        Venue read = ListingVenues.read(after).get(venues.indexOf(first.withSessions(List.of(later, kept))));
        assertThat(read.sessions().getFirst().opens()).isEqualTo(changed.opens().plusHours(1));
        assertThat(read.sessions().getFirst().id()).isEqualTo(changed.id());
        assertThat(read.sessions().get(1)).isEqualTo(kept);
    }

    @Test
    void aNewVenueHasTheShapeOfAContentVenue() throws IOException {
        HsdsDocuments.Service listing = contentListings().getFirst();
        Venue added = new Venue(null, null, "Wombat Hall", "1 High Street", "Crewe", "cw1 2ab", List.of());
        List<Venue> venues = new ArrayList<>(ListingVenues.read(listing));
        venues.add(added);

        HsdsDocuments.Service after = ListingVenues.apply(listing, venues, LocalDate.of(2026, 12, 2));

        JsonNode json = ServiceDocumentJson.JSON.valueToTree(after);
        JsonNode content = json.path("service_at_locations").get(0);
        JsonNode made = json.path("service_at_locations").get(venues.size() - 1);
        assertThat(fieldNames(made.path("location").path("addresses").get(0)))
                .isEqualTo(fieldNames(content.path("location").path("addresses").get(0)));
        assertThat(made.path("location").path("addresses").get(0).path("postal_code").asString())
                .isEqualTo("CW1 2AB");
        assertThat(ListingVenues.read(after).getLast().name()).isEqualTo("Wombat Hall");

        List<Venue> without = ListingVenues.read(after).subList(0, venues.size() - 1);
        assertThat((Object) ServiceDocumentJson.JSON.valueToTree(ListingVenues.apply(after, without,
                LocalDate.of(2026, 12, 2)))).as("removed again").isEqualTo(ServiceDocumentJson.JSON.valueToTree(listing));
    }

    @Test
    void termsOfOtherTaxonomiesAreKeptAndNewOnesAdded() throws IOException {
        HsdsDocuments.Service listing = contentListings().getFirst();
        Set<UUID> carried = ListingTerms.read(listing);
        UUID dropped = carried.iterator().next();
        UUID added = UUID.fromString("f090ced7-1ac5-579d-8e0f-16fde6993683");
        Set<UUID> managed = Set.of(dropped, added);

        Set<UUID> after = ListingTerms.read(ListingTerms.apply(listing, managed, Set.of(added)));

        assertThat(after).contains(added).doesNotContain(dropped).hasSize(carried.size());
    }

    @Test
    void aLastWeekSessionWithExceptionsIsWrittenAndReadBack() {
        Session lastThursday = new Session(null, Session.Frequency.MONTHLY, Set.of(DayOfWeek.THURSDAY),
                ScheduleWords.LAST_WEEK, LocalTime.of(10, 0), LocalTime.of(11, 30), false, null, null,
                List.of(LocalDate.of(2027, 1, 28), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 11, 26)));

        HsdsDocuments.Schedule written = lastThursday.toSchedule("s1", LocalDate.of(2026, 12, 2));

        assertThat(written.freq()).isEqualTo("MONTHLY");
        assertThat(written.byday()).as("RFC 5545's last Thursday, as the timetable reads it").isEqualTo("-1TH");
        assertThat(written.bymonthday()).isNull();
        assertThat(written.dtstart()).isEqualTo("2026-12-31");
        assertThat(written.exceptDates()).as("the past one falls away").containsExactly("2026-12-31", "2027-01-28");
        assertThat(written.description()).isEqualTo("Last Thursday of each month, 10:00 to 11:30");

        JsonNode json = ServiceDocumentJson.JSON.valueToTree(written);
        Session read = Session.of(ServiceDocumentJson.JSON.treeToValue(json, HsdsDocuments.Schedule.class))
                .orElseThrow();
        assertThat(read.weekOfMonth()).isEqualTo(ScheduleWords.LAST_WEEK);
        assertThat(read.days()).containsExactly(DayOfWeek.THURSDAY);
        assertThat(read.exceptions()).containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 28));
        assertThat(read.sameAs(new Session("s1", Session.Frequency.MONTHLY, Set.of(DayOfWeek.THURSDAY),
                ScheduleWords.LAST_WEEK, LocalTime.of(10, 0), LocalTime.of(11, 30), false, null, null,
                read.exceptions()))).isTrue();
    }

    @Test
    void aWeeklyRuleWithAnNthDayIsNotShownAsEveryWeek() {
        HsdsDocuments.Schedule firstMonday = new HsdsDocuments.Schedule("x", "WEEKLY", 1, "1MO", null, null, null,
                null, null, null, "10:00", "11:00", null, null, null, null);
        assertThat(Session.of(firstMonday)).isEmpty();
    }

    @Test
    void badSessionsAndVenuesAreRefusedInPlainWords() {
        Session backwards = new Session(null, Session.Frequency.WEEKLY, Set.of(), null, LocalTime.of(11, 0),
                LocalTime.of(10, 0), false, LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1));
        assertThat(backwards.problems()).containsExactly("Choose the day the session meets.",
                "The session must end after it starts.", "The last date must not be before the first.");
        Session monthlyTwoDays = new Session(null, Session.Frequency.MONTHLY,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), null, LocalTime.of(10, 0), LocalTime.of(11, 0), false,
                null, null);
        assertThat(monthlyTwoDays.problems()).hasSize(1);
        Session fortnightNoStart = new Session(null, Session.Frequency.FORTNIGHTLY, Set.of(DayOfWeek.MONDAY), null,
                LocalTime.of(10, 0), LocalTime.of(11, 0), false, null, null);
        assertThat(fortnightNoStart.problems()).hasSize(1);

        for (String postcode : List.of("CW1", "12345", "CW1 2A", "not a postcode", "")) {
            assertThat(new Venue(null, null, "Hall", "1 Street", "Crewe", postcode, List.of()).problems())
                    .as(postcode).containsExactly(Venue.POSTCODE_WRONG);
        }
        assertThat(new Venue(null, null, "Hall", "1 Street", "Crewe", "cw12ab", List.of()).problems()).isEmpty();
        assertThat(new Venue(null, UUID.randomUUID().toString(), null, null, null, null, List.of()).problems())
                .as("a venue chosen from the directory is as the directory has it").isEmpty();
    }

    @Test
    void aNewVenuesAccessibilityAndDirectionsAreWrittenAsAContentVenueCarriesThem() throws IOException {
        List<TermChoice> features = accessibilityFeatures();
        HsdsDocuments.Service listing = contentListings().getFirst();
        List<Venue> venues = new ArrayList<>(ListingVenues.read(listing));
        venues.add(new Venue(null, null, "Numbat Hall", "1 High Street", "Crewe", "CW1 2AB", List.of(),
                Set.of("wheelchair-access", "hearing-loop"), "Bus 6 stops outside."));

        HsdsDocuments.Service after = ListingVenues.apply(listing, venues, features, LocalDate.of(2026, 12, 2));

        HsdsDocuments.Location made = after.serviceAtLocations().getLast().location();
        assertThat(made.accessibility()).extracting(HsdsDocuments.Accessibility::description)
                .containsExactlyInAnyOrder("Wheelchair access", "Hearing loop");
        assertThat(made.accessibility()).extracting(HsdsDocuments.Accessibility::details)
                .containsExactlyInAnyOrder("wheelchair-access", "hearing-loop");
        assertThat(made.attributes()).extracting(HsdsDocuments.Attribute::taxonomyTermId).containsExactlyInAnyOrder(
                id(features, "wheelchair-access"), id(features, "hearing-loop"));
        assertThat(made.transportation()).isEqualTo("Bus 6 stops outside.");
        JsonNode content = firstWithAccessibility();
        JsonNode written = ServiceDocumentJson.JSON.valueToTree(made);
        assertThat(fieldNames(written.path("accessibility").get(0)))
                .isEqualTo(fieldNames(content.path("accessibility").get(0)));
        Venue read = ListingVenues.read(after).getLast();
        assertThat(read.accessibility()).containsExactlyInAnyOrder("wheelchair-access", "hearing-loop");
        assertThat(read.transport()).isEqualTo("Bus 6 stops outside.");
    }

    @Test
    void aContentVenuesFeaturesChangeOnlyWhereTheEditorChangedThem() throws IOException {
        List<TermChoice> features = accessibilityFeatures();
        HsdsDocuments.Service listing = contentListings().stream().filter(s -> ListingVenues.read(s).stream()
                .anyMatch(v -> v.accessibility().contains("wheelchair-access")
                        && !v.accessibility().contains("hearing-loop"))).findFirst().orElseThrow();
        List<Venue> venues = new ArrayList<>(ListingVenues.read(listing));
        assertThat((Object) ServiceDocumentJson.JSON.valueToTree(ListingVenues.apply(listing, venues, features,
                LocalDate.of(2026, 12, 2)))).as("nothing changed, nothing touched")
                .isEqualTo(ServiceDocumentJson.JSON.valueToTree(listing));
        Venue venue = venues.stream().filter(v -> v.accessibility().contains("wheelchair-access")
                && !v.accessibility().contains("hearing-loop")).findFirst().orElseThrow();
        Set<String> changed = new java.util.LinkedHashSet<>(venue.accessibility());
        changed.remove("wheelchair-access");
        changed.add("hearing-loop");
        venues.set(venues.indexOf(venue), new Venue(venue.linkId(), venue.locationId(), venue.name(),
                venue.address(), venue.town(), venue.postcode(), venue.sessions(), changed, venue.transport()));

        HsdsDocuments.Service after = ListingVenues.apply(listing, venues, features, LocalDate.of(2026, 12, 2));

        HsdsDocuments.Location was = listing.serviceAtLocations().stream()
                .filter(at -> at.id().equals(venue.linkId())).findFirst().orElseThrow().location();
        HsdsDocuments.Location now = after.serviceAtLocations().stream()
                .filter(at -> at.id().equals(venue.linkId())).findFirst().orElseThrow().location();
        assertThat(now.accessibility()).extracting(HsdsDocuments.Accessibility::details)
                .contains("hearing-loop").doesNotContain("wheelchair-access")
                .hasSize(was.accessibility().size());
        assertThat(now.accessibility()).as("the venue's own words for what it kept")
                .containsAll(was.accessibility().stream().filter(a -> !"wheelchair-access".equals(a.details()))
                        .toList());
        assertThat(now.attributes()).extracting(HsdsDocuments.Attribute::taxonomyTermId)
                .contains(id(features, "hearing-loop")).doesNotContain(id(features, "wheelchair-access"));
        assertThat(now.transportation()).isEqualTo(was.transportation());
    }

    /** The accessibility features as the loaded taxonomy names them in English. */
    private static List<TermChoice> accessibilityFeatures() throws IOException {
        List<TermChoice> features = new ArrayList<>();
        for (JsonNode taxonomy : ServiceDocumentJson.JSON.readTree(Files.readString(Path.of(
                "content/taxonomies.json")))) {
            if ("accessibility".equals(taxonomy.path("name").asString())) {
                taxonomy.path("terms").forEach(t -> features.add(new TermChoice(UUID.fromString(
                        t.path("id").asString()), t.path("code").asString(), t.path("name").asString())));
            }
        }
        assertThat(features).extracting(TermChoice::code).contains("wheelchair-access", "hearing-loop");
        return features;
    }

    private static String id(List<TermChoice> features, String code) {
        return features.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow().id().toString();
    }

    private static JsonNode firstWithAccessibility() throws IOException {
        for (HsdsDocuments.Service s : contentListings()) {
            for (HsdsDocuments.ServiceAtLocation at : HsdsDocuments.list(s.serviceAtLocations())) {
                if (at.location() != null && !HsdsDocuments.list(at.location().accessibility()).isEmpty()) {
                    return ServiceDocumentJson.JSON.valueToTree(at.location());
                }
            }
        }
        throw new AssertionError("no content venue with accessibility");
    }

    private static HsdsDocuments.Schedule schedule(String words) throws IOException {
        return contentListings().stream().flatMap(s -> HsdsDocuments.list(s.serviceAtLocations()).stream())
                .flatMap(at -> HsdsDocuments.list(at.schedules()).stream())
                .filter(s -> words.equals(s.description())).findFirst().orElseThrow();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
