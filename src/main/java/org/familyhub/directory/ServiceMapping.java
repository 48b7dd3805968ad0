package org.familyhub.directory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.familyhub.directory.ServiceDetails.ContactPoint;
import org.familyhub.directory.ServiceDetails.Provider;
import org.familyhub.directory.ServiceDetails.Session;
import org.familyhub.directory.ServiceDetails.Venue;
import org.familyhub.directory.domain.Address;
import org.familyhub.directory.domain.Attribute;
import org.familyhub.directory.domain.CostOption;
import org.familyhub.directory.domain.Locality;
import org.familyhub.directory.domain.Location;
import org.familyhub.directory.domain.Schedule;
import org.familyhub.directory.domain.Service;
import org.familyhub.directory.domain.ServiceArea;
import org.familyhub.directory.domain.ServiceAtLocation;
import org.familyhub.directory.domain.TaxonomyTerm;
import org.familyhub.directory.domain.Town;
import org.jspecify.annotations.Nullable;

/** Turns directory records into what pages show. */
final class ServiceMapping {

    /** The Family Information Service's duty: information older than this may be out of date. */
    static final int MONTHS_UNTIL_STALE = 6;

    private ServiceMapping() {
    }

    static ServiceCard card(Service service) {
        return new ServiceCard(service.getId(), service.getName(), service.getOrganization().getName(),
                firstSentence(RichText.toPlainText(service.getDescription())), cost(service), places(service), age(service.getMinimumAge()),
                age(service.getMaximumAge()), terms(service, LevelOfNeed.class, "level-of-need"),
                service.getStatus(), closure(service));
    }

    /** The service's closure while its status says it is temporarily closed; none otherwise. */
    static @Nullable Closure closure(Service service) {
        if (!Service.TEMPORARILY_CLOSED.equals(service.getStatus())) {
            return null;
        }
        Service alternative = service.getAlternative();
        return new Closure(service.getClosedFrom(), service.getClosedUntil(), service.getClosureNotice(),
                alternative == null ? null : alternative.getId(), alternative == null ? null : alternative.getName());
    }

    static ServiceDetails details(Service service, Clock clock, @Nullable String listedBy) {
        LocalDate assured = service.getAssuredDate();
        boolean stale = assured == null
                || assured.isBefore(LocalDate.now(clock).minusMonths(MONTHS_UNTIL_STALE));
        return new ServiceDetails(service.getId(), service.getName(), service.getAlternateName(),
                RichText.toPlainText(service.getDescription()),
                new Provider(service.getOrganization().getName(), service.getOrganization().getWebsite(),
                        service.getOrganization().getEmail()),
                service.getStatus(), service.getEligibilityDescription(), age(service.getMinimumAge()),
                age(service.getMaximumAge()), terms(service, LevelOfNeed.class, "level-of-need"),
                terms(service, AccessMethod.class, "access"), service.getApplicationProcess(),
                terms(service, DeliveryMethod.class, "delivery"), terms(service, SendSuitability.class, "send"),
                categoryTerms(service).map(TaxonomyTerm::getCode).distinct().toList(), cost(service),
                service.getLanguages().stream().map(l -> l.getName()).toList(),
                service.getInterpretationServices(),
                service.getPhones().stream().map(p -> new ContactPoint(p.getNumber(), p.getDescription())).toList(),
                service.getEmail(), service.getUrl(), assured, stale,
                service.getServiceAtLocations().stream().map(ServiceMapping::venue).toList(),
                service.getServiceAreas().stream().map(ServiceMapping::place).toList(),
                places(service),
                service.getSchedules().stream().map(ServiceMapping::session).toList(),
                service.getAlert(), listedBy, closure(service));
    }

    /**
     * The localities whose families alone may use the service: its service areas, when every one names a locality.
     * No areas, or one covering the whole council area, means anyone may.
     */
    static List<String> residentsOf(Service service) {
        return ServiceDetails.residentsOf(service.getServiceAreas(),
                area -> area.getLocality() == null ? null : area.getLocality().getCode());
    }

    /** The service as search indexes it, with its meetings from {@code today} ({@link Meetings}). */
    static IndexableService indexable(Service service, LocalDate today, TermDates terms) {
        List<Location> locations = service.getServiceAtLocations().stream().map(ServiceAtLocation::getLocation).toList();
        List<Locality> localities = locations.isEmpty()
                ? service.getServiceAreas().stream().map(ServiceArea::getLocality).filter(Objects::nonNull).toList()
                : locations.stream().map(Location::getLocality).toList();
        boolean wholeArea = service.getServiceAreas().stream().anyMatch(area -> area.getLocality() == null);
        List<Schedule> schedules = Stream.concat(service.getSchedules().stream(),
                service.getServiceAtLocations().stream().flatMap(at -> at.getSchedules().stream())).toList();
        return new IndexableService(service.getId(), service.getName(), service.getAlternateName(),
                RichText.toPlainText(service.getDescription()), service.getEligibilityDescription(), service.getOrganization().getName(),
                service.getStatus(),
                categoryTerms(service).flatMap(t -> t.getParent() == null ? Stream.of(t.getCode())
                        : Stream.of(t.getCode(), t.getParent().getCode())).distinct().toList(),
                categoryNames(service),
                termCodes(service.getAttributes(), "level-of-need").distinct().toList(),
                termCodes(service.getAttributes(), "access").distinct().toList(),
                termCodes(service.getAttributes(), "delivery").distinct().toList(),
                termCodes(service.getAttributes(), "send").distinct().toList(),
                service.getLanguages().stream().map(l -> l.getCode() != null ? l.getCode() : l.getName()).distinct().toList(),
                locations.stream().flatMap(l -> termCodes(l.getAttributes(), "accessibility")).distinct().toList(),
                locations.stream().map(Location::getTown).filter(Objects::nonNull).map(Town::getName).distinct().toList(),
                localities.stream().map(Locality::getCode).distinct().toList(),
                localities.stream().map(Locality::getName).distinct().toList(),
                wholeArea,
                residentsOf(service),
                places(service),
                locations.stream().filter(l -> l.getLatitude() != null && l.getLongitude() != null)
                        .map(l -> new IndexableService.Point(l.getLatitude(), l.getLongitude())).toList(),
                age(service.getMinimumAge()), age(service.getMaximumAge()), cost(service),
                service.getCostOptions().stream().map(CostOption::getAmount).filter(Objects::nonNull)
                        .max(BigDecimal::compareTo).filter(amount -> amount.signum() > 0).orElse(null),
                schedules.stream().flatMap(ServiceMapping::slots).distinct().toList(),
                service.getAssuredDate(), service.getLastModified(), closure(service),
                Meetings.of(schedules.stream().map(ServiceMapping::session).toList(), today, terms, closure(service)),
                service.getFirstPublishedAt());
    }

    private static Stream<IndexableService.Slot> slots(Schedule schedule) {
        if (schedule.getByday() == null) {
            return Stream.empty();
        }
        return Arrays.stream(schedule.getByday().split(","))
                .map(day -> day.trim().replaceFirst("^[+-]?\\d", ""))
                .map(day -> new IndexableService.Slot(day, schedule.getOpensAt(), schedule.getClosesAt()));
    }

    private static Stream<TaxonomyTerm> categoryTerms(Service service) {
        return service.getAttributes().stream().map(Attribute::getTaxonomyTerm)
                .filter(t -> t.getTaxonomy().getName().equals(Directory.CATEGORY));
    }

    static Cost cost(Service service) {
        return cost(service.getCostOptions().stream().map(o -> new Price(o.getAmount(), o.getAmountDescription()))
                .toList(), service.getFeesDescription());
    }

    /** One of a service's cost options: an amount, a description, or both. */
    record Price(@Nullable BigDecimal amount, @Nullable String description) {
    }

    /** What a service costs from its cost options and its fees' description. */
    static Cost cost(List<Price> options, @Nullable String details) {
        boolean free = !options.isEmpty() && options.stream()
                .allMatch(o -> o.amount() == null || o.amount().signum() == 0);
        List<String> words = free ? List.of() : options.stream()
                .map(o -> o.description() != null ? o.description() : pounds(o.amount()))
                .filter(Objects::nonNull)
                .toList();
        return new Cost(free, words, free && "Free".equalsIgnoreCase(String.valueOf(details)) ? null : details);
    }

    private static @Nullable String pounds(@Nullable BigDecimal amount) {
        return amount == null ? null : "£" + amount.stripTrailingZeros().toPlainString();
    }

    /** Each venue's town and locality or, for a service without a venue, the localities it covers. */
    static List<Place> places(Service service) {
        LinkedHashSet<Place> places = new LinkedHashSet<>();
        service.getServiceAtLocations().forEach(at -> places.add(place(at.getLocation())));
        if (places.isEmpty()) {
            service.getServiceAreas().forEach(area -> places.add(place(area)));
        }
        return List.copyOf(places);
    }

    static Place place(Location location) {
        return new Place(location.getTown() == null ? null : location.getTown().getName(),
                location.getLocality().getName());
    }

    private static Place place(ServiceArea area) {
        return new Place(null, area.getLocality() == null ? null : area.getLocality().getName());
    }

    private static Venue venue(ServiceAtLocation at) {
        return venue(at.getLocation(), at.getSchedules().stream().map(ServiceMapping::session).toList());
    }

    /** A venue with the given sessions held there (none, for the venue's own page). */
    static Venue venue(Location location, List<Session> sessions) {
        Address address = location.getAddresses().isEmpty() ? null : location.getAddresses().getFirst();
        List<String> lines = address == null ? List.of()
                : Stream.of(address.getAddress1(), address.getAddress2(), address.getCity())
                        .filter(Objects::nonNull).toList();
        List<String> accessibility = new ArrayList<>();
        location.getAccessibility().stream().map(a -> a.getDescription()).filter(Objects::nonNull)
                .forEach(accessibility::add);
        return new Venue(location.getId(), location.getName(), lines, address == null ? null : address.getPostalCode(),
                place(location), location.getLatitude(), location.getLongitude(), location.getTransportation(),
                accessibility, sessions);
    }

    /**
     * The session a schedule describes. A monthly one in a week of the month as content writes it (byday "TU",
     * bymonthday "8,…,14") is given as RFC 5545 says it ("+2TU"), the shape {@link SessionDates} reads: without
     * it, every Tuesday would be "next".
     */
    static Session session(Schedule schedule) {
        List<String> days = schedule.getByday() == null ? List.of()
                : Arrays.stream(schedule.getByday().split(",")).map(String::trim).toList();
        Integer week = "MONTHLY".equals(schedule.getFreq()) && days.size() == 1 && days.getFirst().length() == 2
                ? ScheduleWords.week(days, schedule.getBymonthday()) : null;
        if (week != null) {
            days = List.of((week == ScheduleWords.LAST_WEEK ? "-1" : "+" + week) + days.getFirst());
        }
        return new Session(schedule.getDescription(), schedule.getFreq() == null ? "WEEKLY" : schedule.getFreq(),
                schedule.getInterval() == null ? 1 : schedule.getInterval(), days, schedule.getOpensAt(),
                schedule.getClosesAt(), schedule.getValidFrom() != null ? schedule.getValidFrom() : schedule.getDtstart(),
                schedule.getValidTo() != null ? schedule.getValidTo() : schedule.getUntil(), schedule.getCount(),
                schedule.isTermTimeOnly(), schedule.getExceptDates(),
                "MONTHLY".equals(schedule.getFreq()) && days.isEmpty() ? ScheduleWords.dayOfMonth(schedule.getBymonthday())
                        : null);
    }

    private static <E extends Enum<E> & TaxonomyCoded> List<E> terms(Service service, Class<E> type, String taxonomy) {
        return termCodes(service.getAttributes(), taxonomy)
                .map(code -> TaxonomyCoded.fromCode(type, code))
                .flatMap(java.util.Optional::stream)
                .distinct()
                .sorted()
                .toList();
    }

    private static List<String> categoryNames(Service service) {
        return categoryTerms(service).map(TaxonomyTerm::getName).distinct().toList();
    }

    private static Stream<String> termCodes(Collection<Attribute> attributes, String taxonomy) {
        return attributes.stream()
                .filter(a -> a.getTaxonomyTerm().getTaxonomy().getName().equals(taxonomy))
                .map(a -> a.getTaxonomyTerm().getCode());
    }

    private static @Nullable Integer age(@Nullable BigDecimal years) {
        return years == null ? null : years.intValue();
    }

    private static @Nullable String firstSentence(@Nullable String text) {
        if (text == null) {
            return null;
        }
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
