package org.familyhub.shared.cluster;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jobs annotated {@code @SchedulerLock} run on one node at a time: the node that updates the job's row in
 * {@code shedlock} (an atomic conditional update) runs it, the others skip that turn. The database's own clock
 * decides when a lock has run out, so nodes whose clocks differ a little still agree.
 * <p>
 * A lock runs out a minute after it was taken, and the node running the job moves that minute on every half
 * minute while the job runs. So a job may run as long as it needs, and a lock its node could not free lasts at
 * most a minute more: a node that dies mid-job, or one that loses the database as the job ends (its unlock fails,
 * and with a ten-minute lock the mail waited ten minutes after MariaDB came back). A daily job also holds its
 * lock at least a few minutes, so a node whose clock is a few seconds late does not run the same day's turn
 * again; its {@code lockAtMostFor} must be longer than that. The lock is taken outside any transaction of the
 * job (highest precedence), so other nodes see it at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT1M", order = Ordered.HIGHEST_PRECEDENCE)
class ClusterJobsConfiguration implements DisposableBean {

    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("cluster-lock-keep-alive").daemon().factory());

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new KeepAliveLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build()), keepAlive);
    }

    @Override
    public void destroy() {
        keepAlive.shutdownNow();
    }
}
