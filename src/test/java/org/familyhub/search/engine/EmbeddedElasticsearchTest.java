package org.familyhub.search.engine;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import org.familyhub.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class EmbeddedElasticsearchTest {

    @Autowired
    ElasticsearchClient client;

    @Autowired
    EmbeddedElasticsearch elasticsearch;

    @Test
    void theEmbeddedServerAnswersClusterHealthThroughTheClient() throws IOException {
        assertThat(client.cluster().health().status()).isIn(HealthStatus.Green, HealthStatus.Yellow);
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

    private List<String> tokens(String analyzer, String text) throws IOException {
        return client.indices().analyze(a -> a.index("engine-analysis").analyzer(analyzer).text(text))
                .tokens().stream().map(AnalyzeToken::token).toList();
    }

    record Venue(String name, String town) {
    }
}
