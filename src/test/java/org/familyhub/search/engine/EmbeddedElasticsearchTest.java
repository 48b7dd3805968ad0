package org.familyhub.search.engine;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import org.familyhub.PortalTest;
import org.familyhub.shared.server.EmbeddedServerSupervisor;
import org.familyhub.shared.server.ServerState;
import org.familyhub.shared.server.ThisMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@PortalTest
class EmbeddedElasticsearchTest {

    @Autowired
    ElasticsearchClient client;

    @Autowired
    EmbeddedElasticsearch elasticsearch;

    @Autowired
    EmbeddedServerSupervisor supervisor;

    @Test
    void theEmbeddedServerAnswersClusterHealthThroughTheClient() throws IOException {
        assertThat(client.cluster().health().status()).isIn(HealthStatus.Green, HealthStatus.Yellow);
    }

    /**
     * The engine's default watermarks are shares of the disk (90 % used: no new index), and on a large shared disk
     * that still left tens of gigabytes free the portal could not start. Free space is what the index needs.
     */
    @Test
    void theEngineKeepsAFreeSpaceReserveNotAShareOfTheDisk() throws IOException {
        Map<String, co.elastic.clients.json.JsonData> defaults =
                client.cluster().getSettings(g -> g.includeDefaults(true).flatSettings(true)).defaults();
        String prefix = "cluster.routing.allocation.disk.watermark.";

        assertThat(Map.of("low", defaults.get(prefix + "low").to(String.class),
                "high", defaults.get(prefix + "high").to(String.class),
                "flood_stage", defaults.get(prefix + "flood_stage").to(String.class)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("low", "2gb", "high", "1gb", "flood_stage", "500mb"));
    }

    @Test
    void anIndexCanUseTheStemmerSynonymEdgeNgramAndFoldingFiltersOfTheAnalysisPlugin() throws IOException {
        client.indices().create(index -> index.index("engine-analysis").settings(settings -> settings
                .numberOfReplicas("0")
                .analysis(analysis -> analysis
                        .filter("english", f -> f.definition(d -> d.stemmer(s -> s.language("english"))))
                        .filter("needs", f -> f.definition(d -> d.synonymGraph(
                                s -> s.synonyms("asd, autism, autistic"))))
                        .filter("prefixes", f -> f.definition(d -> d.edgeNgram(e -> e.minGram(2).maxGram(5))))
                        .filter("folding", f -> f.definition(d -> d.asciifolding(a -> a)))
                        .analyzer("text", a -> a.custom(c -> c.tokenizer("standard")
                                .filter("lowercase", "folding", "needs", "english")))
                        .analyzer("autocomplete", a -> a.custom(c -> c.tokenizer("standard")
                                .filter("lowercase", "folding", "prefixes"))))));

        assertThat(tokens("text", "Café clinics for ASD"))
                .contains("cafe", "clinic", "for", "asd", "autism", "autist");
        assertThat(tokens("autocomplete", "Tŏddler")).containsExactly("to", "tod", "todd", "toddl");
    }

    @Test
    void recordsAreIndexedInBulkAndReadBack() throws IOException {
        List<Venue> venues = List.of(new Venue("Crewe Lifestyle Centre", "Crewe"),
                new Venue("Macclesfield Library", "Macclesfield"));
        client.bulk(bulk -> {
            venues.forEach(venue -> bulk.operations(op -> op.index(i -> i.index("engine-venues").document(venue))));
            return bulk.refresh(Refresh.True);
        });

        var hits = client.search(search -> search.index("engine-venues")
                .query(q -> q.match(m -> m.field("name").query("library"))), Venue.class).hits().hits();

        assertThat(hits).singleElement().satisfies(hit -> assertThat(hit.source()).isEqualTo(venues.get(1)));
    }

    @Test
    void aStoppedServerRefusesConnectionsAndComesBackOnTheSameUrlWithItsData() throws IOException {
        client.index(i -> i.index("engine-restart").id("1").document(new Venue("Congleton Hub", "Congleton"))
                .refresh(Refresh.True));
        String url = elasticsearch.url();
        URI address = URI.create(url);

        elasticsearch.stop();

        assertThat(elasticsearch.isRunning()).isFalse();
        assertThatThrownBy(() -> new Socket(address.getHost(), address.getPort()).close())
                .isInstanceOf(ConnectException.class);

        elasticsearch.start();

        assertThat(elasticsearch.isRunning()).isTrue();
        assertThat(elasticsearch.url()).isEqualTo(url);
        assertThat(client.get(g -> g.index("engine-restart").id("1"), Venue.class).source())
                .isEqualTo(new Venue("Congleton Hub", "Congleton"));
    }

    @Test
    void theServerAnswersOnLoopbackButNotOnThisMachinesOtherAddresses() throws IOException {
        int port = URI.create(elasticsearch.url()).getPort();
        assertThat(ThisMachine.accepts(InetAddress.getLoopbackAddress(), port)).isTrue();

        Optional<InetAddress> external = ThisMachine.nonLoopbackAddress();
        assumeTrue(external.isPresent(), "this machine has no non-loopback address");
        assertThat(ThisMachine.accepts(external.get(), port)).as("reachable on %s", external.get()).isFalse();
    }

    @Test
    void theSupervisorWatchesBothEmbeddedServers() {
        assertThat(supervisor.states())
                .containsExactlyInAnyOrderEntriesOf(Map.of("mariadb", ServerState.UP, "elasticsearch", ServerState.UP));
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aKilledServerIsRestartedByTheSupervisorWithItsData() throws Exception {
        client.index(i -> i.index("engine-crash").id("1").document(new Venue("Sandbach Hub", "Sandbach"))
                .refresh(Refresh.True));
        long killed = elasticsearch.serverPid().orElseThrow();

        ProcessHandle.of(killed).orElseThrow().destroyForcibly();

        assertThat(awaitState(state -> state != ServerState.UP, Duration.ofSeconds(30)))
                .isEqualTo(ServerState.RESTARTING);
        assertThat(awaitState(state -> state == ServerState.UP, Duration.ofMinutes(5))).isEqualTo(ServerState.UP);
        assertThat(elasticsearch.serverPid()).isPresent().get().isNotEqualTo(killed);
        assertThat(client.get(g -> g.index("engine-crash").id("1"), Venue.class).source())
                .isEqualTo(new Venue("Sandbach Hub", "Sandbach"));
    }

    private ServerState awaitState(java.util.function.Predicate<ServerState> wanted, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ServerState state = supervisor.state("elasticsearch").orElseThrow();
        while (!wanted.test(state) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            state = supervisor.state("elasticsearch").orElseThrow();
        }
        return state;
    }

    private List<String> tokens(String analyzer, String text) throws IOException {
        return client.indices().analyze(a -> a.index("engine-analysis").analyzer(analyzer).text(text))
                .tokens().stream().map(AnalyzeToken::token).toList();
    }

    record Venue(String name, String town) {
    }
}
