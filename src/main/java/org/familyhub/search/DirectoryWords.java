package org.familyhub.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.SuggestSort;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import org.familyhub.search.index.ServiceIndex;
import org.familyhub.shared.Remembered;
import org.jspecify.annotations.Nullable;

/**
 * Whether the directory spells each of a parent's words as they typed it. Typo tolerance is asked only when it does
 * not: at 100,000 services, matching "stay and play" with typos cost a third of the broad search's engine time
 * (its expansions, "say", "pay", walk long lists) and added no stay-and-play session (SearchCostProbe, 4 December 2026).
 * <p>
 * A word is looked up once (one small request for all the new words of a search, each stopping at its first match)
 * and remembered for {@link #REMEMBERED_FOR}, as parents' words repeat: a word that has just joined the directory is
 * matched with typos meanwhile, which still finds it; one that has just left it is matched as typed.
 * <p>
 * The same request asks for the directory's closest spelling of a word it does not have, so the word's synonyms can
 * be read: "playgoup" matched "playgroup" by its typo, but never a toddler group.
 */
final class DirectoryWords {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(10);
    private static final int REMEMBERED = 20_000;
    /** Shorter words are matched as typed anyway (fuzziness AUTO allows no edit under three letters). */
    private static final int SHORTEST_CORRECTED = 3;
    /** The fields typos are matched in ({@link ServiceSearchRequest}), read as the typo clauses read them. */
    static final List<String> FIELDS = List.of("name", "category_names", "description");
    static final String ANALYZER = "portal_fuzzy";
    private static final String CORRECTION = "correction";
    /**
     * Words from this length are corrected to the directory's spelling before their synonyms are read: one letter off
     * under {@value #LONG} letters, two from then on. Shorter words are too close to other words to tell.
     */
    private static final int SHORTEST_CORRECTED_TO = 5;
    private static final int LONG = 8;

    private record Known(boolean spelled, @Nullable String correction, Instant until) {
    }

    /**
     * Whether the directory spells every word as typed; if not, the directory's spelling of those it can correct
     * ("playgoup": "playgroup"), lower case.
     */
    record Spelling(boolean all, Map<String, String> corrections) {

        static final Spelling ALL = new Spelling(true, Map.of());
    }

    /** The words with the corrections made, so their synonyms are read as the directory spells them. */
    static String corrected(String words, Map<String, String> corrections) {
        String corrected = words;
        for (Map.Entry<String, String> fix : corrections.entrySet()) {
            corrected = corrected.replaceAll("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(fix.getKey())
                    + "(?![\\p{L}\\p{N}])", Matcher.quoteReplacement(fix.getValue()));
        }
        return corrected;
    }

    private final ElasticsearchAsyncClient client;
    private final Clock clock;
    private final Remembered<String, Known> remembered = new Remembered<>(REMEMBERED);
    private final Set<String> synonymWords;
    private final Predicate<String> commonWord;

    /** @param commonWord whether a word is a common English word, which is never a slip for another */
    DirectoryWords(ElasticsearchAsyncClient client, Clock clock, Predicate<String> commonWord) {
        this.client = client;
        this.clock = clock;
        this.synonymWords = ServiceIndex.synonymWords();
        this.commonWord = commonWord;
    }

    /**
     * Whether the directory has every word as typed (in some service's name, topics or description), so typos need
     * not be allowed for, and the corrections of those it does not have; not all spelled, with no corrections, when the
     * engine could not say. A word the synonym list knows, or a common English word ("son", "weed"), is spelled as
     * meant, though no listing uses it: allowing for typos then made "son smoking weed" a song every week (rhyme times).
     */
    CompletableFuture<Spelling> spelling(String words) {
        Instant now = clock.instant();
        List<String> unknown = new ArrayList<>();
        Map<String, String> corrections = new LinkedHashMap<>();
        boolean all = true;
        for (String word : words(words)) {
            if (meantAsTyped(word)) {
                continue;
            }
            Known known = remembered.get(word);
            if (known != null && known.until().isAfter(now)) {
                all &= known.spelled();
                if (known.correction() != null) {
                    corrections.put(word, known.correction());
                }
            } else {
                unknown.add(word);
            }
        }
        if (unknown.isEmpty()) {
            return CompletableFuture.completedFuture(new Spelling(all, Map.copyOf(corrections)));
        }
        boolean allKnown = all;
        return client.msearch(lookUp(unknown), Void.class).thenApply(response -> {
            boolean allSpelled = allKnown;
            Instant until = clock.instant().plus(REMEMBERED_FOR);
            for (int at = 0; at < unknown.size(); at++) {
                int i = at;
                MultiSearchResponseItem<Void> item = response.responses().get(i);
                boolean spelled = item.isResult() && item.result().hits().total() != null
                        && item.result().hits().total().value() > 0;
                // A word the directory has only by its stem ("bereavment", "bereav") is still read with the synonyms of
                // the list's word it is a slip for.
                String correction = !item.isResult() ? null : spelled ? closestSynonymWord(unknown.get(i))
                        : Optional.ofNullable(correction(item.result().suggest()))
                                .orElseGet(() -> closestSynonymWord(unknown.get(i)));
                if (item.isResult()) {
                    remembered.put(unknown.get(i), new Known(spelled, correction, until));
                }
                if (correction != null) {
                    corrections.put(unknown.get(i), correction);
                }
                allSpelled &= spelled;
            }
            return new Spelling(allSpelled, Map.copyOf(corrections));
        }).exceptionally(failed -> new Spelling(false, Map.of()));
    }

    /**
     * The synonym list's word a word the directory has no spelling for is a slip for ("bereavment": "bereavement";
     * "finacial": "financial"), by the same rules as the directory's own spellings: a word from
     * {@value #SHORTEST_CORRECTED_TO} letters, one letter off under {@value #LONG} letters and two from then on, the
     * first letter as typed. The list holds parents' words that listings seldom use, so the directory could not
     * correct them: "bereavment" found one service, "finacial help" none. Null when no word is that close, or two are
     * equally close; a word that only adds to or drops from the end of the other is another form of it, not a slip.
     */
    @Nullable String closestSynonymWord(String word) {
        if (!corrigible(word)) {
            return null;
        }
        int allowed = word.length() < LONG ? 1 : 2;
        String closest = null;
        int best = allowed + 1;
        boolean tied = false;
        for (String candidate : synonymWords) {
            if (candidate.isEmpty() || candidate.charAt(0) != word.charAt(0)
                    || Math.abs(candidate.length() - word.length()) > allowed
                    || !candidate.chars().allMatch(Character::isLetter)
                    || candidate.startsWith(word) || word.startsWith(candidate)) {
                continue; // another form of the word ("childminders", "childminder") is no slip
            }
            int distance = edits(word, candidate, allowed);
            if (distance < best) {
                best = distance;
                closest = candidate;
                tied = false;
            } else if (distance == best) {
                tied = true;
            }
        }
        return tied ? null : closest;
    }

    /** The letters to add, drop, change or swap with the next to turn one word into the other; past {@code most}, more. */
    static int edits(String a, String b, int most) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowBest = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowBest = Math.min(rowBest, d[i][j]);
            }
            if (rowBest > most) {
                return most + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    private static @Nullable String correction(Map<String, List<Suggestion<Void>>> suggest) {
        return suggest.getOrDefault(CORRECTION, List.of()).stream().filter(Suggestion::isTerm)
                .flatMap(s -> s.term().options().stream()).map(option -> option.text()).findFirst().orElse(null);
    }

    /** The words as typed, lower case, without those too short to correct; duplicates once. */
    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> word.codePointCount(0, word.length()) >= SHORTEST_CORRECTED).distinct().toList();
    }

    /**
     * One search per word, each stopping at the first service that has it; a word the analyzer drops ("and") matches
     * everything, as it needs no correcting.
     */
    private MsearchRequest lookUp(List<String> words) {
        MsearchRequest.Builder request = new MsearchRequest.Builder().index(ServiceIndex.ALIAS);
        for (String word : words) {
            request.searches(s -> s.header(h -> h).body(b -> {
                b.size(0).terminateAfter(1L).trackTotalHits(t -> t.enabled(true))
                        .query(q -> q.multiMatch(m -> m.query(word).fields(FIELDS).analyzer(ANALYZER)
                                .operator(Operator.And).zeroTermsQuery(ZeroTermsQuery.All)));
                if (corrigible(word)) {
                    b.suggest(sg -> sg.text(word).suggesters(CORRECTION, fs -> fs.term(t -> t.field("spell")
                            .suggestMode(SuggestMode.Missing).sort(SuggestSort.Score).size(1).prefixLength(1)
                            .minWordLength(SHORTEST_CORRECTED_TO).maxEdits(word.length() < LONG ? 1 : 2))));
                }
                return b;
            }));
        }
        return request.build();
    }

    /**
     * A word is corrected when it is a word (letters only) long enough for a slip to be told from another word, that
     * the synonym list does not know ("weed" is not "week": the synonyms say what it means), and that is not a common
     * English word the directory happens not to use ("swimming" is not "slimming").
     */
    private boolean corrigible(String word) {
        return word.length() >= SHORTEST_CORRECTED_TO && word.chars().allMatch(Character::isLetter)
                && !meantAsTyped(word);
    }

    /**
     * Whether a word is surely meant as typed, whatever the directory's words: the synonym list knows it, with or
     * without its letters' marks as the list is written ("chodzić" as "chodzic": taken for a slip, it turned on typo
     * matching for the whole search), or it is a common English word ("partner", "shouts"). Lower case.
     */
    boolean meantAsTyped(String word) {
        return synonymWords.contains(word) || synonymWords.contains(ParentWords.folded(word)) || commonWord.test(word);
    }
}
