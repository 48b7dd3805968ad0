package org.familyhub.shared.database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a data directory safe to serve: no anonymous accounts, no test-database grants for everyone, and the
 * portal's own account with its password and rights on its database only. Runs with the server started
 * {@code --skip-grant-tables --skip-networking} on the private socket, the one way in that needs no password
 * on every kind of directory: a new one, and one made by the versions before, which ran without grants and
 * kept MariaDB's default accounts (root through the OS account's socket, anonymous users, an open
 * {@code test} database). Idempotent: run again, it leaves the same accounts with the given password.
 */
final class MariaDbLockdown {

    private static final Logger log = LoggerFactory.getLogger(MariaDbLockdown.class);

    private MariaDbLockdown() {
    }

    static void apply(MariaDbBinaries binaries, MariaDbLayout layout, PortalCredentials credentials,
            Duration timeout) {
        long started = System.nanoTime();
        MariaDbProcess maintenance = MariaDbProcess.start(binaries, layout,
                List.of("--skip-grant-tables", "--skip-networking"), timeout);
        try {
            runSql(binaries, layout, script(credentials), credentials.password());
        } finally {
            maintenance.stop();
        }
        log.info("event=embedded-mariadb-locked-down user={} ms={}", credentials.user(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String script(PortalCredentials credentials) {
        String account = "'" + credentials.user() + "'@'127.0.0.1'";
        return String.join("\n",
                // Loads the grant tables, so account statements work although the server skipped them.
                "FLUSH PRIVILEGES;",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE User IN ('', 'PUBLIC') AND Db LIKE 'test%';",
                "FLUSH PRIVILEGES;",
                "CREATE DATABASE IF NOT EXISTS `" + EmbeddedMariaDb.DATABASE + "` CHARACTER SET utf8mb4;",
                "CREATE USER IF NOT EXISTS " + account + ";",
                "ALTER USER " + account + " IDENTIFIED BY '" + credentials.password() + "';",
                "GRANT ALL PRIVILEGES ON `" + EmbeddedMariaDb.DATABASE + "`.* TO " + account + ";",
                "FLUSH PRIVILEGES;",
                "");
    }

    private static void runSql(MariaDbBinaries binaries, MariaDbLayout layout, String sql, String secret) {
        ProcessBuilder builder = binaries.command(binaries.client(), List.of("--no-defaults", "--skip-ssl",
                "--batch", "--socket=" + layout.socket(), "--user=root")).redirectErrorStream(true);
        try {
            Process client = builder.start();
            try (OutputStream in = client.getOutputStream()) {
                in.write(sql.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = client.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("Securing the embedded MariaDB failed (exit " + exit + "): "
                        + output.replace(secret, "(hidden)").strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + binaries.client(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while securing the embedded MariaDB", e);
        }
    }
}
