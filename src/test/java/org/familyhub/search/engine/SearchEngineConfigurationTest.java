package org.familyhub.search.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchEngineConfigurationTest {

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer cluster;

    @BeforeEach
    void startAFakeCluster() throws IOException {
        cluster = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        cluster.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        cluster.start();
    }

    @AfterEach
    void stopTheFakeCluster() {
        cluster.stop(0);
    }

    @Test
    void anApiKeyIsSentAsAnApiKeyAuthorization() throws IOException {
        askWith("", "", "a2V5OnNlY3JldA==");

        assertThat(authorizations).containsExactly("ApiKey a2V5OnNlY3JldA==");
    }

    @Test
    void aUsernameAndPasswordAreSentAsBasicAuthorization() throws IOException {
        askWith("portal", "s3cret", "");

        assertThat(authorizations).containsExactly("Basic cG9ydGFsOnMzY3JldA==");
    }

    @Test
    void withoutCredentialsNoAuthorizationIsSent() throws IOException {
        askWith("", "", "");

        assertThat(authorizations).containsExactly("null");
    }

    private void askWith(String username, String password, String apiKey) throws IOException {
        String url = "http://127.0.0.1:" + cluster.getAddress().getPort();
        SearchEngineProperties properties = new SearchEngineProperties(url, username, password, apiKey,
                new SearchEngineProperties.Embedded(Path.of("unused.zip"), Path.of("unused.zip"), null, "512m", 0,
                        Duration.ofSeconds(1), "familyhub-es"));
        try (ElasticsearchClient client = new SearchEngineConfiguration().elasticsearchClient(properties, null)) {
            assertThat(client.indices().exists(request -> request.index("services")).value()).isFalse();
        }
    }
}
