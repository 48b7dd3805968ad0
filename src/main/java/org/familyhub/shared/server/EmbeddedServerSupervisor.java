package org.familyhub.shared.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts an embedded server that dies while the portal runs: each is checked every
 * {@code check-interval}; a dead one is restarted at once, and after a failed restart again after a
 * doubling wait (up to {@code max-backoff}). Each server has its own thread, so a slow Elasticsearch
 * start never delays bringing MariaDB back. Its {@link #states()} are what a health check reports.
 */
public final class EmbeddedServerSupervisor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServerSupervisor.class);

    private final List<Watch> watches;
    private final SupervisionProperties settings;
    private final ScheduledExecutorService scheduler;

    public EmbeddedServerSupervisor(List<EmbeddedServer> servers, SupervisionProperties settings) {
        this.watches = servers.stream().map(Watch::new).toList();
        this.settings = settings;
        this.scheduler = Executors.newScheduledThreadPool(Math.max(1, servers.size()),
                Thread.ofPlatform().name("embedded-server-supervisor-", 0).daemon().factory());
    }

    /** Starts watching; the servers themselves are already started by whoever made them. */
    public void start() {
        long interval = settings.checkInterval().toMillis();
        watches.forEach(watch -> scheduler.schedule(watch, interval, TimeUnit.MILLISECONDS));
        log.info("event=embedded-server-supervision-started servers={} check-interval={}",
                watches.stream().map(watch -> watch.server.name()).toList(), settings.checkInterval());
    }

    /** Each server's state by name, in the order they were given. */
    public Map<String, ServerState> states() {
        Map<String, ServerState> states = new LinkedHashMap<>();
        watches.forEach(watch -> states.put(watch.server.name(), watch.state()));
        return states;
    }

    /** The state of the server called {@code name}, if the portal runs one by that name. */
    public Optional<ServerState> state(String name) {
        return watches.stream().filter(watch -> watch.server.name().equals(name)).findFirst().map(Watch::state);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    /** One server's check, rescheduling itself after the check interval or the back-off. */
    private final class Watch implements Runnable {

        private final EmbeddedServer server;
        private int failures;
        // From noticing a death until a restart succeeds, across the back-off waits.
        private volatile boolean restarting;

        Watch(EmbeddedServer server) {
            this.server = server;
        }

        ServerState state() {
            if (server.isRunning()) {
                return ServerState.UP;
            }
            return (restarting || server.hasDied()) && !scheduler.isShutdown() ? ServerState.RESTARTING
                    : ServerState.DOWN;
        }

        @Override
        public void run() {
            Duration next = settings.checkInterval();
            try {
                next = check();
            } catch (RuntimeException e) {
                log.error("event=embedded-server-check-failed name={}", server.name(), e);
            } finally {
                scheduleIn(next);
            }
        }

        private void scheduleIn(Duration wait) {
            try {
                scheduler.schedule(this, wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // Closed while this check ran: the portal is stopping.
            }
        }

        private Duration check() {
            if (!server.hasDied()) {
                failures = 0;
                restarting = false;
                return settings.checkInterval();
            }
            if (!restarting) {
                restarting = true;
                log.warn("event=embedded-server-died name={} last-words:\n{}", server.name(), server.lastWords());
            }
            long started = System.nanoTime();
            try {
                server.restartIfDied();
                log.info("event=embedded-server-restarted name={} attempt={} ms={}", server.name(), failures + 1,
                        (System.nanoTime() - started) / 1_000_000);
                failures = 0;
                restarting = false;
                return settings.checkInterval();
            } catch (RuntimeException e) {
                failures++;
                Duration wait = settings.backoff(failures);
                log.warn("event=embedded-server-restart-failed name={} attempt={} retry-in={} reason={}",
                        server.name(), failures, wait, e.toString());
                return wait;
            }
        }
    }
}
