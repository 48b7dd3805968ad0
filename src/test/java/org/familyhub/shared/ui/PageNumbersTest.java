package org.familyhub.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageNumbersTest {

    @Test
    void aLongListShowsTheEndsAndTheNeighboursOfTheCurrentPage() {
        assertThat(PageNumbers.shown(2500, 5000)).containsExactly(1, 2498, 2499, 2500, 2501, 2502, 5000);
        assertThat(PageNumbers.shown(1, 5000)).containsExactly(1, 2, 3, 5000);
        assertThat(PageNumbers.shown(5000, 5000)).containsExactly(1, 4998, 4999, 5000);
    }

    @Test
    void aShortListShowsEveryPage() {
        assertThat(PageNumbers.shown(2, 4)).containsExactly(1, 2, 3, 4);
        assertThat(PageNumbers.shown(1, 1)).containsExactly(1);
        assertThat(PageNumbers.shown(1, 0)).containsExactly(1);
    }
}
