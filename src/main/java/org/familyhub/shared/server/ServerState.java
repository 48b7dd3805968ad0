package org.familyhub.shared.server;

/** What a health check may say about an embedded server. */
public enum ServerState {
    /** Running and answering. */
    UP,
    /** Died; the supervisor is bringing it back (possibly waiting before its next attempt). */
    RESTARTING,
    /** Not running, and not crashed: stopped on purpose, not started yet, or being started by hand. */
    DOWN
}
