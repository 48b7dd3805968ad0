package org.familyhub.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published services' ids and when each last changed, a page at a time in id order (keyset paging on an
 * index that holds all three columns), for the sitemap: nothing else is read and nothing is mapped.
 */
@Service
@Transactional(readOnly = true)
public class PublishedServiceIds {

    private final JdbcClient jdbc;

    PublishedServiceIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published service's id and last change. */
    public record PublishedService(UUID id, Instant lastModified) {
    }

    /** Up to {@code limit} published services after the given id (from the first when null), in id order. */
    public List<PublishedService> after(@Nullable UUID after, int limit) {
        String sql = "select id, last_modified from service where status = 'active'"
                + (after == null ? "" : " and id > cast(:after as uuid)") + " order by id limit :limit";
        JdbcClient.StatementSpec query = jdbc.sql(sql).param("limit", limit);
        if (after != null) {
            query = query.param("after", after.toString());
        }
        return query.query((rs, n) -> new PublishedService(UUID.fromString(rs.getString(1)),
                rs.getTimestamp(2).toInstant())).list();
    }
}
