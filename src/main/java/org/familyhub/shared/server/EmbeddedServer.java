package org.familyhub.shared.server;

/**
 * A server process the portal starts and owns. Stopping it on purpose ({@code stop()}) is not a death:
 * only a server that was started and then vanished without being asked is restarted.
 */
public interface EmbeddedServer {

    /** A short name for logs and health, e.g. {@code mariadb}. */
    String name();

    /** True once it answers, until it stops or dies. Never blocks, so health checks can ask at any time. */
    boolean isRunning();

    /**
     * Started and not stopped on purpose, yet neither running nor being started: a crash to mend. Never
     * blocks.
     */
    boolean hasDied();

    /** Starts it again if it has died; does nothing if it runs or was stopped on purpose. */
    void restartIfDied();

    /** Starts it on the same port and data; does nothing if it is running. */
    void start();

    /** Stops it on purpose, so it is not restarted; its data stays. Does nothing if it is not running. */
    void stop();

    /**
     * How it ended, once it has died: its exit code and the end of its own log, so that the line reporting a
     * death says why (killed for memory, a full disk, a crash) while the evidence is still there.
     */
    default String lastWords() {
        return "";
    }
}
