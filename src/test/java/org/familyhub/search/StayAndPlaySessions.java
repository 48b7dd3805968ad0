package org.familyhub.search;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sample's stay-and-play sessions, as the directory itself says: listed under the "Stay and play" topic, or
 * called a stay and play by name (Mobberley's is listed as a toddler group). Read from the database, not written out
 * by hand, so a test comparing a search with them compares it with the directory.
 */
public final class StayAndPlaySessions {

    private StayAndPlaySessions() {
    }

    public static Set<UUID> all(JdbcClient jdbc) {
        return jdbc.sql("""
                select s.id from service s
                where lower(s.name) like '%stay and play%'
                   or exists (select 1 from attribute a join taxonomy_term t on t.id = a.taxonomy_term_id
                              where a.link_type = 'service' and a.link_id = s.id and t.code = 'stay-and-play')
                """).query(String.class).list().stream().map(UUID::fromString).collect(Collectors.toSet());
    }

    /** The active ones called a stay and play by name: every one of them must be found. */
    public static Set<UUID> activeByName(JdbcClient jdbc) {
        return jdbc.sql("select id from service where status = 'active' and lower(name) like '%stay and play%'")
                .query(String.class).list().stream().map(UUID::fromString).collect(Collectors.toSet());
    }
}
