package org.familyhub.search.index;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A search engine that does not answer at the start leaves the portal running and the index made once it answers.
 * (The index itself is a stand-in here: what is tried is when the start asks for it, not what it does; the real
 * engine's outages are {@code ServersDownTest}'s and the fault suite's.)
 */
class IndexOnStartTest {

    private final ServiceIndex index = mock(ServiceIndex.class);

    @Test
    void anEngineNotAnsweringDoesNotStopTheStartAndTheIndexIsMadeWhenItAnswers() {
        UncheckedIOException refused = new UncheckedIOException(new ConnectException("Connection refused"));
        doThrow(refused).doThrow(refused).doNothing().when(index).ensureExists();

        assertThatCode(() -> new IndexOnStart(index, Duration.ofMillis(10)).run(new DefaultApplicationArguments()))
                .doesNotThrowAnyException();

        verify(index, timeout(5_000).times(3)).ensureExists();
    }

    @Test
    void anEngineAnsweringMakesTheIndexOnceAtTheStart() throws InterruptedException {
        doNothing().when(index).ensureExists();

        new IndexOnStart(index, Duration.ofMillis(10)).run(new DefaultApplicationArguments());
        Thread.sleep(100);

        verify(index, times(1)).ensureExists();
    }

    @Test
    void aReindexAskedForAndFailingStopsTheStart() {
        when(index.rebuild()).thenThrow(new UncheckedIOException(new ConnectException("Connection refused")));

        assertThatThrownBy(() -> new IndexOnStart(index, Duration.ofMillis(10))
                .run(new DefaultApplicationArguments("--reindex"))).isInstanceOf(UncheckedIOException.class);
    }
}
