package org.familyhub.shared.ratelimit;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.Filter;
import org.familyhub.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The portal's own wiring: /api/search and /api/oruk each under their configured allowance per address.
 * The buckets are emptied through the limiter itself, right before each call: sixty requests through the whole
 * application take long enough on a busy machine for the allowance to refill while they run (RateLimitFilterTest
 * and DatabaseRateLimiterTest show the bucket's behaviour with a clock of their own).
 */
@PortalTest
class PublicApiLimitsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    List<Filter> filters;
    @Autowired
    List<LimitedPaths> limitedPaths;
    @Autowired
    RateLimiter limiter;

    @Test
    void theSearchAndOpenReferralApisHaveTheirDocumentedDefaultAllowances() {
        assertThat(limitedPaths).extracting(LimitedPaths::prefix, LimitedPaths::limit).contains(
                org.assertj.core.groups.Tuple.tuple("/api/search",
                        new Limit("search-api", 60, 120, Duration.ofMinutes(1))),
                org.assertj.core.groups.Tuple.tuple("/api/oruk",
                        new Limit("oruk-api", 200, 120, Duration.ofMinutes(1))));
    }

    @Test
    void anAddressThatUsedItsAllowanceGets429WhileOthersAreServed() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .addFilters(filters.stream().filter(RateLimitFilter.class::isInstance).toArray(Filter[]::new))
                .build();
        // A bad parameter is answered 400 without a search: the request reached the endpoint.
        assertThat(status(mvc, "/api/search?page=0", "198.51.100.7")).isEqualTo(400);

        assertThat(statusWithEmptyBuckets(mvc, "/api/search?page=0", "198.51.100.7")).isEqualTo(429);
        assertThat(statusWithEmptyBuckets(mvc, "/api/search/suggest?q=st", "198.51.100.7")).isEqualTo(429);
        assertThat(statusWithEmptyBuckets(mvc, "/api/oruk/services/not-an-id", "198.51.100.7")).isEqualTo(429);
        assertThat(status(mvc, "/api/search?page=0", "198.51.100.8")).isEqualTo(400);
        assertThat(status(mvc, "/api/oruk/services/not-an-id", "198.51.100.8")).isNotEqualTo(429);
    }

    /**
     * The answer to a call made right after the address's buckets were emptied. The allowance earns a token back every
     * half second, and on a busy machine a token can come back between the emptying and the call: then the call is
     * rightly served, and it is tried again (a few times: a limiter that never refuses still fails).
     */
    private int statusWithEmptyBuckets(MockMvc mvc, String path, String address) throws Exception {
        int status = 0;
        for (int attempt = 0; attempt < 5 && status != 429; attempt++) {
            emptyTheBuckets(address);
            status = status(mvc, path, address);
        }
        return status;
    }

    private void emptyTheBuckets(String address) {
        for (LimitedPaths paths : limitedPaths) {
            while (limiter.tryTake(paths.limit(), address).allowed()) {
                // empty the address's bucket
            }
        }
    }

    private static int status(MockMvc mvc, String path, String address) throws Exception {
        return mvc.perform(get(path).with(from(address))).andReturn().getResponse().getStatus();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
