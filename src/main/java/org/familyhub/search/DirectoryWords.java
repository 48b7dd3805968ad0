package org.familyhub.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import org.familyhub.search.index.ServiceIndex;
import org.familyhub.shared.Remembered;

/**
 * Whether the directory spells each of a parent's words as they typed it. Typo tolerance is asked only when it does
 * not: at 100,000 services, matching "stay and play" with typos cost a third of the broad search's engine time
 * (its expansions, "say", "pay", walk long lists) and added no stay-and-play session (SearchCostProbe, 4 December 2026).
 * <p>
 * A word is looked up once (one small request for all the new words of a search, each stopping at its first match)
 * and remembered for {@link #REMEMBERED_FOR}, as parents' words repeat: a word that has just joined the directory is
 * matched with typos meanwhile, which still finds it; one that has just left it is matched as typed.
 */
final class DirectoryWords {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(10);
    private static final int REMEMBERED = 20_000;
    /** Shorter words are matched as typed anyway (fuzziness AUTO allows no edit under three letters). */
    private static final int SHORTEST_CORRECTED = 3;
    /** The fields typos are matched in ({@link ServiceSearchRequest}), read as the typo clauses read them. */
    static final List<String> FIELDS = List.of("name", "category_names", "description");
    static final String ANALYZER = "portal_fuzzy";

    private record Known(boolean spelled, Instant until) {
    }

    private final ElasticsearchAsyncClient client;
    private final Clock clock;
    private final Remembered<String, Known> remembered = new Remembered<>(REMEMBERED);

    DirectoryWords(ElasticsearchAsyncClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /**
     * True when the directory has every word as typed (in some service's name, topics or description), so typos need
     * not be allowed for; false when one is not, or the engine could not say.
     */
    CompletableFuture<Boolean> allSpelled(String words) {
        Instant now = clock.instant();
        List<String> unknown = new ArrayList<>();
        for (String word : words(words)) {
            Known known = remembered.get(word);
            if (known != null && known.until().isAfter(now)) {
                if (!known.spelled()) {
                    return CompletableFuture.completedFuture(false);
                }
            } else {
                unknown.add(word);
            }
        }
        if (unknown.isEmpty()) {
            return CompletableFuture.completedFuture(true);
        }
        return client.msearch(lookUp(unknown), Void.class).thenApply(response -> {
            boolean all = true;
            Instant until = clock.instant().plus(REMEMBERED_FOR);
            for (int i = 0; i < unknown.size(); i++) {
                MultiSearchResponseItem<Void> item = response.responses().get(i);
                boolean spelled = item.isResult() && item.result().hits().total() != null
                        && item.result().hits().total().value() > 0;
                if (item.isResult()) {
                    remembered.put(unknown.get(i), new Known(spelled, until));
                }
                all &= spelled;
            }
            return all;
        }).exceptionally(failed -> false);
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
    private static MsearchRequest lookUp(List<String> words) {
        MsearchRequest.Builder request = new MsearchRequest.Builder().index(ServiceIndex.ALIAS);
        for (String word : words) {
            request.searches(s -> s.header(h -> h).body(b -> b.size(0).terminateAfter(1L)
                    .trackTotalHits(t -> t.enabled(true))
                    .query(q -> q.multiMatch(m -> m.query(word).fields(FIELDS).analyzer(ANALYZER)
                            .operator(Operator.And).zeroTermsQuery(ZeroTermsQuery.All)))));
        }
        return request.build();
    }
}
