#!/usr/bin/env bash
# Backs up the portal's database to one compressed SQL file:  deploy/backup.sh /backups/familyhub-$(date +%F).sql.gz
# Everything the portal keeps is in the database (requests, listings, survey answers, accounts, e-mails not yet
# sent, generated leaflets); the search index is rebuilt from it after a restore, so it is not backed up.
# Consistent while the portal runs (one transaction, no table locks). Connection: see familyhub-db.sh.
source "$(dirname "$0")/familyhub-db.sh"

out=${1:-}
[[ -n "$out" ]] || fail "usage: $0 BACKUP.sql.gz"
[[ ! -e "$out" ]] || fail "$out exists already; a backup never overwrites one"

partial="$out.partial"
umask 077
# shellcheck disable=SC2086
"$MARIADB_BIN/mariadb-dump" --defaults-file="$options_file" ${DB_CLIENT_OPTIONS:-} \
  --single-transaction --quick --routines --triggers --hex-blob --no-tablespaces \
  "$DB_NAME" | gzip -c > "$partial"
# A dump cut short has no completion line: keep it only if the server said it finished.
gzip -dc "$partial" | tail -n 1 | grep -q -- '-- Dump completed' || { rm -f "$partial"; fail "the dump did not complete"; }
mv "$partial" "$out"
echo "Backed up $DB_NAME to $out ($(du -h "$out" | cut -f1))"
