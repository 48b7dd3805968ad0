package org.familyhub.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familyhub.directory.Town;
import org.familyhub.search.SearchResults.UnderstoodPlace;

/**
 * Finds a town or locality named in a parent's words ("autism group near Wilmslow") and takes it,
 * with "near", "in", "around", "close to", "to" or "from" before it, out of the words to match.
 */
final class PlaceInQuery {

    record Understood(String remainingText, Optional<UnderstoodPlace> place) {
    }

    private record Name(String text, UnderstoodPlace place) {

        /** The name as whole words, with "near", "in" … before it (the first group). */
        Pattern pattern() {
            return Pattern.compile("(?i)(?:\\b(near|in|at|around|nr|(?:near|close|closest|nearest|next)\\s+to|to|from)\\s+)?\\b"
                    + Pattern.quote(text.toLowerCase(Locale.ROOT)) + "\\b");
        }
    }

    private record Matchable(Pattern pattern, UnderstoodPlace place) {
    }

    /** "near Macclesfield", "around Crewe", "close to Sandbach": the area around the town, not only the town. */
    private static final Set<String> AROUND = Set.of("near", "around", "nr", "near to", "close to", "closest to",
            "nearest to", "next to");
    private final List<Matchable> places;

    PlaceInQuery(List<Town> towns) {
        List<Name> names = new ArrayList<>();
        for (Town town : towns) {
            names.add(new Name(town.name(), new UnderstoodPlace(town.name(), town.name(), town.localityCode())));
        }
        // A locality named like its main town ("Macclesfield") is understood as the town, which is narrower.
        for (Town town : towns) {
            if (names.stream().noneMatch(n -> n.text().equalsIgnoreCase(town.localityName()))) {
                names.add(new Name(town.localityName(),
                        new UnderstoodPlace(town.localityName(), null, town.localityCode())));
            }
        }
        // Longest first, so "Crewe and Nantwich" wins over "Crewe".
        names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
        places = names.stream().map(n -> new Matchable(n.pattern(), n.place())).toList();
    }

    /** True before the area's towns are loaded (a search during start-up). */
    boolean knowsNoPlace() {
        return places.isEmpty();
    }

    Understood understand(String text) {
        for (Matchable candidate : places) {
            Matcher matcher = candidate.pattern().matcher(text);
            if (matcher.find()) {
                String remaining = (text.substring(0, matcher.start()) + " " + text.substring(matcher.end()))
                        .replaceAll("\\s+", " ").strip();
                UnderstoodPlace place = candidate.place();
                boolean around = matcher.group(1) != null
                        && AROUND.contains(matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
                return new Understood(remaining, Optional.of(around
                        ? new UnderstoodPlace(place.name(), place.town(), place.localityCode(), true) : place));
            }
        }
        return new Understood(text, Optional.empty());
    }
}
