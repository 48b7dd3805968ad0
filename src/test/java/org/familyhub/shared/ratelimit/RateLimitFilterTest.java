package org.familyhub.shared.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTest {

    private final MovingClock clock = new MovingClock();
    private final RateLimitFilter filter = new RateLimitFilter(new LocalRateLimiter(clock), List.of(
            new LimitedPaths("/api/oruk", new Limit("oruk-api", 2, 1, Duration.ofMinutes(1))),
            new LimitedPaths("/api/search", new Limit("search-api", 1, 1, Duration.ofMinutes(1)))));

    @Test
    void aClientBeyondItsBurstGets429WithRetryAfterAndAJsonError() throws Exception {
        assertThat(call("/api/oruk/services", "10.0.0.1").getStatus()).isEqualTo(200);
        assertThat(call("/api/oruk/services", "10.0.0.1").getStatus()).isEqualTo(200);
        MockHttpServletResponse limited = call("/api/oruk/services", "10.0.0.1");
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(limited.getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1L, 60L);
        assertThat(limited.getContentType()).startsWith("application/json");
        assertThat(limited.getContentAsString()).contains("\"error\":\"too_many_requests\"");
        assertThat(limited.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
    }

    @Test
    void theAllowanceIsEarnedBackOverTime() throws Exception {
        call("/api/oruk", "10.0.0.4");
        call("/api/oruk", "10.0.0.4");
        assertThat(call("/api/oruk", "10.0.0.4").getStatus()).isEqualTo(429);

        clock.advance(Duration.ofSeconds(61));

        assertThat(call("/api/oruk", "10.0.0.4").getStatus()).isEqualTo(200);
        assertThat(call("/api/oruk", "10.0.0.4").getStatus()).isEqualTo(429);
    }

    @Test
    void eachClientAndEachApiHasItsOwnBucketAndTheRestOfThePortalIsNotLimited() throws Exception {
        for (int i = 0; i < 3; i++) {
            call("/api/oruk/services", "10.0.0.2");
        }
        assertThat(call("/api/oruk/services", "10.0.0.3").getStatus()).isEqualTo(200);
        assertThat(call("/api/search", "10.0.0.2").getStatus()).isEqualTo(200);
        assertThat(call("/api/search/suggest", "10.0.0.2").getStatus()).isEqualTo(429);
        assertThat(call("/api/searching", "10.0.0.2").getStatus()).isEqualTo(200);
        assertThat(call("/services/x", "10.0.0.2").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse call(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
