package org.familyhub.search.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.familyhub.PortalTest;
import org.familyhub.directory.Directory;
import org.familyhub.search.meaning.SentenceMeaning;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class ServiceIndexTest {

    @Autowired
    ElasticsearchClient client;
    @Autowired
    Directory directory;
    @Autowired
    SentenceMeaning meaning;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.familyhub.search.ChildcareDocuments> childcare;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.familyhub.search.CourseDocuments> courses;
    @Autowired
    ServiceIndex index;
    @Autowired
    IndexTurn turn;
    @Autowired
    IndexWrites writes;
    @Autowired
    DataSource dataSource;

    /**
     * The query fillers ("support", "services") are dropped outside the synonyms' graph only: dropped inside it, they
     * broke its phrases, and "domestic abuse" (whose rule holds "domestic abuse support") and "family support" found,
     * by their words, none of the listings whose descriptions say them.
     */
    @Test
    void aSynonymPhraseHoldingAFillerWordFindsEveryListingThatSaysIt() throws Exception {
        for (String phrase : List.of("domestic abuse", "family support")) {
            Query saying = Query.of(q -> q.matchPhrase(m -> m.field("description").query(phrase).analyzer("portal_text")));
            Query asSearched = Query.of(q -> q.match(m -> m.field("description").query(phrase)));
            long say = client.count(c -> c.index(ServiceIndex.ALIAS).query(saying)).count();
            long found = client.count(c -> c.index(ServiceIndex.ALIAS)
                    .query(q -> q.bool(b -> b.must(asSearched).filter(saying)))).count();
            assertThat(say).as("listings saying " + phrase).isPositive();
            assertThat(found).as("of those, found by the words " + phrase).isEqualTo(say);
        }
    }

    @Test
    void anIndexBuiltFromAnOlderDefinitionIsRebuiltOnStart() throws Exception {
        String legacy = "services-legacy";
        String definition = IndexDefinition.json().replace(IndexDefinition.fingerprint(), "an-older-definition");
        client.indices().create(c -> c.index(legacy).withJson(new StringReader(definition)));
        List<String> current = aliased();
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(legacy).alias(ServiceIndex.ALIAS)));
            current.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(ServiceIndex.ALIAS))));
            return u;
        });
        for (String old : current) {
            client.indices().delete(d -> d.index(old));
        }

        new ServiceIndex(client, directory, meaning, Clock.systemUTC(), childcare, courses, turn, writes).ensureExists();

        assertThat(aliased()).hasSize(1).doesNotContain(legacy);
        assertThat(client.indices().exists(e -> e.index(legacy)).value()).isFalse();
        long active = jdbc.sql("select count(*) from service where status in ('active', 'temporarily closed')").query(Long.class).single();
        assertThat(client.count(c -> c.index(ServiceIndex.ALIAS)).count()).isEqualTo(active);
    }

    @Test
    void aChangeMadeWhileTheIndexIsRebuiltIsNotLostWhenTheAliasSwaps() throws Exception {
        UUID autismGroup = UUID.fromString("b45ad79e-6860-567d-8e9e-24cf186ab2a0");
        String name = jdbc.sql("select name from service where id = ?").param(autismGroup).query(String.class).single();
        try {
            index.rebuild(() -> {
                // The new index is full (holding the old name) but not yet behind the alias when the change lands.
                jdbc.sql("update service set name = ? where id = ?").params(name + " (renamed)", autismGroup).update();
                index.update(List.of(autismGroup));
            });

            assertThat(indexedName(autismGroup)).isEqualTo(name + " (renamed)");
        } finally {
            jdbc.sql("update service set name = ? where id = ?").params(name, autismGroup).update();
            index.update(List.of(autismGroup));
        }
    }

    @Test
    void aRebuildThatFailsLeavesSearchesOnTheOldIndexAndNothingHalfBuiltBehind() throws Exception {
        List<String> before = aliased();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.rebuild(() -> {
            throw new IllegalStateException("the machine ran out of something");
        })).hasMessageContaining("ran out");

        assertThat(aliased()).isEqualTo(before);
        assertThat(client.indices().get(g -> g.index(ServiceIndex.ALIAS + "-*")).result().keySet())
                .as("only the index searches use").containsExactlyInAnyOrderElementsOf(before);
    }

    /**
     * Killed mid-rebuild, the engine cannot delete the half-built index when the rebuild fails; before, it stayed on
     * disk for good (seen by killing the embedded engine during {@code POST /api/admin/reindex}). Here the engine
     * refuses the delete through a metadata block on that index, lifted as it would come back.
     */
    @Test
    void aHalfBuiltIndexTheEngineCouldNotDeleteThenIsDeletedOnceItCan() throws Exception {
        List<String> before = aliased();
        List<String> halfBuilt = new ArrayList<>();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.rebuild(() -> {
            try {
                halfBuilt.addAll(client.indices().get(g -> g.index(ServiceIndex.ALIAS + "-*")).result().keySet());
                halfBuilt.removeAll(before);
                blockMetadata(halfBuilt.getFirst(), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException("the engine went away");
        })).hasMessageContaining("went away");
        assertThat(halfBuilt).hasSize(1);

        blockMetadata(halfBuilt.getFirst(), false);
        assertThat(client.indices().exists(e -> e.index(halfBuilt)).value()).as("left behind by the failure").isTrue();
        index.deleteLeftBehind();

        assertThat(aliased()).isEqualTo(before);
        assertThat(client.indices().get(g -> g.index(ServiceIndex.ALIAS + "-*")).result().keySet())
                .as("only the index searches use").containsExactlyInAnyOrderElementsOf(before);
    }

    private void blockMetadata(String name, boolean blocked) throws IOException {
        client.indices().putSettings(p -> p.index(name).withJson(new StringReader(
                "{\"index.blocks.metadata\":" + (blocked ? "true" : "null") + "}")));
    }

    /**
     * An engine that will not place a new index (here: allocation switched off; on a machine, a nearly full disk)
     * made the rebuild wait until the client's read timeout, and the portal stopped on a timeout that named nothing.
     */
    @Test
    void aRebuildTheEngineCannotPlaceFailsWithTheEnginesReasonAndSearchesStayOnTheOldIndex() throws Exception {
        List<String> before = aliased();
        client.cluster().putSettings(p -> p.withJson(new StringReader(
                "{\"persistent\":{\"cluster.routing.allocation.enable\":\"none\"}}")));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.rebuild())
                    .hasMessageContaining("did not open the new search index")
                    .hasMessageContaining("cluster.routing.allocation.enable=none");
        } finally {
            client.cluster().putSettings(p -> p.withJson(new StringReader(
                    "{\"persistent\":{\"cluster.routing.allocation.enable\":null}}")));
        }
        assertThat(aliased()).isEqualTo(before);
        assertThat(client.indices().get(g -> g.index(ServiceIndex.ALIAS + "-*")).result().keySet())
                .as("only the index searches use").containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void anUpdateWaitsWhileAnotherPortalNodeHasTheIndexTurn() throws Exception {
        UUID autismGroup = UUID.fromString("b45ad79e-6860-567d-8e9e-24cf186ab2a0");
        String name = jdbc.sql("select name from service where id = ?").param(autismGroup).query(String.class).single();
        try (Connection otherNode = dataSource.getConnection()) {
            // Waiting for it: right after start the portal may still be indexing the sample content in its own turn.
            assertThat(lock(otherNode, "select get_lock(?, 60)")).as("the other node takes the turn").isEqualTo(1);
            jdbc.sql("update service set name = ? where id = ?").params(name + " (renamed)", autismGroup).update();
            CompletableFuture<Void> update = CompletableFuture.runAsync(() -> index.update(List.of(autismGroup)));
            Thread.sleep(3000);

            assertThat(update).as("this node's update while the other node writes").isNotDone();
            assertThat(indexedName(autismGroup)).isEqualTo(name);

            lock(otherNode, "select release_lock(?)");
            update.get(60, TimeUnit.SECONDS);
            assertThat(indexedName(autismGroup)).isEqualTo(name + " (renamed)");
        } finally {
            jdbc.sql("update service set name = ? where id = ?").params(name, autismGroup).update();
            index.update(List.of(autismGroup));
        }
    }

    private static int lock(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, IndexTurn.LOCK);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private Object indexedName(UUID id) throws Exception {
        return client.get(g -> g.index(ServiceIndex.ALIAS).id(id.toString()), Map.class).source().get("name");
    }

    /** A rebuilt index is searched as one segment: written in several, it is merged before the alias moves to it. */
    @Test
    void aNewIndexIsMergedIntoOneSegment() throws Exception {
        String scratch = "merge-check";
        client.indices().create(c -> c.index(scratch));
        try {
            for (int i = 0; i < 3; i++) {
                int n = i;
                client.index(d -> d.index(scratch).id(Integer.toString(n)).document(Map.of("n", n)));
                client.indices().refresh(r -> r.index(scratch));
            }
            assertThat(segments(scratch)).isGreaterThanOrEqualTo(3);

            index.mergeSegments(scratch);

            assertThat(segments(scratch)).isEqualTo(1);
            assertThat(client.count(c -> c.index(scratch)).count()).isEqualTo(3);
        } finally {
            client.indices().delete(d -> d.index(scratch));
        }
    }

    private int segments(String name) throws Exception {
        return client.indices().segments(r -> r.index(name)).indices().get(name).shards().values().stream()
                .flatMap(List::stream).mapToInt(shard -> shard.segments().size()).sum();
    }

    private List<String> aliased() throws Exception {
        return List.copyOf(client.indices().getAlias(a -> a.name(ServiceIndex.ALIAS)).result().keySet());
    }
}
