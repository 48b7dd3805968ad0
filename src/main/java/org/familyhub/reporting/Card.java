package org.familyhub.reporting;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The report card for the whole area or one locality, a period and the one before: how much did we do, how well
 * did we do it, is anyone better off.
 *
 * @param localityCode      null for the whole area
 * @param areaName          the locality's name, or the area's
 * @param outcomesByLevel   the outcome survey's "things improved" by the request's level of need
 * @param bookingsRecorded  false until bookings exist: the card then says so instead of showing bookings
 */
public record Card(@Nullable String localityCode, String areaName, Period period, Period previous,
        List<Figure> howMuch, List<Figure> howWell, List<Figure> betterOff, List<LevelOutcome> outcomesByLevel,
        boolean bookingsRecorded) {

    public Card {
        howMuch = List.copyOf(howMuch);
        howWell = List.copyOf(howWell);
        betterOff = List.copyOf(betterOff);
        outcomesByLevel = List.copyOf(outcomesByLevel);
    }

    public Optional<Figure> figure(Measure measure) {
        return java.util.stream.Stream.of(howMuch, howWell, betterOff).flatMap(List::stream)
                .filter(f -> f.measure() == measure).findFirst();
    }
}
