package org.familyhub.oruk;

import java.util.List;

import org.familyhub.account.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Open Referral UK API is open data: anyone may read it, within the rate limit. */
@Configuration(proxyBeanMethods = false)
class PublicOrukPaths {

    @Bean
    PublicPaths openReferralApi() {
        return new PublicPaths(List.of(RateLimitFilter.BASE_PATH, RateLimitFilter.BASE_PATH + "/**"));
    }
}
