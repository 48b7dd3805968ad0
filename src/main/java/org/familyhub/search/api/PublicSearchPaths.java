package org.familyhub.search.api;

import java.time.Duration;
import java.util.List;

import org.familyhub.account.PublicPaths;
import org.familyhub.shared.ratelimit.Limit;
import org.familyhub.shared.ratelimit.LimitedPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Search is for everyone: families never sign in. A script hammering it is slowed down. */
@Configuration(proxyBeanMethods = false)
class PublicSearchPaths {

    @Bean
    PublicPaths searchApi() {
        return new PublicPaths(List.of("/api/search", "/api/search/**"));
    }

    @Bean
    LimitedPaths searchApiLimit(SearchApiProperties properties) {
        return new LimitedPaths("/api/search",
                new Limit("search-api", properties.burst(), properties.requestsPerMinute(), Duration.ofMinutes(1)));
    }
}
