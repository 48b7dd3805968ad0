package org.familyhub.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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

import org.familyhub.search.engine.ClusterNodeHome;
import org.familyhub.search.engine.EmbeddedElasticsearch;
import org.jspecify.annotations.Nullable;

/**
 * One node of a real Elasticsearch cluster: the distribution and analysis plugin the portal uses, in a process
 * of its own with its own data directory and ports, joining the other nodes named in {@code seeds}. The ports and
 * data stay the same across restarts, so a node killed and started again rejoins with its shards.
 */
final class SearchClusterNode implements AutoCloseable {

    static final String CLUSTER_NAME = "familyhub-multinode";

    private final String name;
    private final Path directory;
    private final String heap;
    private final int httpPort = RunningPortal.freePort();
    private final int transportPort = RunningPortal.freePort();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private @Nullable Process launcher;
    private int starts;

    SearchClusterNode(String name, Path directory, String heap) {
        this.name = name;
        this.directory = directory.toAbsolutePath().normalize();
        this.heap = heap;
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "multinode-" + name + "-shutdown"));
    }

    /** Launches the node; {@link #awaitCluster} waits for it to have joined. */
    void launch(List<SearchClusterNode> cluster) {
        starts++;
        Path jdk = Path.of(System.getProperty("java.home"));
        Path project = Path.of(System.getProperty("user.dir"));
        try {
            for (String sub : List.of("data", "logs", "tmp")) {
                Files.createDirectories(directory.resolve(sub));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path home = ClusterNodeHome.prepare(directory, project.resolve("target/elasticsearch/elasticsearch.zip"),
                project.resolve("target/elasticsearch/familyhub-analysis-plugin.zip"), jdk);
        String seeds = String.join(",", cluster.stream().map(node -> "127.0.0.1:" + node.transportPort).toList());
        String masters = String.join(",", cluster.stream().map(node -> node.name).toList());
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/elasticsearch").toString(),
                "-E", "cluster.name=" + CLUSTER_NAME,
                "-E", "node.name=" + name,
                "-E", "discovery.seed_hosts=" + seeds,
                "-E", "cluster.initial_master_nodes=" + masters,
                "-E", "network.host=127.0.0.1",
                "-E", "xpack.security.enabled=false",
                "-E", "http.port=" + httpPort,
                "-E", "transport.port=" + transportPort,
                "-E", "path.data=" + directory.resolve("data"),
                "-E", "path.logs=" + directory.resolve("logs"),
                "-p", pidFile().toString()));
        command.addAll(EmbeddedElasticsearch.FREE_SPACE_RESERVE);
        ProcessBuilder builder = new ProcessBuilder(ClusterNodeHome.asServerAccount(command))
                .directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("console.log").toFile()));
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_HOME");
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("_JAVA_OPTIONS");
        environment.put("ES_JAVA_HOME", jdk.toString());
        environment.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        environment.put("ES_TMPDIR", directory.resolve("tmp").toString());
        try {
            launcher = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Elasticsearch node " + name, e);
        }
    }

    /** Waits until this node answers and sees {@code nodes} nodes in a cluster that is not red. */
    void awaitCluster(int nodes, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Process running = launcher;
            if (running != null && !running.isAlive()) {
                throw new IllegalStateException("Elasticsearch node " + name + " exited with code "
                        + running.exitValue() + "; see " + directory.resolve("console.log"));
            }
            Optional<String> health = get("/_cluster/health");
            if (health.isPresent() && health.get().contains("\"number_of_nodes\":" + nodes)
                    && !health.get().contains("\"status\":\"red\"")) {
                return;
            }
            Pause.of(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("Elasticsearch node " + name + " did not see " + nodes
                + " nodes within " + limit + "; see " + directory.resolve("console.log"));
    }

    /** Whether this node is the elected master. */
    boolean isMaster() {
        return get("/_cat/master?h=node").map(String::strip).filter(name::equals).isPresent();
    }

    /** {@code kill -9} of the server JVM (its pid file); its launcher exits with it. */
    long kill() {
        ProcessHandle server = serverJvm().orElseThrow(() -> new AssertionError("Elasticsearch " + name
                + " is not running"));
        server.destroyForcibly();
        RunningPortal.await(server, Duration.ofSeconds(30));
        Process running = launcher;
        if (running != null) {
            RunningPortal.await(running.toHandle(), Duration.ofSeconds(30));
        }
        return server.pid();
    }

    Optional<ProcessHandle> serverJvm() {
        try {
            if (!Files.isRegularFile(pidFile())) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile()).strip()))
                    .filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    Optional<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(10))
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    String name() {
        return name;
    }

    int starts() {
        return starts;
    }

    private Path pidFile() {
        return directory.resolve("elasticsearch.pid");
    }

    /** SIGTERM to the server JVM and to anything else of this node's directory, then SIGKILL after 60 s. */
    @Override
    public void close() {
        String mine = directory + File.separator;
        List<ProcessHandle> ours = ProcessHandle.allProcesses()
                .filter(handle -> handle.pid() != ProcessHandle.current().pid())
                .filter(handle -> handle.info().commandLine().orElse("").contains(mine)).toList();
        ours.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : ours) {
            if (!RunningPortal.await(handle, Duration.ofSeconds(60))) {
                handle.destroyForcibly();
            }
        }
    }
}
