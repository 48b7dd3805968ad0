package org.familyhub.portal.web;

import java.util.List;

import org.familyhub.account.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's files are for everyone: families never sign in. */
@Configuration(proxyBeanMethods = false)
class PublicPortalPaths {

    @Bean
    PublicPaths portalFiles() {
        return new PublicPaths(List.of("/calendar/**", "/leaflets/**", "/sitemap.xml", "/sitemaps/**", "/robots.txt",
                "/webjars/**"));
    }
}
