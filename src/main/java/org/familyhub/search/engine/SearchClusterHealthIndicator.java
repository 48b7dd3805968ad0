package org.familyhub.search.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The search cluster, as the readiness probe and operators see it. A cluster that does not answer, or is red,
 * is {@code DEGRADED}, not {@code DOWN}: families still find services through the database search meanwhile
 * (SearchService), so a load balancer must keep sending them to this node. The status says so, and the
 * Prometheus metrics count the searches the database answered.
 */
@Component("searchHealthIndicator")
class SearchClusterHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Searches are answered from the database");

    private final ElasticsearchClient client;

    SearchClusterHealthIndicator(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public Health health() {
        try {
            HealthResponse cluster = client.cluster().health();
            Health.Builder health = cluster.status() == HealthStatus.Red ? Health.status(DEGRADED) : Health.up();
            return health.withDetail("cluster", cluster.clusterName())
                    .withDetail("status", cluster.status().jsonValue())
                    .withDetail("nodes", cluster.numberOfNodes()).build();
        } catch (Exception unreachable) {
            return Health.status(DEGRADED).withDetail("error", unreachable.getClass().getSimpleName()).build();
        }
    }
}
