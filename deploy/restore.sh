#!/usr/bin/env bash
# Restores a backup made by backup.sh into the portal's database:  deploy/restore.sh /backups/familyhub-2026-12-01.sql.gz
# Every table in the backup replaces the one in the database. Restore into a fresh portal (see deploy/README.md,
# "Restoring a backup"), then start every node again, one of them with --reindex to rebuild the search index.
source "$(dirname "$0")/familyhub-db.sh"

in=${1:-}
[[ -r "$in" ]] || fail "usage: $0 BACKUP.sql.gz (a readable file)"
gzip -t "$in" || fail "$in is not a complete gzip file"

# shellcheck disable=SC2086
gzip -dc "$in" | "$MARIADB_BIN/mariadb" --defaults-file="$options_file" ${DB_CLIENT_OPTIONS:-} "$DB_NAME"
echo "Restored $in into $DB_NAME on $DB_HOST:$DB_PORT"
