package org.familyhub.portal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.familyhub.Outbox;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.search.index.ServiceIndex;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The closure the closed-service page tests show: Stay and Play at Monks Coppenhall closed until 3 January 2027,
 * with a notice and Underwood West's Stay and Play instead; delivered to the index before a page is opened,
 * and the reopening delivered before the next test searches.
 */
public final class ClosedUntilJanuary {

    public static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";
    public static final String UNDERWOOD_STAY_AND_PLAY = "0af23689-886f-58ad-81b5-dace6d819271";

    private ClosedUntilJanuary() {
    }

    public static void close(DirectoryChanges changes, ServiceIndex index, JdbcClient jdbc) {
        changes.closeTemporarily(UUID.fromString(MONKS_STAY_AND_PLAY), null, LocalDate.of(2027, 1, 3),
                "Closed while the hall roof is repaired.", UUID.fromString(UNDERWOOD_STAY_AND_PLAY));
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(60));
        index.refresh();
    }

    public static void reopen(DirectoryChanges changes, ServiceIndex index, JdbcClient jdbc) {
        changes.reopen(UUID.fromString(MONKS_STAY_AND_PLAY));
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(60));
        index.refresh();
    }
}
