package org.familyhub.shared.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which proxies' forward headers the portal believes (see {@link TrustedProxies}). */
@Configuration(proxyBeanMethods = false)
class TrustedProxiesConfiguration {

    @Bean
    TrustedProxies trustedProxies(@Value("${familyhub.security.trusted-proxies:}") List<String> proxies,
            @Value("${server.forward-headers-strategy:none}") String strategy) {
        if ("framework".equalsIgnoreCase(strategy.trim())) {
            throw new IllegalStateException("server.forward-headers-strategy=framework believes forward headers from"
                    + " anyone. Leave it unset and list the load balancers in FAMILYHUB_TRUSTED_PROXIES instead.");
        }
        return new TrustedProxies(proxies);
    }
}
