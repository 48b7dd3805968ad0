package org.familyhub.oruk;

import java.time.Duration;
import java.util.List;

import org.familyhub.account.PublicPaths;
import org.familyhub.shared.ratelimit.Limit;
import org.familyhub.shared.ratelimit.LimitedPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Open Referral UK API is open data: anyone may read it, within the rate limit. */
@Configuration(proxyBeanMethods = false)
class PublicOrukPaths {

    static final String BASE_PATH = "/api/oruk";

    @Bean
    PublicPaths openReferralApi() {
        return new PublicPaths(List.of(BASE_PATH, BASE_PATH + "/**"));
    }

    /**
     * A validator's or feed reader's run fits in the burst; a crawler hammering the directory is slowed down to
     * its requests per minute, and answered 429 beyond it.
     */
    @Bean
    LimitedPaths openReferralApiLimit(OrukProperties properties) {
        return new LimitedPaths(BASE_PATH,
                new Limit("oruk-api", properties.burst(), properties.requestsPerMinute(), Duration.ofMinutes(1)));
    }
}
