package org.familyhub.shared.cluster;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jobs annotated {@code @SchedulerLock} run on one node at a time: the node that updates the job's row in
 * {@code shedlock} (an atomic conditional update) runs it, the others skip that turn. The database's own clock
 * decides when a lock has run out, so nodes whose clocks differ a little still agree.
 * <p>
 * A lock is held at most {@code lockAtMostFor} (a node that dies mid-job frees it then); a daily job also holds
 * it at least a few minutes, so a node whose clock is a few seconds late does not run the same day's turn again.
 * The lock is taken outside any transaction of the job (highest precedence), so other nodes see it at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", order = Ordered.HIGHEST_PRECEDENCE)
class ClusterJobsConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
