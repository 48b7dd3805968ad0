package org.familyhub.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * HAProxy (the Debian package, {@code /usr/sbin/haproxy}) in front of the portal nodes, configured from the
 * repository's own {@code deploy/haproxy/haproxy.cfg}: the same affinity cookie, health checks, retries and
 * {@code X-Forwarded-For}. Only what a test on one machine must change is changed, each change checked to apply:
 * loopback addresses and free ports instead of the example's, no TLS (so the cookie is not {@code secure}), and
 * HAProxy in the foreground as the current user, logging to a file instead of syslog.
 */
final class LoadBalancer implements AutoCloseable {

    static final String COOKIE = "FHNODE";
    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    private static final Path SHIPPED = Path.of("deploy", "haproxy", "haproxy.cfg");

    private final int port = RunningPortal.freePort();
    private final Path directory;
    private @Nullable Process process;

    LoadBalancer(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "multinode-haproxy-shutdown"));
    }

    /** Writes the configuration for {@code nodes} (node1, node2 …), checks it with {@code haproxy -c}, starts it. */
    void start(List<RunningPortal> nodes) {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException(HAPROXY + " is missing: apt-get install -y haproxy");
        }
        try {
            Files.createDirectories(directory);
            Path config = directory.resolve("haproxy.cfg");
            Files.writeString(config, configuration(Files.readString(SHIPPED), port, nodes));
            Process check = new ProcessBuilder(HAPROXY.toString(), "-c", "-f", config.toString())
                    .redirectErrorStream(true).start();
            String said = new String(check.getInputStream().readAllBytes());
            if (check.waitFor() != 0) {
                throw new IllegalStateException("haproxy -c refused " + config + ":\n" + said);
            }
            process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("haproxy.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start HAProxy", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The shipped file with this machine's addresses; fails if a line it must change is not there any more. */
    static String configuration(String shipped, int port, List<RunningPortal> nodes) {
        String config = shipped;
        config = replace(config, "(?m)^[ \\t]*log /dev/log local0$", "    log stdout format raw local0");
        config = replace(config, "(?m)^[ \\t]*user haproxy\\n", "");
        config = replace(config, "(?m)^[ \\t]*group haproxy\\n", "");
        config = replace(config, "(?m)^[ \\t]*daemon\\n", "");
        config = replace(config, "(?m)^([ \\t]*)bind :80$", "$1bind 127.0.0.1:" + port);
        config = replace(config, "(?m)^([ \\t]*cookie FHNODE insert indirect nocache httponly) secure ", "$1 ");
        for (int n = 1; n <= nodes.size(); n++) {
            config = replace(config, "(?m)^([ \\t]*server node" + n + ") \\S+", "$1 127.0.0.1:" + nodes.get(n - 1).port());
        }
        return config;
    }

    private static String replace(String text, String regex, String replacement) {
        String replaced = text.replaceAll(regex, replacement);
        if (replaced.equals(text)) {
            throw new IllegalStateException("deploy/haproxy/haproxy.cfg no longer has a line matching " + regex);
        }
        return replaced;
    }

    String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    Path log() {
        return directory.resolve("haproxy.log");
    }

    @Override
    public void close() {
        Process running = process;
        if (running != null && running.isAlive()) {
            running.destroy();
            if (!RunningPortal.await(running.toHandle(), Duration.ofSeconds(10))) {
                running.destroyForcibly();
            }
        }
    }
}
