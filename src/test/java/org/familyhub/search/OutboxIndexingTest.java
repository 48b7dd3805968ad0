package org.familyhub.search;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.familyhub.PortalTest;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.search.engine.EmbeddedElasticsearch;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes never fail because the search engine is down, and when it returns the index catches up by
 * itself until it equals the database.
 */
@PortalTest
class OutboxIndexingTest {

    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    private static final UUID CREWE_AUTISM_GROUP = UUID.fromString("b45ad79e-6860-567d-8e9e-24cf186ab2a0");

    @Autowired
    DirectoryChanges changes;
    @Autowired
    EmbeddedElasticsearch engine;
    @Autowired
    ServiceIndex index;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    JdbcClient jdbc;

    @Test
    void changesMadeWhileTheSearchEngineIsDownReachTheIndexWhenItReturns() {
        awaitIndexEqualsDatabase();
        engine.stop();
        try {
            changes.renameService(MONKS_STAY_AND_PLAY, "Stay and Play at Monks Coppenhall Family Hub");
            changes.changeStatus(CREWE_AUTISM_GROUP, "temporarily closed");
            changes.renameLocality("macclesfield", "Macclesfield and Bollington");
            assertThat(incompletePublications()).isGreaterThanOrEqualTo(3);
        } finally {
            engine.start();
        }
        awaitIndexEqualsDatabase();
        assertThat(document(MONKS_STAY_AND_PLAY)).containsEntry("name", "Stay and Play at Monks Coppenhall Family Hub");
        // A temporarily closed service stays findable with its notice (#18).
        assertThat(document(CREWE_AUTISM_GROUP)).containsEntry("status", "temporarily closed");

        changes.renameService(MONKS_STAY_AND_PLAY, "Stay and Play at Monks Coppenhall");
        changes.changeStatus(CREWE_AUTISM_GROUP, "active");
        changes.renameLocality("macclesfield", "Macclesfield");
        awaitIndexEqualsDatabase();
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(30), () -> incompletePublications() == 0);
    }

    private void awaitIndexEqualsDatabase() {
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(90), () -> indexed().equals(database()));
    }

    /** Each findable (active or temporarily closed) service's id with its name and locality names, as the database has them. */
    private Map<String, String> database() {
        Map<String, String> rows = new HashMap<>();
        jdbc.sql("""
                select s.id, s.name,
                  coalesce((select group_concat(distinct l.name order by l.name separator '|')
                            from service_at_location sal join location v on v.id = sal.location_id
                            join locality l on l.id = v.locality_id where sal.service_id = s.id),
                           (select group_concat(distinct l.name order by l.name separator '|')
                            from service_area a join locality l on l.id = a.locality_id where a.service_id = s.id),
                           '') as localities
                from service s where s.status in ('active', 'temporarily closed')
                """).query((rs, n) -> rows.put(rs.getString(1), rs.getString(2) + "@" + rs.getString(3))).list();
        return rows;
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> indexed() {
        try {
            var response = client.search(s -> s.index(ServiceIndex.ALIAS).size(1000)
                    .source(src -> src.filter(f -> f.includes("name", "locality_names"))), Map.class);
            return response.hits().hits().stream().collect(Collectors.toMap(h -> h.id(), h -> {
                Map<String, Object> source = h.source();
                List<String> localities = ((List<String>) source.getOrDefault("locality_names", List.of())).stream()
                        .sorted().toList();
                return source.get("name") + "@" + String.join("|", localities);
            }));
        } catch (Exception e) {
            return Map.of();
        }
    }

    private Map<String, Object> document(UUID id) {
        return SearchIndexFixture.document(client, id);
    }

    private long incompletePublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }
}
