package org.familyhub.search.api;

import java.util.List;

import org.familyhub.account.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Search is for everyone: families never sign in. */
@Configuration(proxyBeanMethods = false)
class PublicSearchPaths {

    @Bean
    PublicPaths searchApi() {
        return new PublicPaths(List.of("/api/search", "/api/search/**"));
    }
}
