package org.familyhub.shared.database;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.familyhub.shared.PortalProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts MariaDB itself when no database is configured; with {@code SPRING_DATASOURCE_URL} set,
 * this backs off and Spring Boot connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(PortalProperties properties,
            @Value("${familyhub.database.embedded-port:0}") int port,
            @Value("${familyhub.database.embedded-startup-timeout:120s}") Duration startupTimeout) {
        return EmbeddedMariaDb.start(properties.dataDir().resolve("mariadb"), port, startupTimeout);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb mariaDb) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(mariaDb.jdbcUrl());
        dataSource.setUsername(mariaDb.credentials().user());
        dataSource.setPassword(mariaDb.credentials().password());
        dataSource.setPoolName("embedded-mariadb");
        // The server is stopped from a JVM shutdown hook too, possibly while Spring is still closing; a short
        // timeout keeps the last look at the database (the event registry's) from holding shutdown for 30 s,
        // and a request made while the supervisor restarts the server fails soon rather than hanging.
        dataSource.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        return dataSource;
    }

    static final class NoDatasourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
