package org.familyhub.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A search asked again is answered from what was kept, until the index changes or the answer is too old. */
class KeptResultsTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final AtomicLong now = new AtomicLong(100 * SECOND);
    private final AtomicLong lastWrite = new AtomicLong(0);
    private final AtomicInteger searches = new AtomicInteger();
    private final KeptResults kept = new KeptResults(Duration.ofSeconds(10), lastWrite::get, now::get);

    @Test
    void theSameSearchAskedAgainIsAnsweredWithoutTheEngine() {
        SearchResults first = ask("stay and play");
        now.addAndGet(3 * SECOND);

        assertThat(ask("stay and play")).isSameAs(first);
        assertThat(searches).hasValue(1);
        ask("toddler groups");
        assertThat(searches).hasValue(2);
    }

    @Test
    void aWriteToTheIndexMeansTheSearchIsAskedAgain() {
        ask("stay and play");
        now.addAndGet(SECOND);
        lastWrite.set(now.get());
        now.addAndGet(SECOND);

        ask("stay and play");
        assertThat(searches).as("asked again after the write").hasValue(2);
        // Asked within a moment of the write, the engine may not have shown it yet: that answer is not kept.
        ask("stay and play");
        assertThat(searches).hasValue(3);
        now.addAndGet(2 * SECOND);
        ask("stay and play");
        ask("stay and play");
        assertThat(searches).as("kept once the write had settled").hasValue(4);
    }

    @Test
    void anAnswerIsKeptForItsTimeOnly() {
        ask("stay and play");
        now.addAndGet(11 * SECOND);

        ask("stay and play");
        assertThat(searches).hasValue(2);
    }

    @Test
    void nothingIsKeptWhenTheTimeIsZero() {
        KeptResults none = new KeptResults(Duration.ZERO, lastWrite::get, now::get);
        none.get(key("stay and play"), this::answer);
        none.get(key("stay and play"), this::answer);

        assertThat(searches).hasValue(2);
    }

    @Test
    void forgottenAnswersAreAskedAgain() {
        ask("stay and play");
        kept.forget();
        ask("stay and play");

        assertThat(searches).hasValue(2);
    }

    @Test
    void onlyTheMostRecentlyAskedAreKept() {
        for (int i = 0; i <= KeptResults.MOST; i++) {
            ask("search " + i);
        }
        ask("search " + KeptResults.MOST);
        assertThat(searches).hasValue(KeptResults.MOST + 1);
        ask("search 0");
        assertThat(searches).as("the least recently asked was dropped").hasValue(KeptResults.MOST + 2);
    }

    private SearchResults ask(String words) {
        return kept.get(key(words), this::answer);
    }

    private SearchResults answer() {
        searches.incrementAndGet();
        return new SearchResults(0, 0, 20, List.of(), Map.of(), null, null, null, false,
                SearchResults.Understood.NOTHING, false);
    }

    private static KeptResults.Key key(String words) {
        return new KeptResults.Key(SearchQuery.forText(words).build(),
                ServiceSearchRequest.Purpose.PAGE, Instant.parse("2026-12-02T08:00:00Z"));
    }
}
