package org.familyhub.search.engine;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the search engine is. Without a url the portal runs its own Elasticsearch.
 *
 * @param url      a production cluster, e.g. {@code https://search.example.org:9200}, several separated
 *                 by commas ({@code FAMILYHUB_SEARCH_URL}); empty = the embedded server
 * @param username basic-auth user for that cluster ({@code FAMILYHUB_SEARCH_USERNAME}), optional
 * @param password its password ({@code FAMILYHUB_SEARCH_PASSWORD})
 * @param apiKey   an encoded API key, sent as {@code Authorization: ApiKey ...}; wins over basic auth
 *                 ({@code FAMILYHUB_SEARCH_API_KEY})
 * @param embedded how the embedded server runs, used only without a url
 */
@ConfigurationProperties("familyhub.search")
record SearchEngineProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("") String apiKey,
        @DefaultValue Embedded embedded) {

    /**
     * @param distribution   the server zip ({@code org.elasticsearch.distribution.integ-test-zip}) the build
     *                       copies there
     * @param plugin         the familyhub-analysis plugin zip the build copies there
     * @param javaHome       the JDK the server runs on (17 or newer); null = {@code ES_JAVA_HOME}, else the
     *                       portal's own JVM
     * @param heap           the server's heap, as for {@code -Xmx}
     * @param port           the HTTP port; 0 = a free port, chosen once and kept across restarts
     * @param startupTimeout how long to wait for the cluster to turn yellow
     * @param user           the account the server runs as when the portal runs as root (Elasticsearch
     *                       refuses root); created if missing
     */
    record Embedded(
            @DefaultValue("target/elasticsearch/elasticsearch.zip") Path distribution,
            @DefaultValue("target/elasticsearch/familyhub-analysis-plugin.zip") Path plugin,
            @Nullable Path javaHome,
            @DefaultValue("512m") String heap,
            @DefaultValue("0") int port,
            @DefaultValue("180s") Duration startupTimeout,
            @DefaultValue("familyhub-es") String user) {

        Path jdk() {
            if (javaHome != null && !javaHome.toString().isBlank()) {
                return javaHome;
            }
            String fromEnvironment = System.getenv("ES_JAVA_HOME");
            return Path.of(fromEnvironment != null && !fromEnvironment.isBlank()
                    ? fromEnvironment : System.getProperty("java.home"));
        }
    }
}
