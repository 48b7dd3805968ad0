package org.familyhub.shared.server;

/** What a health check may say about an embedded server. */
public enum ServerState {
    /** Running and answering. */
    UP,
    /** Died; the supervisor is bringing it back (possibly waiting before its next attempt). */
    RESTARTING,
    /** Not running and nobody is bringing it back: stopped on purpose, or not started yet. */
    DOWN
}
