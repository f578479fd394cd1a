#!/usr/bin/env bash
# PostgreSQL backup (CronJob postgresql-backup, daily).
# For every database that accepts connections it writes, from one exported snapshot:
#   <db>-<stamp>.manifest  row count and content hash of every table, sequence values
#   <db>-<stamp>.dump      pg_dump in custom format
# and then globals-<stamp>.sql (roles and tablespaces: pg_dumpall --globals-only).
# Each file is written as .partial and renamed when whole, with a .sha256 beside it
# (backup-lib.sh). Then retention deletes files older than RETENTION_DAYS days, never
# the newest complete backup of a series.
#
# With PAIRED_BACKUP_DIR (Chroma's exports) set, recovery-point-<stamp>.json records
# this run and Chroma's newest export.
#
# Env: BACKUP_DIR, RETENTION_DAYS, PAIRED_BACKUP_DIR (optional); libpq's PGHOST, PGPORT, PGUSER (a superuser: the
#      globals include roles); POSTGRES_PASSWORD_FILE (its password, a file of the mounted
#      Secret) and PGPASSFILE (where libpq reads it; see use_password_file in backup-lib.sh).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=backup-lib.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/backup-lib.sh"

: "${BACKUP_DIR:?}" "${RETENTION_DAYS:?}" "${PGHOST:?}" "${PGUSER:?}"
use_password_file

# dump_database DB: writes DB's manifest and dump for this run's stamp.
dump_database() {
  local db=$1 base="$BACKUP_DIR/$1-$stamp" snapshot line ended=''
  # The manifest and pg_dump read the same snapshot, exported by a REPEATABLE READ
  # transaction that stays open until pg_dump is done.
  coproc SNAP { psql -XAtq -v ON_ERROR_STOP=1 --dbname="$db"; }
  printf '%s\n' 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;' 'SELECT pg_export_snapshot();' >&"${SNAP[1]}"
  read -r snapshot <&"${SNAP[0]}" || die "$db: could not export a snapshot"

  { manifest_sql; printf '\\echo __manifest_end__\n'; } >&"${SNAP[1]}"
  while IFS= read -r line <&"${SNAP[0]}"; do
    if [ "$line" = __manifest_end__ ]; then ended=1 && break; fi
    printf '%s\n' "$line"
  done >"$base.manifest.partial"
  [ -n "$ended" ] || die "$db: the manifest query failed"

  pg_dump --snapshot="$snapshot" --format=custom --file="$base.dump.partial" --dbname="$db"
  printf '%s\n' 'COMMIT;' '\q' >&"${SNAP[1]}"
  wait "$SNAP_PID" || die "$db: the snapshot session failed"
  # The archive must be readable before it counts as a backup.
  pg_restore --list "$base.dump.partial" >/dev/null || die "$db: pg_dump wrote an unreadable archive"

  publish "$base.manifest"
  publish "$base.dump"
}

mkdir -p -- "$BACKUP_DIR"
clean_stale "$BACKUP_DIR"
stamp=$(utc_stamp)

databases=$(psql -XAtq -v ON_ERROR_STOP=1 --dbname=postgres \
  -c 'SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY datname')
[ -n "$databases" ] || die "no databases to back up"
while IFS= read -r db; do
  log "backing up database $db"
  dump_database "$db"
done <<<"$databases"

log "backing up globals (roles, tablespaces)"
pg_dumpall --globals-only --file="$BACKUP_DIR/globals-$stamp.sql.partial"
publish "$BACKUP_DIR/globals-$stamp.sql"

# The matched pair with Chroma (docs/backup-restore.md "Restoring a matched pair"): this
# run's stamp and end time, and Chroma's newest complete export on the same volume.
if [ -n "${PAIRED_BACKUP_DIR:-}" ]; then
  printf '{"store":"postgresql","stamp":"%s","finished_at":"%s","paired_backup":%s}\n' "$stamp" \
    "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(recovery_point chroma "$PAIRED_BACKUP_DIR" chroma .jsonl.gz)" \
    >"$BACKUP_DIR/recovery-point-$stamp.json.partial"
  publish "$BACKUP_DIR/recovery-point-$stamp.json"
fi

while IFS= read -r series; do
  case "$series" in globals) ext=.sql ;; recovery-point) ext=.json ;; *) ext=.dump ;; esac
  prune "$BACKUP_DIR" "$series" "$ext" "$RETENTION_DAYS"
done < <(series_in "$BACKUP_DIR")
log "backup $stamp complete"
