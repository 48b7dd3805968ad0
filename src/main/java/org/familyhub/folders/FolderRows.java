package org.familyhub.folders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code folder} and {@code folder_item} tables; callers hold the transaction. Every read and change of one
 * folder names its owner too, so another professional's folder is simply not found.
 */
@Repository
class FolderRows {

    private static final String SELECT =
            "select f.*, (select count(*) from folder_item i where i.folder_id = f.id) as items from folder f ";

    private final JdbcClient jdbc;

    FolderRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String owner, String label, Instant now) {
        jdbc.sql("insert into folder (id, owner, label, created_at, updated_at) values (?, ?, ?, ?, ?)")
                .params(id, owner, label, Timestamp.from(now), Timestamp.from(now)).update();
    }

    Optional<Folder> find(UUID id, String owner) {
        return jdbc.sql(SELECT + "where f.id = ? and f.owner = ?").params(id, owner).query(FolderRows::row).optional();
    }

    long count(String owner) {
        return jdbc.sql("select count(*) from folder where owner = ?").param(owner).query(Long.class).single();
    }

    /** The owner's folders, most recently changed first, one page at a time. */
    List<Folder> page(String owner, int offset, int size) {
        return jdbc.sql(SELECT + "where f.owner = ? order by f.updated_at desc, f.id limit ? offset ?")
                .params(owner, size, offset).query(FolderRows::row).list();
    }

    boolean rename(UUID id, String owner, String label, Instant now) {
        return jdbc.sql("update folder set label = ?, updated_at = ? where id = ? and owner = ?")
                .params(label, Timestamp.from(now), id, owner).update() == 1;
    }

    boolean touch(UUID id, String owner, Instant now) {
        return jdbc.sql("update folder set updated_at = ? where id = ? and owner = ?")
                .params(Timestamp.from(now), id, owner).update() == 1;
    }

    /** Deletes the folder and, by the foreign key, its items. */
    boolean delete(UUID id, String owner) {
        return jdbc.sql("delete from folder where id = ? and owner = ?").params(id, owner).update() == 1;
    }

    boolean consent(UUID id, String owner, @Nullable String email, @Nullable String language, @Nullable String by,
            @Nullable Instant at, Instant now) {
        return jdbc.sql("""
                update folder set family_email = ?, family_language = ?, consent_by = ?, consent_at = ?, updated_at = ?
                where id = ? and owner = ?""")
                .params(email, language, by, at == null ? null : Timestamp.from(at), Timestamp.from(now), id, owner)
                .update() == 1;
    }

    List<FolderItem> items(UUID id) {
        return jdbc.sql("select service_id, note, added_at from folder_item where folder_id = ? order by added_at, service_id")
                .param(id).query((row, n) -> new FolderItem(row.getObject("service_id", UUID.class),
                        row.getString("note"), row.getTimestamp("added_at").toInstant())).list();
    }

    boolean hasItem(UUID id, UUID service) {
        return jdbc.sql("select count(*) from folder_item where folder_id = ? and service_id = ?").params(id, service)
                .query(Long.class).single() > 0;
    }

    void addItem(UUID id, UUID service, @Nullable String note, Instant now) {
        jdbc.sql("insert into folder_item (folder_id, service_id, note, added_at) values (?, ?, ?, ?)")
                .params(id, service, note, Timestamp.from(now)).update();
    }

    boolean removeItem(UUID id, UUID service) {
        return jdbc.sql("delete from folder_item where folder_id = ? and service_id = ?").params(id, service)
                .update() == 1;
    }

    int deleteUntouchedBefore(Instant cutoff) {
        return jdbc.sql("delete from folder where updated_at < ?").param(Timestamp.from(cutoff)).update();
    }

    private static Folder row(ResultSet row, int number) throws SQLException {
        Timestamp consent = row.getTimestamp("consent_at");
        return new Folder(row.getObject("id", UUID.class), row.getString("owner"), row.getString("label"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
                row.getInt("items"), row.getString("family_email"), row.getString("family_language"),
                row.getString("consent_by"), consent == null ? null : consent.toInstant());
    }
}
