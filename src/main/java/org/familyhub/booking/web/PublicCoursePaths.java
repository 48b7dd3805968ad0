package org.familyhub.booking.web;

import java.util.List;

import org.familyhub.account.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A course's calendar file is for everyone, like the course on the programme's page. */
@Configuration(proxyBeanMethods = false)
class PublicCoursePaths {

    @Bean
    PublicPaths courseCalendars() {
        return new PublicPaths(List.of("/calendar/courses/**"));
    }
}
