package org.familyhub.search.index;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * One index update at a time across every portal node, not only within one: a MariaDB named lock, held on a
 * connection of its own while the services are read and written. Without it two nodes delivering changes to the
 * same service could write an older reading last, and the index would keep it until the next change.
 * <p>
 * Each node lets one of its own updates at a time ask for the turn (see {@link ServiceIndex#update}), so a node
 * holds at most one extra connection for it. A turn not given within the wait fails the delivery, which the outbox
 * retries. Named locks are per server: on a Galera cluster every node must write through the same server.
 */
@Component
class IndexTurn {

    static final String LOCK = "familyhub.search-index-update";
    private static final Duration WAIT = Duration.ofMinutes(2);

    interface Work {
        void run() throws IOException;
    }

    private final DataSource dataSource;

    IndexTurn(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void take(Work work) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            if (!ask(connection, "select get_lock(?, " + WAIT.toSeconds() + ")")) {
                throw new IllegalStateException("another portal node kept the search index's turn for more than "
                        + WAIT.toSeconds() + " s");
            }
            try {
                work.run();
            } finally {
                ask(connection, "select release_lock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the search index's turn could not be taken: " + e.getMessage(), e);
        }
    }

    private static boolean ask(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }
}
