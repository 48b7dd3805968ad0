package org.familyhub.shared.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * A transaction takes a connection from the pool only when it first asks the database something.
 * <p>
 * Many read-only services answer from what they keep (the towns, the topics, today's date) inside a transaction
 * their class declares. Without this, each such call borrowed a connection and sent MariaDB four statements that
 * changed nothing ({@code set autocommit=0}, {@code SET SESSION TRANSACTION READ ONLY} and their undoing): nine times
 * for one visit to find childcare, which itself asked two questions. Under load those borrowed connections are the
 * pool's, and a visit waited for one only to say nothing with it.
 * <p>
 * Wraps the embedded database's pool and the one Spring Boot makes for {@code SPRING_DATASOURCE_URL} alike. The
 * pool stays reachable through {@link DataSource#unwrap} (health, metrics).
 */
@Component
class LazyConnections implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource pool && !(bean instanceof LazyConnectionDataSourceProxy)) {
            return new LazyConnectionDataSourceProxy(pool);
        }
        return bean;
    }
}
