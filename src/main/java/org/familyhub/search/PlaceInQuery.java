package org.familyhub.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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

    private record Matchable(String name, Pattern pattern, UnderstoodPlace place) {
    }

    /**
     * Names from this length are recognised with a slip ("macclesfeld", "congelton"): one letter off, two from
     * {@value #LONG_NAME} letters. Shorter names are too close to other words to tell.
     */
    private static final int SHORTEST_MISSPELT = 6;
    private static final int LONG_NAME = 9;

    /** "near Macclesfield", "around Crewe", "close to Sandbach": the area around the town, not only the town. */
    private static final Set<String> AROUND = Set.of("near", "around", "nr", "near to", "close to", "closest to",
            "nearest to", "next to");
    private final List<Matchable> places;
    private final Predicate<String> meantAsTyped;

    /**
     * @param meantAsTyped whether a word is surely meant as typed (everyday English, the synonym list's words)
     * @param equivalents the synonym list's words for the same thing: a town's other names ("macc, macclesfield")
     */
    PlaceInQuery(List<Town> towns, Predicate<String> meantAsTyped, List<List<String>> equivalents) {
        this.meantAsTyped = meantAsTyped;
        List<Name> names = new ArrayList<>();
        for (Town town : towns) {
            UnderstoodPlace place = new UnderstoodPlace(town.name(), town.name(), town.localityCode());
            names.add(new Name(town.name(), place));
            // "youth club macc" ignored the place and listed Middlewich's youth club first.
            equivalents.stream().filter(terms -> terms.contains(town.name().toLowerCase(Locale.ROOT)))
                    .flatMap(List::stream).filter(term -> !term.equalsIgnoreCase(town.name()))
                    .forEach(term -> names.add(new Name(term, place)));
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
        places = names.stream().map(n -> new Matchable(n.text().toLowerCase(Locale.ROOT), n.pattern(), n.place()))
                .toList();
    }

    /** True before the area's towns are loaded (a search during start-up). */
    boolean knowsNoPlace() {
        return places.isEmpty();
    }

    Understood understand(String text) {
        for (Matchable candidate : places) {
            Matcher matcher = candidate.pattern().matcher(text);
            if (matcher.find()) {
                return understood(text, matcher, candidate.place());
            }
        }
        return misspelt(text);
    }

    private static Understood understood(String text, Matcher matcher, UnderstoodPlace place) {
        String remaining = (text.substring(0, matcher.start()) + " " + text.substring(matcher.end()))
                .replaceAll("\\s+", " ").strip();
        boolean around = matcher.group(1) != null
                && AROUND.contains(matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return new Understood(remaining, Optional.of(around
                ? new UnderstoodPlace(place.name(), place.town(), place.localityCode(), true) : place));
    }

    /**
     * A town or locality named with a slip ("playgroup macclesfeld" found three services, none of them a playgroup): a
     * name a slip away from as many of the words in a row as it has, when those are not words meant as typed
     * ("rainbow" is not Rainow) and have its first letter ({@link #SHORTEST_MISSPELT}); the longest name first.
     */
    private Understood misspelt(String text) {
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+"));
        for (Matchable candidate : places) {
            String name = candidate.name();
            int length = name.split("\\s+").length;
            int allowed = name.length() < LONG_NAME ? 1 : 2;
            if (name.length() < SHORTEST_MISSPELT) {
                continue;
            }
            for (int at = 0; at + length <= words.size(); at++) {
                List<String> run = words.subList(at, at + length);
                String typed = String.join(" ", run);
                if (typed.isEmpty() || typed.charAt(0) != name.charAt(0) || typed.equals(name)
                        || run.stream().anyMatch(meantAsTyped)
                        || DirectoryWords.edits(typed, name, allowed) > allowed) {
                    continue;
                }
                Matcher matcher = new Name(typed, candidate.place()).pattern().matcher(text);
                if (matcher.find()) {
                    return understood(text, matcher, candidate.place());
                }
            }
        }
        return new Understood(text, Optional.empty());
    }
}
