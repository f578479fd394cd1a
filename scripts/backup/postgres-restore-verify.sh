#!/usr/bin/env bash
# Restore verification (CronJob postgresql-restore-verify, weekly).
# For every database with backups: verifies the checksums of its newest complete dump
# and manifest, restores the dump into a scratch database, computes the manifest of the
# restored content and compares it with the one taken at backup time: every table must
# have the same row count and content hash, every sequence at least the recorded value
# (sequences are not transactional, so pg_dump may read them slightly later). Then it
# drops the scratch database. The newest globals file must pass its checksum too.
# Exits non-zero on a missing backup, a checksum failure, a restore error or any mismatch.
#
# Env: BACKUP_DIR; libpq's PGHOST, PGPORT, PGUSER (a superuser); POSTGRES_PASSWORD_FILE and
#      PGPASSFILE (use_password_file in backup-lib.sh).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=backup-lib.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/backup-lib.sh"

: "${BACKUP_DIR:?}" "${PGHOST:?}" "${PGUSER:?}"
use_password_file

sql() { PGOPTIONS='-c client_min_messages=warning' psql -XAtq -v ON_ERROR_STOP=1 "$@"; }
scratch=''
drop_scratch() {
  if [ -n "$scratch" ]; then
    sql --dbname=postgres --set=db="$scratch" <<<'DROP DATABASE IF EXISTS :"db" WITH (FORCE);'
    scratch=''
  fi
}
trap drop_scratch EXIT

# compare EXPECTED ACTUAL: prints each difference; fails if there is any.
compare() {
  local kind name value extra got differences=0
  declare -A actual=()
  while IFS='|' read -r kind name value extra; do
    actual["$kind|$name"]="$value|$extra"
  done <"$2"
  while IFS='|' read -r kind name value extra; do
    if [ -z "${actual["$kind|$name"]+set}" ]; then
      log "MISMATCH: $kind $name is missing from the restored database"
      differences=$((differences + 1))
      continue
    fi
    got=${actual["$kind|$name"]}
    unset 'actual["$kind|$name"]'
    if [ "$kind" = table ] && [ "$got" != "$value|$extra" ]; then
      log "MISMATCH: table $name: rows|hash $got, expected $value|$extra"
      differences=$((differences + 1))
    elif [ "$kind" = sequence ] && [ "${got%%|*}" -lt "$value" ]; then
      log "MISMATCH: sequence $name is at ${got%%|*}, expected at least $value"
      differences=$((differences + 1))
    fi
  done <"$1"
  for name in "${!actual[@]}"; do
    log "MISMATCH: ${name/|/ } is in the restored database but not in the manifest"
    differences=$((differences + 1))
  done
  [ "$differences" -eq 0 ]
}

failures=0
found=0
while IFS= read -r series; do
  [ "$series" != globals ] || continue
  dump=$(newest_complete "$BACKUP_DIR" "$series" .dump) || continue
  found=$((found + 1))
  manifest="${dump%.dump}.manifest"
  log "verifying ${dump##*/}"
  if ! (verify_checksum "$dump" && verify_checksum "$manifest"); then
    failures=$((failures + 1))
    continue
  fi
  scratch="restore_verify_${series:0:40}"
  sql --dbname=postgres --set=db="$scratch" <<'SQL'
DROP DATABASE IF EXISTS :"db" WITH (FORCE);
CREATE DATABASE :"db" TEMPLATE template0;
SQL
  restored="$(mktemp)"
  if pg_restore --exit-on-error --no-password --dbname="$scratch" "$dump" &&
    manifest_sql | sql --dbname="$scratch" >"$restored" &&
    compare "$manifest" "$restored"; then
    log "OK: ${dump##*/} restores with the content it was taken with ($(wc -l <"$manifest") tables and sequences)"
  else
    log "FAILED: ${dump##*/}"
    failures=$((failures + 1))
  fi
  rm -f -- "$restored"
  drop_scratch
done < <(series_in "$BACKUP_DIR")

if globals=$(newest_complete "$BACKUP_DIR" globals .sql); then
  (verify_checksum "$globals") || failures=$((failures + 1))
else
  log "FAILED: no complete globals file in $BACKUP_DIR"
  failures=$((failures + 1))
fi
[ "$found" -gt 0 ] || die "no complete database dump in $BACKUP_DIR"
[ "$failures" -eq 0 ] || die "$failures backup(s) failed verification"
log "restore verification passed for $found database(s)"
