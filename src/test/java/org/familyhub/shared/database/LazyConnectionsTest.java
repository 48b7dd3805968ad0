package org.familyhub.shared.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.familyhub.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read-only transaction that asks the database nothing (a service answering from what it keeps) costs MariaDB
 * nothing; one that asks something still runs read-only, inside its transaction.
 */
@PortalTest
class LazyConnectionsTest {

    private static final int TRANSACTIONS = 200;

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MeterRegistry meters;

    @Test
    void aTransactionThatAsksNothingSendsTheDatabaseNothing() {
        TransactionTemplate readOnly = readOnly();
        long before = questions();
        for (int i = 0; i < TRANSACTIONS; i++) {
            readOnly.executeWithoutResult(status -> { });
        }
        long empty = questions() - before - 1;

        before = questions();
        for (int i = 0; i < TRANSACTIONS; i++) {
            readOnly.execute(status -> jdbc.sql("select 1").query(Integer.class).single());
        }
        long asking = questions() - before - 1;

        // Background work (the outbox, the indexer) asks a few questions of its own meanwhile.
        assertThat(empty).as("statements for %d empty transactions", TRANSACTIONS).isLessThan(TRANSACTIONS / 2);
        assertThat(asking).as("statements for %d transactions of one question", TRANSACTIONS)
                .isGreaterThanOrEqualTo(TRANSACTIONS);
    }

    @Test
    void aReadOnlyTransactionStillCannotWrite() {
        Boolean readOnlyInside = readOnly().execute(status ->
                jdbc.sql("select @@session.transaction_read_only").query(Integer.class).single() == 1);
        assertThat(readOnlyInside).isTrue();
        assertThat(jdbc.sql("select @@session.transaction_read_only").query(Integer.class).single()).isZero();
    }

    @Test
    void thePoolIsStillThereAndMeasured() throws Exception {
        assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize()).isPositive();
        // Spring Boot finds the pool behind the proxy for its metrics (hikaricp_* in /actuator/prometheus).
        assertThat(meters.find("hikaricp.connections.max").gauge()).isNotNull();
    }

    private TransactionTemplate readOnly() {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }

    /** Statements the server has been asked so far, this one included. */
    private long questions() {
        return jdbc.sql("show global status like 'Questions'").query((rs, row) -> rs.getLong(2)).single();
    }
}
