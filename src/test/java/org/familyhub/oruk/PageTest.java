package org.familyhub.oruk;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    private final List<Integer> items = IntStream.rangeClosed(1, 23).boxed().toList();

    @Test
    void countsPagesRoundingUpAndMarksTheFirstAndLast() {
        Page<Integer> first = Page.of(items, 1, 10);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.firstPage()).isTrue();
        assertThat(first.lastPage()).isFalse();
        assertThat(first.contents()).hasSize(10);
        Page<Integer> last = Page.of(items, 3, 10);
        assertThat(last.lastPage()).isTrue();
        assertThat(last.contents()).containsExactly(21, 22, 23);
    }

    @Test
    void sizeIsTheNumberOfItemsOnThePageNotThePageSizeAskedFor() {
        assertThat(Page.of(items, 1, 10).size()).isEqualTo(10);
        assertThat(Page.of(items, 3, 10).size()).isEqualTo(3);
        assertThat(Page.of(items, 9, 10).size()).isZero();
        Page<Integer> fetched = Page.of(23, 3, 10, List.of(21, 22, 23));
        assertThat(fetched.size()).isEqualTo(3);
        assertThat(fetched.withContents(List.of("a", "b")).size()).isEqualTo(2);
    }

    @Test
    void aPageBeyondTheEndIsEmptyNotAnError() {
        Page<Integer> beyond = Page.of(items, 9, 10);
        assertThat(beyond.empty()).isTrue();
        assertThat(beyond.contents()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(23);
    }

    @Test
    void nothingAtAllIsOneEmptyFirstAndLastPage() {
        Page<Integer> none = Page.of(List.<Integer>of(), 1, 10);
        assertThat(none.totalPages()).isZero();
        assertThat(none.firstPage()).isTrue();
        assertThat(none.lastPage()).isTrue();
        assertThat(none.empty()).isTrue();
    }
}
