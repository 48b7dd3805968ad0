package org.familyhub.shared.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.familyhub.shared.server.ServerProcess;

/**
 * One running {@code mariadbd}, its console appended to {@code mariadb.log} in the data directory. Ready when
 * it logs "ready for connections".
 */
final class MariaDbProcess {

    private static final String READY = "ready for connections";
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;
    private final long logStart;

    private MariaDbProcess(Process process, Path log, long logStart) {
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    /**
     * Starts {@code mariadbd} on {@code layout} with {@code arguments} after the common ones, and waits until it
     * is ready; a server that exits or does not become ready in {@code timeout} fails with the end of its log.
     */
    static MariaDbProcess start(MariaDbBinaries binaries, MariaDbLayout layout, List<String> arguments,
            Duration timeout) {
        List<String> all = new ArrayList<>(List.of(
                "--no-defaults", // must come first
                "--console",
                "--basedir=" + binaries.base(),
                "--datadir=" + layout.data(),
                "--tmpdir=" + layout.tmp(),
                "--pid-file=" + layout.pidFile(),
                "--socket=" + layout.socket(),
                "--skip-name-resolve",
                // 11.4 otherwise generates a 4096-bit RSA key on every start (minutes on a busy machine);
                // the server only ever answers on loopback.
                "--skip-ssl",
                "--character-set-server=utf8mb4",
                "--max_allowed_packet=64M"));
        // mariadbd refuses to run as root unless told which user to run as.
        if (EmbeddedMariaDb.runsAsRoot()) {
            all.add("--user=root");
        }
        all.addAll(arguments);
        try {
            long logStart = Files.exists(layout.log()) ? Files.size(layout.log()) : 0;
            Process process = binaries.command(binaries.server(), all)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log().toFile()))
                    .start();
            MariaDbProcess server = new MariaDbProcess(process, layout.log(), logStart);
            server.awaitReady(timeout);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + binaries.server(), e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Its exit code (137 is a SIGKILL, such as the kernel's when memory runs out) and the end of its log. */
    String lastWords() {
        String exit = process.isAlive() ? "still running" : "exit code " + process.exitValue();
        return exit + ". End of " + log + ":\n" + tail();
    }

    /** SIGTERM (a clean InnoDB shutdown), SIGKILL if it takes longer than a minute. */
    void stop() {
        ServerProcess.stop(process.toHandle(), STOP_GRACE);
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (logSinceStart().contains(READY)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("MariaDB exited with code " + process.exitValue()
                        + " while starting. End of " + log + ":\n" + tail());
            }
            pause();
        }
        stop();
        throw new IllegalStateException("MariaDB was not ready within " + timeout + ". End of " + log + ":\n"
                + tail());
    }

    private String logSinceStart() {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            if (file.length() <= logStart) {
                return "";
            }
            byte[] bytes = new byte[(int) Math.min(file.length() - logStart, 1 << 20)];
            file.seek(logStart);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private String tail() {
        List<String> lines = logSinceStart().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for MariaDB", e);
        }
    }
}
