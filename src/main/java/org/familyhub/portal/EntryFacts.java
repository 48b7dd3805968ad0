package org.familyhub.portal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.familyhub.directory.PrintedEntries.Entry;
import org.familyhub.directory.PrintedEntries.Upcoming;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.ServiceDetails.Venue;

/**
 * What a family needs to act on a service away from the screen, as labelled lines: when it next meets (by date,
 * never "today", as paper is read later), whether it stops in the school holidays, where it is with the postcode,
 * who to ring, how to get in and its page online. The printed and e-mailed shortlist and the leaflet say it alike.
 */
public final class EntryFacts {

    /** A label and its values, such as one per next session; on one line they read as {@link #value()}. */
    public record Fact(String key, String label, List<String> values) {

        public String value() {
            return String.join("; ", values);
        }
    }

    private static final int VENUES = 3;
    private static final int PHONES = 2;

    private final ListingWords words;
    private final ListingWords.Translator translator;
    private final String base;

    /** @param base the portal's public address, without a trailing slash */
    public EntryFacts(ListingWords words, ListingWords.Translator translator, String base) {
        this.words = words;
        this.translator = translator;
        this.base = base;
    }

    public List<Fact> of(Entry entry) {
        ServiceDetails service = entry.service();
        List<Fact> facts = new ArrayList<>();
        if (!entry.next().isEmpty()) {
            // the venue is named with each date only when they differ; the address below names it anyway
            boolean oneVenue = entry.next().stream().map(Upcoming::venueName).distinct().count() == 1;
            add(facts, "offline.next", entry.next().stream().map(next -> upcoming(next, !oneVenue)).toList());
        } else if (!service.openingHours().isEmpty()) {
            add(facts, "offline.hours", service.openingHours().stream().map(words::session)
                    .filter(text -> !text.isEmpty()).toList());
        }
        if (termTimeOnly(entry)) {
            add(facts, "offline.termTimeLabel", List.of(t("offline.termTime")));
        }
        add(facts, "offline.address", service.venues().stream().limit(VENUES).map(this::address).distinct().toList());
        add(facts, "service.phone", service.phones().stream().limit(PHONES).map(ServiceDetails.ContactPoint::number)
                .toList());
        add(facts, "service.howToGet", List.of(service.access().stream().map(access -> t("access." + access.name()))
                .collect(Collectors.joining(" "))));
        add(facts, "offline.page", List.of(page(service)));
        return facts;
    }

    /** "Tuesday 8 December, 9:30 to 11:00" and, when asked, ", Monks Coppenhall Children's Centre". */
    public String upcoming(Upcoming upcoming, boolean withVenue) {
        StringBuilder text = new StringBuilder(dayAndDate(upcoming.date()));
        if (upcoming.opensAt() != null && upcoming.closesAt() != null) {
            text.append(", ").append(t("session.time", words.time(upcoming.opensAt()), words.time(upcoming.closesAt())));
        }
        if (withVenue && upcoming.venueName() != null) {
            text.append(", ").append(upcoming.venueName());
        }
        return text.toString();
    }

    /** "Monks Coppenhall Children's Centre, Coleridge Way, Crewe, CW1 3JJ". */
    public String address(Venue venue) {
        return Stream.concat(Stream.concat(Stream.ofNullable(venue.name()), venue.addressLines().stream()),
                Stream.ofNullable(venue.postcode())).filter(Objects::nonNull).filter(part -> !part.isBlank())
                .distinct().collect(Collectors.joining(", "));
    }

    public String page(ServiceDetails service) {
        return base + "/services/" + service.id();
    }

    /** The weekday and date, never "today": a list is printed once and read for weeks. */
    public String dayAndDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", words.locale()));
    }

    private static boolean termTimeOnly(Entry entry) {
        return entry.next().stream().anyMatch(Upcoming::termTimeOnly) || entry.service().venues().stream()
                .flatMap(venue -> venue.sessions().stream()).anyMatch(ServiceDetails.Session::termTimeOnly);
    }

    private void add(List<Fact> facts, String key, List<String> values) {
        List<String> given = values.stream().filter(value -> !value.isBlank()).toList();
        if (!given.isEmpty()) {
            facts.add(new Fact(key, t(key), given));
        }
    }

    private String t(String key, Object... params) {
        return translator.translate(key, params);
    }
}
