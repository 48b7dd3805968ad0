package org.familyhub.portal.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Generated files in the table {@code generated_file}, shared by every portal node. */
@Repository
class StoredFiles {

    /** A file just made, to store. */
    record NewFile(String name, String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    StoredFiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<StoredFile> find(String name) {
        return jdbc.sql("select name, content_type, content, etag, generated_at from generated_file where name = ?")
                .param(name)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    boolean exists(String name) {
        return jdbc.sql("select count(*) from generated_file where name = ?").param(name).query(Long.class).single() > 0;
    }

    /**
     * Stores the files made from what the directory held at {@code startedAt}: a file marked stale after that
     * stays stale, since the change may have come too late for this copy.
     */
    @Transactional
    void store(Collection<NewFile> files, Instant startedAt) {
        for (NewFile file : files) {
            jdbc.sql("""
                    insert into generated_file (name, content_type, content, etag, generated_at, stale_since)
                    values (:name, :type, :content, :etag, :now, null)
                    on duplicate key update content_type = values(content_type), content = values(content),
                      etag = values(etag), generated_at = values(generated_at),
                      stale_since = if(stale_since > :started, stale_since, null)
                    """)
                    .param("name", file.name()).param("type", file.contentType()).param("content", file.content())
                    .param("etag", etag(file.content())).param("now", Timestamp.from(clock.instant()))
                    .param("started", Timestamp.from(startedAt))
                    .update();
        }
    }

    /** Removes the files whose names start with the prefix, except those named. */
    @Transactional
    void deleteOthers(String prefix, Collection<String> keep) {
        List<String> stored = jdbc.sql("select name from generated_file where name like concat(?, '%')")
                .param(prefix).query(String.class).list();
        stored.stream().filter(name -> !keep.contains(name))
                .forEach(name -> jdbc.sql("delete from generated_file where name = ?").param(name).update());
    }

    void delete(String name) {
        jdbc.sql("delete from generated_file where name = ?").param(name).update();
    }

    /** Marks the stored files among these names out of date; names never generated are left alone. */
    void markStale(Collection<String> names, Instant at) {
        if (!names.isEmpty()) {
            jdbc.sql("update generated_file set stale_since = coalesce(stale_since, :at) where name in (:names)")
                    .param("at", Timestamp.from(at)).param("names", List.copyOf(names)).update();
        }
    }

    /**
     * Files to make again: stale ones last generated before {@code debounced}, and any generated before
     * {@code expired}; the longest waiting first.
     */
    List<String> due(Instant debounced, Instant expired) {
        return jdbc.sql("""
                select name from generated_file
                where (stale_since is not null and generated_at <= :debounced) or generated_at <= :expired
                order by coalesce(stale_since, generated_at)
                """).param("debounced", Timestamp.from(debounced)).param("expired", Timestamp.from(expired))
                .query(String.class).list();
    }

    private static String etag(byte[] content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
