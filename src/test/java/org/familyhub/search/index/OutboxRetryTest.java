package org.familyhub.search.index;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.search.SearchIndexFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox retry delivers again what failed and what was left half-done, and never starts a delivery that is
 * still running a second time beside itself (it did: every unfinished publication older than two seconds was
 * resubmitted, so a slow listener on a loaded machine ran twice at once).
 */
@PortalTest
class OutboxRetryTest {

    private static final String INDEXER = "org.familyhub.search.index.ServiceIndexer.on(org.familyhub.directory.ServicesChanged)";
    private static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";

    @Autowired
    OutboxRetry retry;
    @Autowired
    ServiceIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private UUID publication;

    @AfterEach
    void forgetThePublication() {
        if (publication != null) {
            jdbc.sql("delete from event_publication where id = ?").param(publication.toString()).update();
        }
    }

    @Test
    void aDeliveryStillRunningIsNotStartedAgain() {
        publication = publish("PROCESSING", Duration.ofSeconds(30));

        retry.retry();

        assertThat(row()).as("status and attempts of a delivery still under way")
                .contains("PROCESSING/0");
    }

    @Test
    void aFailedDeliveryIsDeliveredAgain() {
        publication = publish("FAILED", Duration.ofSeconds(30));

        retry.retry();

        awaitGone(Duration.ofSeconds(60));
    }

    @Test
    void aDeliveryLeftHalfDoneIsMarkedFailedWhenStaleAndThenDelivered() {
        // as a node killed mid-delivery leaves it: processing, and nobody will finish it
        publication = publish("PROCESSING", Duration.ofMinutes(10));

        awaitGone(Duration.ofSeconds(150));
    }

    /**
     * An index delivery for one sample service: harmless to run, its listener completes by deleting the row. Dated
     * by the portal's clock, as the registry dates its own (the tests' clock starts at a fixed moment).
     */
    private UUID publish(String status, Duration age) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                                               completion_attempts)
                values (?, ?, 'org.familyhub.directory.ServicesChanged', ?, ?, ?, 0)
                """)
                .params(id.toString(), INDEXER, "{\"serviceIds\":[\"" + MONKS_STAY_AND_PLAY + "\"]}",
                        LocalDateTime.ofInstant(clock.instant().minus(age), ZoneOffset.UTC), status)
                .update();
        return id;
    }

    private Optional<String> row() {
        return jdbc.sql("select concat(status, '/', completion_attempts) from event_publication where id = ?")
                .param(publication.toString()).query(String.class).optional();
    }

    private void awaitGone(Duration limit) {
        SearchIndexFixture.awaitIndex(index, limit, () -> row().isEmpty());
        assertThat(row()).as("the publication after " + limit.toSeconds() + " s").isEmpty();
    }
}
