package org.familyhub.alerts.web;

import java.util.List;

import org.familyhub.account.PublicPaths;
import org.familyhub.shared.ratelimit.Limit;
import org.familyhub.shared.ratelimit.LimitedPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Saved searches are for everyone: families never sign in. Each client address may post at most 30 times an hour,
 * on top of the allowance of each e-mail address ({@code AlertProperties#signUpsPerAddress}).
 */
@Configuration(proxyBeanMethods = false)
class PublicAlertPaths {

    @Bean
    PublicPaths alertForms() {
        return new PublicPaths(List.of("/api/alerts", "/api/alerts/**"));
    }

    @Bean
    LimitedPaths alertPosts() {
        return new LimitedPaths("/api/alerts", Limit.perHour("alert-forms", 30));
    }
}
