package org.familyhub.shared.ratelimit;

/**
 * A module's HTTP paths under one allowance per client address, e.g. the public API under {@code /api/oruk}.
 * Declared as a bean; {@link RateLimitFilter} applies every one.
 *
 * @param prefix the path and everything under it
 * @param limit  the allowance of each client address
 */
public record LimitedPaths(String prefix, Limit limit) {

    boolean matches(String path) {
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }
}
