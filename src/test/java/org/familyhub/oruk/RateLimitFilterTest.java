package org.familyhub.oruk;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTest {

    private final RateLimitFilter filter = new RateLimitFilter(
            new OrukProperties(URI.create("https://example.org/profile"), URI.create("https://example.org"), 1, 2));

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
    void eachClientHasItsOwnBucketAndTheRestOfThePortalIsNotLimited() throws Exception {
        for (int i = 0; i < 3; i++) {
            call("/api/oruk/services", "10.0.0.2");
        }
        assertThat(call("/api/oruk/services", "10.0.0.3").getStatus()).isEqualTo(200);
        assertThat(call("/api/search", "10.0.0.2").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse call(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
