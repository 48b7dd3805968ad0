package org.familyhub.shared.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finding a server process a killed portal left behind, and stopping one cleanly. A portal killed with
 * {@code kill -9} runs no shutdown hook: its MariaDB and Elasticsearch keep running, holding the locks on
 * their data, and the next start fails until they are gone.
 */
public final class ServerProcess {

    private static final Logger log = LoggerFactory.getLogger(ServerProcess.class);

    private ServerProcess() {
    }

    /**
     * Live processes that are ours: the one named in {@code pidFile}, and any other {@code ours} accepts
     * (one killed before it wrote its pid file, or started by an older portal that wrote none). A pid
     * alone is never trusted: it may have been reused by an unrelated process since.
     */
    public static List<ProcessHandle> leftovers(Path pidFile, Predicate<ProcessHandle> ours) {
        Set<ProcessHandle> found = new LinkedHashSet<>();
        readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).filter(ours)
                .ifPresent(found::add);
        long self = ProcessHandle.current().pid();
        ProcessHandle.allProcesses().filter(handle -> handle.pid() != self).filter(ours).forEach(found::add);
        return List.copyOf(found);
    }

    /** The process's arguments (not its executable), empty when they cannot be read. */
    public static List<String> arguments(ProcessHandle handle) {
        ProcessHandle.Info info = handle.info();
        return info.arguments().map(List::of)
                .or(() -> info.commandLine().map(line -> List.of(line.split(" "))))
                .orElse(List.of());
    }

    /** The process's executable, empty when it cannot be read. */
    public static String command(ProcessHandle handle) {
        return handle.info().command().orElse("");
    }

    /**
     * SIGTERM, then waits up to {@code grace} for it to finish; SIGKILL if it has not. Returns once the
     * process is gone (or after a further {@code grace} if even SIGKILL did not end it).
     */
    public static boolean stop(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return true;
        }
        handle.destroy();
        if (awaitExit(handle, grace)) {
            return true;
        }
        log.warn("event=server-process-killed pid={} reason=no-exit-after-sigterm grace={}", handle.pid(), grace);
        handle.destroyForcibly();
        return awaitExit(handle, grace);
    }

    /** Stops each leftover, logging it as {@code name}; fails if one cannot be stopped. */
    public static void stopLeftovers(String name, List<ProcessHandle> leftovers, Duration grace) {
        for (ProcessHandle leftover : leftovers) {
            log.warn("event=embedded-server-leftover-stopping name={} pid={}", name, leftover.pid());
            if (!stop(leftover, grace)) {
                throw new IllegalStateException("A " + name + " left by an earlier run (pid " + leftover.pid()
                        + ") could not be stopped; stop it by hand and start again");
            }
        }
    }

    public static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Files.isRegularFile(pidFile)
                    ? Optional.of(Long.parseLong(Files.readString(pidFile).strip()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
