package org.familyhub.directory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Everything a parent needs to know about one service.
 *
 * @param areas  the localities (or whole area) the service says it covers
 * @param places where it is, as a card shows it: its venues, or its areas when it has no venue
 * @param closure while the service is temporarily closed: when, its notice and where to go instead
 * @param categoryCodes its topics' codes; {@link TermNames} gives their names in the reader's language
 * @param listedBy the publisher whose Open Referral feed the listing came from; null for our own
 */
public record ServiceDetails(
        UUID id,
        String name,
        @Nullable String alternateName,
        @Nullable String description,
        Provider provider,
        String status,
        @Nullable String eligibility,
        @Nullable Integer minimumAge,
        @Nullable Integer maximumAge,
        List<LevelOfNeed> levels,
        List<AccessMethod> access,
        @Nullable String applicationProcess,
        List<DeliveryMethod> delivery,
        List<SendSuitability> send,
        List<String> categoryCodes,
        Cost cost,
        List<String> languages,
        @Nullable String interpretation,
        List<ContactPoint> phones,
        @Nullable String email,
        @Nullable String website,
        @Nullable LocalDate assuredDate,
        boolean mayBeOutOfDate,
        List<Venue> venues,
        List<Place> areas,
        List<Place> places,
        List<Session> openingHours,
        @Nullable String alert,
        @Nullable String listedBy,
        @Nullable Closure closure) {

    public record Provider(String name, @Nullable String website, @Nullable String email) {
    }

    /** The localities (names) whose families alone may use the service: empty when anyone may ({@link #residentsOf(List, Function)}). */
    public List<String> residentsOf() {
        return residentsOf(areas, Place::locality);
    }

    /**
     * The one rule of who may use a service: only the families of its service areas' localities when every area
     * names a locality; anyone when it has no area or one of them is the whole council area.
     */
    static <T> List<String> residentsOf(List<T> areas, Function<T, @Nullable String> locality) {
        return areas.stream().anyMatch(area -> locality.apply(area) == null) ? List.of()
                : areas.stream().map(locality).filter(Objects::nonNull).distinct().toList();
    }

    public record ContactPoint(String number, @Nullable String description) {
    }

    /** A venue and the sessions of this service held there. */
    public record Venue(UUID id, @Nullable String name, List<String> addressLines, @Nullable String postcode,
            Place place, @Nullable Double latitude, @Nullable Double longitude, @Nullable String transport,
            List<String> accessibility, List<Session> sessions) {
    }

    /**
     * A recurring session: the provider's own words plus the structured recurrence.
     *
     * @param days RFC 5545 day codes (MO, TU …)
     * @param termTimeOnly skips the school holidays ({@link TermDates})
     * @param exceptDates the dates it does not meet although the rest says it would, earliest first
     */
    public record Session(@Nullable String description, String frequency, int interval, List<String> days,
            @Nullable LocalTime opensAt, @Nullable LocalTime closesAt, @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn, @Nullable Integer count, boolean termTimeOnly, List<LocalDate> exceptDates,
            @Nullable Integer dayOfMonth) {

        public Session {
            exceptDates = List.copyOf(exceptDates);
        }

        /** A session on set weekdays (or a single date), not on a day of the month. */
        public Session(@Nullable String description, String frequency, int interval, List<String> days,
                @Nullable LocalTime opensAt, @Nullable LocalTime closesAt, @Nullable LocalDate startsOn,
                @Nullable LocalDate endsOn, @Nullable Integer count, boolean termTimeOnly, List<LocalDate> exceptDates) {
            this(description, frequency, interval, days, opensAt, closesAt, startsOn, endsOn, count, termTimeOnly,
                    exceptDates, null);
        }

        /** A monthly session on one day of the month ({@code BYMONTHDAY=15}) rather than on a weekday. */
        public boolean onDayOfMonth() {
            return dayOfMonth != null && "MONTHLY".equals(frequency) && days.isEmpty();
        }

        /** A session without exception dates. */
        public Session(@Nullable String description, String frequency, int interval, List<String> days,
                @Nullable LocalTime opensAt, @Nullable LocalTime closesAt, @Nullable LocalDate startsOn,
                @Nullable LocalDate endsOn, @Nullable Integer count, boolean termTimeOnly) {
            this(description, frequency, interval, days, opensAt, closesAt, startsOn, endsOn, count, termTimeOnly,
                    List.of());
        }
    }
}
