#!/usr/bin/env bash
# PostgreSQL restore (suspended CronJob postgresql-restore, run as a template:
#   kubectl create job --from=cronjob/postgresql-restore <job-name>).
# Restores DUMP (a file name in BACKUP_DIR) or, when DUMP is empty, the newest complete
# dump of DATABASE. The checksum is verified before any database is touched. The dump
# is restored into a new database, which then takes the place of TARGET_DATABASE
# (default DATABASE) by renaming; the database it replaces is kept, with connections
# disabled, as <target>_pre_restore_<time> until someone drops it (docs/backup-restore.md).
#
# Env: BACKUP_DIR, DATABASE, DATABASE_OWNER (role that owns the restored database),
#      DUMP and TARGET_DATABASE (both optional); libpq's PGHOST, PGPORT, PGUSER (a
#      superuser); POSTGRES_PASSWORD_FILE and PGPASSFILE (use_password_file in backup-lib.sh).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=backup-lib.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/backup-lib.sh"

: "${BACKUP_DIR:?}" "${DATABASE:?}" "${DATABASE_OWNER:?}" "${PGHOST:?}" "${PGUSER:?}"
use_password_file
target=${TARGET_DATABASE:-$DATABASE}

if [ -n "${DUMP:-}" ]; then
  dump="$BACKUP_DIR/${DUMP##*/}"
else
  dump=$(newest_complete "$BACKUP_DIR" "$DATABASE" .dump) || die "no complete dump of $DATABASE in $BACKUP_DIR"
fi
log "restoring ${dump##*/} into database $target"
verify_checksum "$dump"
pg_restore --list "$dump" >/dev/null || die "${dump##*/} is not a pg_dump custom-format archive"

sql() { PGOPTIONS='-c client_min_messages=warning' psql -XAtq -v ON_ERROR_STOP=1 --dbname=postgres "$@"; }
now=$(date -u +%Y%m%d%H%M%S)
scratch="${target:0:40}_restoring_$now"
previous="${target:0:40}_pre_restore_$now"
swapped=''
cleanup() {
  if [ -z "$swapped" ]; then
    sql --set=db="$scratch" <<<'DROP DATABASE IF EXISTS :"db";' || true
  fi
}
trap cleanup EXIT

# Same encoding and collation as the database it replaces, if there is one.
sql --set=db="$scratch" --set=like="$target" <<'SQL'
SELECT coalesce((SELECT format('ENCODING %L LC_COLLATE %L LC_CTYPE %L', pg_encoding_to_char(encoding), datcollate, datctype)
                 FROM pg_database WHERE datname = :'like'), '') AS options \gset
CREATE DATABASE :"db" TEMPLATE template0 :options;
SQL
pg_restore --exit-on-error --no-password --dbname="$scratch" "$dump"
sql --set=db="$scratch" --set=owner="$DATABASE_OWNER" <<<'ALTER DATABASE :"db" OWNER TO :"owner";'

# The swap. Connections to the old database are refused from here on; those still open
# are ended. If a step fails, the old database is left (or put back) in place.
exists=$(sql --set=db="$target" <<'SQL'
SELECT count(*) FROM pg_database WHERE datname = :'db';
SQL
)
if [ "$exists" = 1 ]; then
  sql --set=db="$target" <<'SQL'
ALTER DATABASE :"db" WITH ALLOW_CONNECTIONS false;
SELECT count(pg_terminate_backend(pid, 10000)) AS ended FROM pg_stat_activity WHERE datname = :'db' \gset
\echo ended :ended connections
SQL
  if ! sql --set=old="$target" --set=new="$previous" <<<'ALTER DATABASE :"old" RENAME TO :"new";'; then
    sql --set=db="$target" <<<'ALTER DATABASE :"db" WITH ALLOW_CONNECTIONS true;' || true
    die "could not move $target aside; it is unchanged"
  fi
  log "the previous $target is kept as $previous (connections disabled)"
fi
if ! sql --set=old="$scratch" --set=new="$target" <<<'ALTER DATABASE :"old" RENAME TO :"new";'; then
  if [ "$exists" = 1 ]; then
    sql --set=old="$previous" --set=new="$target" <<<'ALTER DATABASE :"old" RENAME TO :"new";' || true
    sql --set=db="$target" <<<'ALTER DATABASE :"db" WITH ALLOW_CONNECTIONS true;' || true
  fi
  die "could not put the restored database in place; $target is unchanged"
fi
swapped=1
log "restore complete: $target now holds ${dump##*/}"
