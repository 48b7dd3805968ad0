package org.familyhub.search.index;

import java.io.StringReader;
import java.time.Clock;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.familyhub.PortalTest;
import org.familyhub.directory.Directory;
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
    JdbcClient jdbc;

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

        new ServiceIndex(client, directory, Clock.systemUTC()).ensureExists();

        assertThat(aliased()).hasSize(1).doesNotContain(legacy);
        assertThat(client.indices().exists(e -> e.index(legacy)).value()).isFalse();
        long active = jdbc.sql("select count(*) from service where status = 'active'").query(Long.class).single();
        assertThat(client.count(c -> c.index(ServiceIndex.ALIAS)).count()).isEqualTo(active);
    }

    private List<String> aliased() throws Exception {
        return List.copyOf(client.indices().getAlias(a -> a.name(ServiceIndex.ALIAS)).result().keySet());
    }
}
