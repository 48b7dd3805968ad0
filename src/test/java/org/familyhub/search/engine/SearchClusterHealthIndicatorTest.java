package org.familyhub.search.engine;

import java.io.IOException;
import java.net.ServerSocket;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search cluster that does not answer leaves the node DEGRADED, not DOWN: searches fall back to the database,
 * so the readiness probe (which orders DEGRADED above DOWN and answers it 200) keeps the node in the load balancer.
 */
class SearchClusterHealthIndicatorTest {

    @Test
    void aClusterThatDoesNotAnswerIsDegradedNotDown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (RestClient rest = RestClient.builder(new HttpHost("127.0.0.1", closedPort, "http")).build()) {
            Health health = new SearchClusterHealthIndicator(
                    new ElasticsearchClient(new RestClientTransport(rest, new Jackson3JsonpMapper()))).health();

            assertThat(health.getStatus()).isEqualTo(SearchClusterHealthIndicator.DEGRADED);
            assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
            assertThat(health.getDetails()).containsKey("error");
        }
    }
}
