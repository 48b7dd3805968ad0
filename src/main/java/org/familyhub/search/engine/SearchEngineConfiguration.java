package org.familyhub.search.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.familyhub.shared.PortalProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The {@link ElasticsearchClient} the search module uses: connected to {@code familyhub.search.url}
 * when set, otherwise to an Elasticsearch the portal starts itself.
 */
@Configuration(proxyBeanMethods = false)
class SearchEngineConfiguration {

    @Bean(destroyMethod = "stop")
    @Conditional(NoSearchUrlConfigured.class)
    EmbeddedElasticsearch embeddedElasticsearch(SearchEngineProperties properties, PortalProperties portal) {
        EmbeddedElasticsearch elasticsearch =
                new EmbeddedElasticsearch(portal.dataDir().resolve("elasticsearch"), properties.embedded());
        elasticsearch.start();
        return elasticsearch;
    }

    // Injecting the embedded server (rather than looking it up) makes Spring stop it only after
    // everything that uses the client has been closed.
    @Bean
    ElasticsearchClient elasticsearchClient(SearchEngineProperties properties,
            @Nullable EmbeddedElasticsearch embedded) {
        String url = embedded != null ? embedded.url() : properties.url();
        RestClient restClient = RestClient.builder(hosts(url))
                .setDefaultHeaders(authorization(properties))
                .build();
        return new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
    }

    private static HttpHost[] hosts(String urls) {
        return Arrays.stream(urls.split(","))
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(HttpHost::create)
                .toArray(HttpHost[]::new);
    }

    private static Header[] authorization(SearchEngineProperties properties) {
        if (!properties.apiKey().isBlank()) {
            return new Header[] {new BasicHeader("Authorization", "ApiKey " + properties.apiKey())};
        }
        if (!properties.username().isBlank()) {
            String credentials = properties.username() + ":" + properties.password();
            return new Header[] {new BasicHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))};
        }
        return new Header[0];
    }

    static final class NoSearchUrlConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("familyhub.search.url");
            return url == null || url.isBlank();
        }
    }
}
