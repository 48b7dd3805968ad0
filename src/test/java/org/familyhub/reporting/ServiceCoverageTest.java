package org.familyhub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.familyhub.Outbox;
import org.familyhub.PortalTest;
import org.familyhub.directory.ServicesChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The coverage matrix's table follows the directory through the outbox, as the public lists do. */
@PortalTest
class ServiceCoverageTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void publishedAgain() {
        jdbc.sql("update service set status = 'active' where id = ?").param(ReportSample.MONKS_STAY_AND_PLAY.toString())
                .update();
        changed();
        await().atMost(Duration.ofMinutes(2)).until(() -> !rows().isEmpty());
    }

    @Test
    void aServicesRowsAreWorkedOutFromItsTermsVenuesAndAreas() {
        Outbox.awaitDelivered(jdbc, Duration.ofMinutes(2), "ServiceCoverage");
        // Monks Coppenhall stay and play: toddlers, level 1 (universal), at its venue in Crewe.
        assertThat(rows()).contains("toddlers|1|crewe-nantwich|Crewe");
        jdbc.sql("delete from service_coverage where service_id = ?").param(ReportSample.MONKS_STAY_AND_PLAY.toString())
                .update();
        assertThat(rows()).isEmpty();

        changed();

        await().atMost(Duration.ofMinutes(2)).until(() -> !rows().isEmpty());
        assertThat(rows()).contains("toddlers|1|crewe-nantwich|Crewe");
    }

    @Test
    void aServiceThatIsNoLongerPublishedLeavesTheMatrix() {
        Outbox.awaitDelivered(jdbc, Duration.ofMinutes(2), "ServiceCoverage");
        List<String> before = rows();
        jdbc.sql("update service set status = 'inactive' where id = ?").param(ReportSample.MONKS_STAY_AND_PLAY.toString())
                .update();

        changed();

        await().atMost(Duration.ofMinutes(2)).until(() -> rows().isEmpty());
        jdbc.sql("update service set status = 'active' where id = ?").param(ReportSample.MONKS_STAY_AND_PLAY.toString())
                .update();
        changed();
        await().atMost(Duration.ofMinutes(2)).until(() -> rows().size() == before.size());
        assertThat(rows()).containsExactlyInAnyOrderElementsOf(before);
    }

    /** Publishes the change as the directory does; the table's own listener is what the tests then wait for. */
    private void changed() {
        transaction.executeWithoutResult(status -> events.publishEvent(
                new ServicesChanged(Set.of(ReportSample.MONKS_STAY_AND_PLAY))));
    }

    private List<String> rows() {
        return jdbc.sql("select concat_ws('|', category, level, locality, town) from service_coverage"
                        + " where service_id = ?")
                .param(ReportSample.MONKS_STAY_AND_PLAY.toString()).query(String.class).list();
    }
}
