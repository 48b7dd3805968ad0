package org.familyhub.shared.ratelimit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies every {@link LimitedPaths}: a burst is fine, a crawler hammering an API is answered 429 with
 * {@code Retry-After} and a JSON error.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final List<LimitedPaths> limitedPaths;

    RateLimitFilter(RateLimiter limiter, List<LimitedPaths> limitedPaths) {
        this.limiter = limiter;
        this.limitedPaths = List.copyOf(limitedPaths);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return limited(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<LimitedPaths> paths = limited(request);
        Decision decision = paths.isEmpty() ? Decision.ALLOWED
                : limiter.tryTake(paths.get().limit(), request.getRemoteAddr());
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        long wait = decision.retryAfterSeconds();
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
        // Browsers only show a cross-origin client the 429 when it carries the CORS header too.
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(("{\"error\":\"too_many_requests\",\"status\":429,\"message\":"
                + "\"Too many requests: try again in " + wait + " seconds\"}").getBytes(StandardCharsets.UTF_8));
    }

    private Optional<LimitedPaths> limited(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return limitedPaths.stream().filter(paths -> paths.matches(path)).findFirst();
    }
}
