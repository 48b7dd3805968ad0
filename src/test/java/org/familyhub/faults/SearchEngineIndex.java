package org.familyhub.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

/** The suite's own look into the portal's embedded Elasticsearch: the ids in the {@code services} alias. */
final class SearchEngineIndex {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Supplier<List<String>> urls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    SearchEngineIndex(RunningPortal portal) {
        this.urls = () -> List.of("http://127.0.0.1:" + portal.searchPort());
    }

    /** The index of a cluster: asked of the first of its nodes that answers. */
    SearchEngineIndex(List<SearchClusterNode> cluster) {
        this.urls = () -> cluster.stream().map(SearchClusterNode::url).toList();
    }

    boolean answers() {
        try {
            HttpResponse<String> health = get("/_cluster/health");
            return health.statusCode() == 200 && !health.body().contains("\"red\"");
        } catch (IOException e) {
            return false;
        }
    }

    Set<String> serviceIds() throws IOException {
        HttpResponse<String> response = get("/services/_search?size=10000&_source=false&filter_path=hits.hits._id");
        if (response.statusCode() != 200) {
            throw new IOException("Elasticsearch answered " + response.statusCode() + ": " + response.body());
        }
        Set<String> ids = new HashSet<>();
        JSON.readTree(response.body()).path("hits").path("hits").forEach(hit -> ids.add(hit.path("_id").asString()));
        return ids;
    }

    private HttpResponse<String> get(String path) throws IOException {
        IOException failed = new IOException("no search node answered");
        for (String url : urls.get()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(10)).GET()
                    .build();
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                failed.addSuppressed(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw failed;
    }
}
