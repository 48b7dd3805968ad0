package org.familyhub.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.familyhub.shared.server.EmbeddedServer;
import org.familyhub.shared.server.ServerProcess;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Elasticsearch run from the server zip on Maven Central, with everything under
 * {@code <familyhub.data-dir>/elasticsearch/} ({@code home/}, {@code data/}, {@code logs/}, {@code tmp/})
 * so that a restart keeps the indices. Public so that tests anywhere can take it down and bring it
 * back, as in an outage.
 */
public final class EmbeddedElasticsearch implements EmbeddedServer {

    private static final String CLUSTER_NAME = "familyhub";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /**
     * The free space below which the engine places no new shard, moves shards off, and stops writing, as arguments
     * for its launch. Free space, not a share of the disk: the defaults (85, 90 and 95 % used) refuse a new index on a
     * large disk that still has tens of gigabytes free, as a shared machine often has, and the portal could not start.
     * The index is tens of megabytes; below these the engine still stops before it fills the disk.
     */
    public static final List<String> FREE_SPACE_RESERVE = List.of(
            "-E", "cluster.routing.allocation.disk.watermark.low=2gb",
            "-E", "cluster.routing.allocation.disk.watermark.high=1gb",
            "-E", "cluster.routing.allocation.disk.watermark.flood_stage=500mb");
    private static final Pattern USABLE = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow)\"");
    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);

    private final Path directory;
    private final SearchEngineProperties.Embedded settings;
    private final ServerAccount account;
    private final int httpPort;
    private final int transportPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile @Nullable Process process;
    private volatile @Nullable ProcessHandle server;
    private volatile boolean usable;
    private volatile boolean wanted;
    private volatile boolean starting;

    EmbeddedElasticsearch(Path directory, SearchEngineProperties.Embedded settings) {
        this.directory = directory.toAbsolutePath().normalize();
        this.settings = settings;
        this.account = ServerAccount.forCurrentProcess(settings.user());
        this.httpPort = settings.port() > 0 ? settings.port() : freePort();
        this.transportPort = freePort();
        // The server is a separate process: it must not outlive the JVM even when closing the Spring
        // context hangs or never happens (e.g. a test JVM that surefire kills after its exit timeout).
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-elasticsearch-shutdown"));
    }

    /** Starts the server and waits until the cluster is usable; does nothing if it is running. */
    @Override
    public synchronized void start() {
        wanted = true;
        if (isRunning()) {
            return;
        }
        usable = false;
        starting = true;
        try {
            launchAndAwait();
        } finally {
            starting = false;
        }
    }

    private void launchAndAwait() {
        long started = System.nanoTime();
        stopLeftoverServer();
        Path home = ElasticsearchHome.prepare(directory, DistributionFiles.distribution(settings.distribution()),
                DistributionFiles.plugin(settings.plugin(), directory));
        createDirectories();
        account.prepare(directory, settings.jdk());
        Process launched = launch(home);
        process = launched;
        awaitUsable(launched, started);
        server = serverProcess().orElse(null);
        usable = true;
        log.info("event=embedded-elasticsearch-started port={} jdk={} ms={}", httpPort, settings.jdk(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Stops the server (SIGTERM) and waits until its port is closed; does nothing if it is not running. */
    @Override
    public synchronized void stop() {
        wanted = false;
        usable = false;
        Process launched = process;
        if (launched == null) {
            return;
        }
        long started = System.nanoTime();
        terminate(launched);
        process = null;
        awaitPortClosed();
        log.info("event=embedded-elasticsearch-stopped port={} ms={}", httpPort,
                (System.nanoTime() - started) / 1_000_000);
    }

    // The launcher outlives a killed server JVM for a moment; either one gone means the server is.
    @Override
    public boolean isRunning() {
        Process launched = process;
        ProcessHandle serverJvm = server;
        return usable && launched != null && launched.isAlive() && (serverJvm == null || serverJvm.isAlive());
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    @Override
    public boolean hasDied() {
        return wanted && !starting && !isRunning();
    }

    @Override
    public String lastWords() {
        Process launched = process;
        String exit = launched == null ? "not started"
                : launched.isAlive() ? "launcher running" : "exit code " + launched.exitValue();
        return exit + ". End of " + consoleLog() + ":\n" + consoleTail();
    }

    @Override
    public synchronized void restartIfDied() {
        if (hasDied()) {
            start();
        }
    }

    /** The server JVM's process id (the launcher's child), while it runs. */
    Optional<Long> serverPid() {
        return serverProcess().map(ProcessHandle::pid);
    }

    /** The HTTP address, the same across restarts. */
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    private Process launch(Path home) {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/elasticsearch").toString(),
                "-E", "cluster.name=" + CLUSTER_NAME,
                "-E", "discovery.type=single-node",
                // Loopback only, for every listener: nothing of the embedded server faces the network.
                "-E", "network.host=127.0.0.1",
                "-E", "xpack.security.enabled=false",
                "-E", "http.host=127.0.0.1",
                "-E", "http.port=" + httpPort,
                "-E", "transport.host=127.0.0.1",
                "-E", "transport.port=" + transportPort,
                "-E", "path.data=" + directory.resolve("data"),
                "-E", "path.logs=" + directory.resolve("logs"),
                "-p", pidFile().toString()));
        command.addAll(command.size() - 2, FREE_SPACE_RESERVE);
        ProcessBuilder builder = new ProcessBuilder(account.command(command))
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(consoleLog().toFile());
        Map<String, String> environment = builder.environment();
        // JAVA_HOME only earns a warning; options meant for the portal's JVM (a debug agent) must not
        // reach the server's.
        environment.remove("JAVA_HOME");
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("_JAVA_OPTIONS");
        environment.put("ES_JAVA_HOME", settings.jdk().toString());
        environment.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        environment.put("ES_TMPDIR", directory.resolve("tmp").toString());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Elasticsearch from " + home, e);
        }
    }

    private void awaitUsable(Process launched, long started) {
        long deadline = started + settings.startupTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (!launched.isAlive()) {
                process = null;
                throw new IllegalStateException("Elasticsearch exited with code " + launched.exitValue()
                        + " while starting. End of " + consoleLog() + ":\n" + consoleTail());
            }
            if (clusterUsable()) {
                return;
            }
            pause(Duration.ofMillis(250));
        }
        terminate(launched);
        process = null;
        throw new IllegalStateException("Elasticsearch was not ready within " + settings.startupTimeout()
                + ". End of " + consoleLog() + ":\n" + consoleTail());
    }

    private boolean clusterUsable() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/_cluster/health"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && USABLE.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    // SIGTERM to the server JVM (the pid file) shuts the node down cleanly; its launcher then exits.
    private void terminate(Process launched) {
        Optional<ProcessHandle> server = serverProcess();
        server.ifPresent(ProcessHandle::destroy);
        if (server.isEmpty()) {
            launched.descendants().forEach(ProcessHandle::destroy);
            launched.destroy();
        }
        if (!awaitExit(launched.toHandle()) || !server.map(this::awaitExit).orElse(true)) {
            log.warn("event=embedded-elasticsearch-killed reason=no-exit-after-sigterm timeout={}", STOP_TIMEOUT);
            server.ifPresent(ProcessHandle::destroyForcibly);
            launched.descendants().forEach(ProcessHandle::destroyForcibly);
            launched.destroyForcibly();
        }
    }

    // A portal killed without shutting down leaves its server (and the launcher JVM) running, holding the
    // node lock on data/; so may this portal's own server, if only its launcher died.
    private void stopLeftoverServer() {
        ServerProcess.stopLeftovers(name(), ServerProcess.leftovers(pidFile(), this::isOurs), STOP_TIMEOUT);
    }

    // Ours: the server or launcher JVM of this home (-Des.path.home), or the scripts that started them.
    private boolean isOurs(ProcessHandle handle) {
        String home = directory.resolve("home").toString();
        String commandLine = handle.info().commandLine().orElse("");
        return commandLine.contains("-Des.path.home=" + home) || commandLine.contains(home + "/bin/elasticsearch");
    }

    private Optional<ProcessHandle> serverProcess() {
        Path pidFile = pidFile();
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            String home = directory.resolve("home").toString();
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().commandLine().orElse("").contains(home));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean awaitExit(ProcessHandle handle) {
        return ServerProcess.awaitExit(handle, STOP_TIMEOUT);
    }

    private void awaitPortClosed() {
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && portOpen()) {
            pause(Duration.ofMillis(100));
        }
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), httpPort), 500);
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private void createDirectories() {
        try {
            for (String name : List.of("data", "logs", "tmp")) {
                Files.createDirectories(directory.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the Elasticsearch directories in " + directory, e);
        }
    }

    private String consoleTail() {
        try {
            List<String> lines = Files.readAllLines(consoleLog());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private Path pidFile() {
        return directory.resolve("elasticsearch.pid");
    }

    private Path consoleLog() {
        return directory.resolve("logs").resolve("console.log");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for Elasticsearch", e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }
}
