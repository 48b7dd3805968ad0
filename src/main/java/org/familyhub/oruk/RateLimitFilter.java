package org.familyhub.oruk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per remote address for the public API: a burst is fine, a crawler hammering the
 * directory is slowed down with 429 and {@code Retry-After}. In memory, so each instance of the
 * portal counts on its own; that is enough to protect one database.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

    static final String BASE_PATH = "/api/oruk";

    /** Beyond this many clients, idle (full) buckets are dropped so memory stays bounded. */
    private static final int MAX_CLIENTS = 10_000;

    private final double capacity;
    private final double tokensPerNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(OrukProperties properties) {
        this.capacity = Math.max(1, properties.burst());
        this.tokensPerNano = Math.max(1, properties.requestsPerMinute()) / 60e9;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + BASE_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_CLIENTS) {
            long now = System.nanoTime();
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> new Bucket());
        long waitSeconds = bucket.take(System.nanoTime());
        if (waitSeconds == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds));
        // Browsers only show a cross-origin client the 429 when it carries the CORS header too.
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(("{\"error\":\"too_many_requests\",\"status\":429,\"message\":"
                + "\"Too many requests: try again in " + waitSeconds + " seconds\"}").getBytes(StandardCharsets.UTF_8));
    }

    private final class Bucket {
        private double tokens = capacity;
        private long updated = System.nanoTime();

        /** Takes a token and answers 0, or answers how many seconds until one is there. */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano / 1e9));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }
}
