package org.familyhub.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The real portal in a JVM of its own, started the way {@code ./mvnw spring-boot:run} starts it (the main
 * class on the application's runtime classpath, development mode, embedded MariaDB and Elasticsearch), on
 * ports and a data directory of the suite's choosing. The ports stay the same across restarts, as they would
 * for an operator, so a family's browser and the suite's own checks find it again.
 */
final class RunningPortal implements AutoCloseable {

    private static final String MAIN_CLASS = "org.familyhub.Application";
    private static final String PASSWORD = "demo-family-hub";

    private final Path dataDir;
    private final int port = freePort();
    private final int databasePort = freePort();
    private final int searchPort = freePort();
    private final int smtpPort;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final String heap;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private @Nullable Process process;
    private int starts;

    RunningPortal(Path dataDir, int smtpPort) {
        this(dataDir, smtpPort, Map.of(), List.of(), "768m");
    }

    /**
     * A portal with settings of its own on top of the suite's: {@code environment} as an operator's env file
     * gives them (e.g. an external database and search cluster, which switch the embedded servers off),
     * {@code arguments} as command-line properties, and the JVM's largest heap.
     */
    RunningPortal(Path dataDir, int smtpPort, Map<String, String> environment, List<String> arguments, String heap) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.smtpPort = smtpPort;
        this.environment = Map.copyOf(environment);
        this.arguments = List.copyOf(arguments);
        this.heap = heap;
        // Nothing of the run may outlive the test JVM, even when surefire ends it before @AfterAll.
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "faults-portal-shutdown"));
    }

    /**
     * Starts the portal on the data directory (fresh or left by an earlier run) and waits until it answers and
     * {@code ready} holds (the web server answers before the start-up runners have finished).
     */
    void start(Duration limit, BooleanSupplier ready) {
        starts++;
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-portal-" + starts + ".log");
        ProcessBuilder builder = new ProcessBuilder(command()).directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("FAMILYHUB_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("FAMILYHUB_SEARCH_EMBEDDED_PORT", String.valueOf(searchPort));
        builder.environment().put("SPRING_MAIL_HOST", "127.0.0.1");
        builder.environment().put("SPRING_MAIL_PORT", String.valueOf(smtpPort));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the portal", e);
        }
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal exited with code " + process.exitValue()
                        + " while starting; see " + log + ":\n" + tail(log));
            }
            if (answers() && ready.getAsBoolean()) {
                return;
            }
            Pause.of(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("The portal did not answer within " + limit + "; see " + log + ":\n" + tail(log));
    }

    private List<String> command() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", classpath(), MAIN_CLASS,
                "--familyhub.database.embedded-port=" + databasePort,
                // All families here come from one address; the per-address limit is not what is under test.
                "--familyhub.frontdoor.submissions-per-hour=100000",
                "--familyhub.frontdoor.submission-burst=100000",
                "--vaadin.devmode.devTools.enabled=false"));
        command.addAll(arguments);
        return command;
    }

    /**
     * The application's runtime classpath as the faults profile hands it over (what {@code spring-boot:run}
     * uses); without it, the test JVM's classpath minus the test classes, so no test configuration is scanned.
     */
    private static String classpath() {
        String given = System.getProperty("faults.portal.classpath", "");
        if (!given.isBlank()) {
            return given;
        }
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** {@code kill -9} of the portal's JVM: its MariaDB and Elasticsearch are left running, as in a crash. */
    void kill() {
        Process running = process;
        if (running != null) {
            running.destroyForcibly();
            await(running.toHandle(), Duration.ofSeconds(30));
        }
    }

    /** Stops the portal as an operator would (SIGTERM), then anything of this data directory still running. */
    @Override
    public void close() {
        Process running = process;
        if (running != null && running.isAlive()) {
            running.destroy();
            if (!await(running.toHandle(), Duration.ofSeconds(60))) {
                running.destroyForcibly();
            }
        }
        leftovers().forEach(leftover -> {
            leftover.destroy();
            if (!await(leftover, Duration.ofSeconds(30))) {
                leftover.destroyForcibly();
            }
        });
    }

    /** Processes of this data directory other than the portal (its MariaDB, its Elasticsearch and launcher). */
    List<ProcessHandle> leftovers() {
        String mine = dataDir.toString();
        long portal = process == null ? -1 : process.pid();
        return ProcessHandle.allProcesses()
                .filter(handle -> handle.pid() != portal && handle.pid() != ProcessHandle.current().pid())
                .filter(handle -> handle.info().commandLine().orElse("").contains(mine)).toList();
    }

    /** The embedded MariaDB server of this data directory (mariadbd), if it runs. */
    Optional<ProcessHandle> database() {
        return leftovers().stream().filter(handle -> {
            String command = handle.info().command().orElse("");
            return command.endsWith("mariadbd") || command.endsWith("mysqld");
        }).findFirst();
    }

    /** The embedded Elasticsearch server JVM, by the pid file it writes into the data directory. */
    Optional<ProcessHandle> searchEngine() {
        Path pidFile = dataDir.resolve("elasticsearch").resolve("elasticsearch.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().commandLine().orElse("").contains(dataDir.toString()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The home page comes back: the web server, Vaadin and the database all answer. */
    boolean answers() {
        try {
            return get("/", false).statusCode() == 200;
        } catch (PortalUnreachable e) {
            return false;
        }
    }

    HttpResponse<String> get(String path, boolean asAdmin) throws PortalUnreachable {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(20)).GET();
        return send(asAdmin ? signedIn(request) : request);
    }

    HttpResponse<String> post(String path, String json) throws PortalUnreachable {
        return send(signedIn(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))));
    }

    private static HttpRequest.Builder signedIn(HttpRequest.Builder request) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + basic);
    }

    /** This portal's log files, one per start: {@code <data>-portal-<n>.log}. */
    List<Path> logs() {
        List<Path> logs = new ArrayList<>();
        for (int n = 1; n <= starts; n++) {
            logs.add(dataDir.resolveSibling(dataDir.getFileName() + "-portal-" + n + ".log"));
        }
        return logs;
    }

    int port() {
        return port;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws PortalUnreachable {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PortalUnreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalUnreachable(e);
        }
    }

    private URI url(String path) {
        return URI.create(base() + path.replaceFirst("^/", ""));
    }

    String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    Path dataDir() {
        return dataDir;
    }

    int databasePort() {
        return databasePort;
    }

    int searchPort() {
        return searchPort;
    }

    static boolean await(ProcessHandle handle, Duration limit) {
        try {
            handle.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !handle.isAlive();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /** The portal did not answer at all (connection refused, reset or timed out). */
    static final class PortalUnreachable extends Exception {
        PortalUnreachable(Throwable cause) {
            super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }
}
