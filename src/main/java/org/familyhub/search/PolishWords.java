package org.familyhub.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.familyhub.search.index.ServiceIndex;

/**
 * A search typed in Polish, said in English so that the situation it tells is read as the need it describes, as an
 * English one is: the needs' sentences are English ({@code search-index/needs.txt}) and the meaning model reads English
 * only, so no Polish sentence was read as a need ("mój syn nie chce chodzić do szkoły", my son won't go to school,
 * listed a school-readiness course first). Each Polish phrase of the synonym list
 * ({@code search-index/synonyms-pl.txt}) is the first English word or phrase it is read as; the small words and what
 * is plainly Polish are left out; the rest is kept as typed. Results are still ordered by the meaning of the words as
 * typed (ordered by the English, the second held-out relevance set's "mixed" queries, Polish, typos and others, did worse: README, "Relevance and speed"), unless
 * the words name no need ("zajęcia dla dziecka 2 lata", activities for a 2-year-old), whose order comes mostly from
 * the meaning: as typed, that listed two cookery courses first.
 */
final class PolishWords {

    private static final Map<String, String> ENGLISH = ServiceIndex.polishSynonymTerms().entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, rule -> rule.getValue().getFirst()));
    private static final Pattern PHRASES = ParentWords.wholePhrases(ENGLISH.keySet().stream());
    private static final Pattern POLISH_LETTERS = Pattern.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]");
    private static final Set<String> FILLERS = ServiceIndex.fillerWords();
    /** Every word of the Polish list's phrases ("nie", "chce", "chodzic"). */
    private static final Set<String> POLISH = ENGLISH.keySet().stream()
            .flatMap(phrase -> Arrays.stream(phrase.split(" "))).collect(Collectors.toUnmodifiableSet());

    private PolishWords() {
    }

    /**
     * Whether the words are Polish: a letter only Polish has ("ą", "ł"), or a phrase of the Polish list that is not
     * also an English word ("dzieci", "nie chce chodzic do szkoly"; not "sen", which is special educational needs too).
     */
    static boolean in(String words, Predicate<String> englishWord) {
        if (POLISH_LETTERS.matcher(words).find()) {
            return true;
        }
        return PHRASES.matcher(plain(words)).results().map(MatchResult::group)
                .anyMatch(phrase -> phrase.contains(" ") || !englishWord.test(phrase));
    }

    /**
     * The words in English as far as the Polish list says them, leaving out the small words and what is plainly Polish
     * (a word with a Polish letter, or one of the list's Polish words outside its phrases), keeping the rest as typed
     * ("childminder", "Sure Start"); empty when nothing is left.
     */
    static String inEnglish(String words, Predicate<String> englishWord) {
        String typed = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        String plain = plain(typed);
        // Folding keeps each letter in its place ("ą" for "a"), so the words as typed are where the plain ones are.
        String marked = typed.length() == plain.length() ? typed : plain;
        StringBuilder english = new StringBuilder();
        Matcher phrase = PHRASES.matcher(plain);
        int from = 0;
        while (phrase.find()) {
            english.append(notPolish(marked.substring(from, phrase.start()), englishWord))
                    .append(' ').append(ENGLISH.get(phrase.group())).append(' ');
            from = phrase.end();
        }
        english.append(notPolish(marked.substring(from), englishWord));
        return english.toString().replaceAll("\\s+", " ").strip();
    }

    /** The words between the list's phrases that are neither small words nor plainly Polish. */
    private static String notPolish(String words, Predicate<String> englishWord) {
        return " " + Arrays.stream(words.split("[^\\p{L}\\p{N}']+"))
                .filter(word -> !word.isEmpty() && !POLISH_LETTERS.matcher(word).find())
                .map(PolishWords::plain)
                .filter(word -> !FILLERS.contains(word) && (!POLISH.contains(word) || englishWord.test(word)))
                .collect(Collectors.joining(" ")) + " ";
    }

    /** Lower case, without the letters' marks, single-spaced: as the list is written. */
    private static String plain(String words) {
        return ParentWords.folded(words).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
