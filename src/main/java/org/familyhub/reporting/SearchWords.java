package org.familyhub.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of a search that found nothing, normalised so that similar searches fall into one group: lower case,
 * punctuation and common little words removed, a plural "s" dropped, each word once, in alphabetical order.
 * "Autism groups in Crewe?" and "crewe autism group" are both "autism crewe group".
 */
public final class SearchWords {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "at", "can", "do", "for", "from",
            "get", "how", "i", "in", "is", "it", "me", "my", "near", "of", "on", "or", "our", "the", "there", "to",
            "what", "where", "who", "with", "you", "your");

    private SearchWords() {
    }

    public static String normalise(String query) {
        return Arrays.stream(query.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim().split(" "))
                .filter(word -> !word.isEmpty() && !STOP_WORDS.contains(word))
                .map(SearchWords::singular).distinct().sorted().collect(Collectors.joining(" "));
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }
}
