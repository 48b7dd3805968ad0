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
}
