package org.familyhub.booking.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Reading and writing the few column types the booking tables use. */
final class Rows {

    private Rows() {
    }

    static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    static @Nullable Timestamp tsOrNull(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    static @Nullable Instant instantOrNull(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    static @Nullable UUID uuidOrNull(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }
}
