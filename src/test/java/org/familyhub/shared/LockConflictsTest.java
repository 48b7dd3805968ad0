package org.familyhub.shared;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.familyhub.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real deadlock on the real MariaDB: the transaction it rolls back is run again and its change is kept. */
@PortalTest
class LockConflictsTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void rows() {
        jdbc.sql("create table lock_conflict_probe (id int primary key, n int not null)").update();
        jdbc.sql("insert into lock_conflict_probe (id, n) select seq, 0 from seq_1_to_200").update();
    }

    @AfterEach
    void drop() {
        jdbc.sql("drop table lock_conflict_probe").update();
    }

    @Test
    void theLoserOfADeadlockIsRunAgainAndItsChangeKept() throws Exception {
        CountDownLatch otherHoldsRowOne = new CountDownLatch(1);
        CountDownLatch thisHoldsRowTwo = new CountDownLatch(1);
        AtomicInteger tries = new AtomicInteger();
        // The other writer changes many rows, so MariaDB rolls back the smaller transaction: the one retried.
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                connection.setAutoCommit(false);
                sql.executeUpdate("update lock_conflict_probe set n = n + 1 where id = 1 or id > 2");
                otherHoldsRowOne.countDown();
                thisHoldsRowTwo.await(30, TimeUnit.SECONDS);
                Thread.sleep(200); // this one is waiting for row 1 by now
                sql.executeUpdate("update lock_conflict_probe set n = n + 1 where id = 2");
                connection.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        otherHoldsRowOne.await(30, TimeUnit.SECONDS);

        LockConflicts.retriedWithoutResult("probe", () -> transaction.executeWithoutResult(status -> {
            tries.incrementAndGet();
            jdbc.sql("update lock_conflict_probe set n = n + 10 where id = 2").update();
            thisHoldsRowTwo.countDown();
            jdbc.sql("update lock_conflict_probe set n = n + 10 where id = 1").update();
        }));
        other.get(30, TimeUnit.SECONDS);

        assertThat(tries).as("tries: the first rolled back by the deadlock").hasValue(2);
        assertThat(jdbc.sql("select n from lock_conflict_probe where id in (1, 2) order by id").query(Integer.class)
                .list()).as("both writers' changes kept, once each").containsExactly(11, 11);
    }

    @Test
    void otherFailuresAreNotRunAgain() {
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> LockConflicts.retriedWithoutResult("probe", () -> transaction.executeWithoutResult(
                status -> {
                    tries.incrementAndGet();
                    jdbc.sql("insert into lock_conflict_probe (id, n) values (1, 0)").update();
                }))).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(tries).hasValue(1);
    }
}
