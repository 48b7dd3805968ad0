package org.familyhub.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listed services' ids and when each last changed, a page at a time in id order (keyset paging on an
 * index that holds all three columns), for the sitemap: nothing else is read and nothing is mapped.
 */
@Service
@Transactional(readOnly = true)
public class PublishedServiceIds {

    private final JdbcClient jdbc;

    PublishedServiceIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What families can find: open services and, with their notice, temporarily closed ones. */
    static final List<String> LISTED = List.of("active", "temporarily closed");

    /** A listed service's id, status and last change; the status and id are where the next page starts. */
    public record PublishedService(UUID id, Instant lastModified, String status) {
    }

    /**
     * Up to {@code limit} listed services after the given one (from the first when null): open services in id
     * order, then temporarily closed ones. Each status is its own range of the index, so a page costs the same
     * however deep into the directory it starts.
     */
    public List<PublishedService> after(@Nullable PublishedService after, int limit) {
        List<PublishedService> found = new ArrayList<>();
        int from = after == null ? 0 : LISTED.indexOf(after.status());
        for (int i = Math.max(from, 0); i < LISTED.size() && found.size() < limit; i++) {
            UUID afterId = after != null && i == from ? after.id() : null;
            found.addAll(page(LISTED.get(i), afterId, limit - found.size()));
        }
        return found;
    }

    private List<PublishedService> page(String status, @Nullable UUID after, int limit) {
        String sql = "select id, last_modified from service where status = :status"
                + (after == null ? "" : " and id > cast(:after as uuid)") + " order by id limit :limit";
        JdbcClient.StatementSpec query = jdbc.sql(sql).param("status", status).param("limit", limit);
        if (after != null) {
            query = query.param("after", after.toString());
        }
        return query.query((rs, n) -> new PublishedService(UUID.fromString(rs.getString(1)),
                rs.getTimestamp(2).toInstant(), status)).list();
    }
}
