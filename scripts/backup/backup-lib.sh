#!/usr/bin/env bash
# Functions shared by the backup, restore and verification scripts (sourced, not run).
#
# A backup file is named <series>-<stamp><ext>: the series is a database name,
# "globals" or "chroma"; the stamp is the UTC start time of the run, YYYYmmddTHHMMSSZ,
# so names sort in time order. A file is written as <file>.partial and renamed when
# whole; <file>.sha256 is written just before that rename. So a file under its final
# name is always complete, and it is "good" when its .sha256 matches.
# No inputs of its own; log lines go to stderr.
set -euo pipefail
shopt -s nullglob

readonly STAMP_RE='[0-9]{8}T[0-9]{6}Z'

log() { printf '%s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

utc_stamp() { date -u +%Y%m%dT%H%M%SZ; }

# stamp_of FILE: the stamp in a backup file name.
stamp_of() {
  [[ ${1##*/} =~ -($STAMP_RE) ]] && printf '%s\n' "${BASH_REMATCH[1]}"
}

# files_of DIR SERIES [EXT]: the files SERIES-<stamp>EXT in DIR, oldest first; without
# EXT, every file of the series (checksums, manifests, partial files too).
files_of() {
  local dir=$1 series=$2 ext=${3:-} f
  for f in "$dir/$series-"*"$ext"; do
    [[ ${f##*/} =~ ^"$series"-$STAMP_RE(.*)$ ]] || continue
    [ -z "$ext" ] || [ "${BASH_REMATCH[1]}" = "$ext" ] || continue
    printf '%s\n' "$f"
  done
}

# publish FILE: FILE.partial, now whole, becomes FILE with FILE.sha256 beside it.
publish() {
  local final=$1 hash
  [ -f "$final.partial" ] || die "publish: $final.partial is missing"
  [ ! -e "$final" ] || die "publish: $final already exists"
  sync -- "$final.partial"
  hash=$(sha256sum <"$final.partial")
  printf '%s  %s\n' "${hash%% *}" "${final##*/}" >"$final.sha256.partial"
  sync -- "$final.sha256.partial"
  mv -- "$final.sha256.partial" "$final.sha256"
  mv -- "$final.partial" "$final"
  sync -- "$(dirname -- "$final")"
  log "wrote ${final##*/} ($(stat -c %s -- "$final") bytes, sha256 ${hash%% *})"
}

# verify_checksum FILE: fails unless FILE.sha256 exists, names FILE and matches it.
verify_checksum() {
  local file=$1 hash name
  [ -f "$file" ] || die "no such backup file: $file"
  [ -f "$file.sha256" ] || die "$file has no checksum file: refusing to use it"
  read -r hash name <"$file.sha256" || die "$file.sha256 is empty: refusing to use $file"
  [ "$name" = "${file##*/}" ] || die "$file.sha256 is for \"$name\": refusing to use $file"
  [ "$(sha256sum <"$file" | cut -d' ' -f1)" = "$hash" ] ||
    die "checksum mismatch: $file is corrupt, refusing to use it"
  log "checksum ok: ${file##*/}"
}

# newest_complete DIR SERIES EXT: prints the newest DIR/SERIES-<stamp>EXT that has its
# .sha256 beside it; fails when there is none.
newest_complete() {
  local f newest=''
  while IFS= read -r f; do
    if [ -f "$f.sha256" ]; then newest=$f; fi
  done < <(files_of "$1" "$2" "$3")
  [ -n "$newest" ] || return 1
  printf '%s\n' "$newest"
}

# series_in DIR: the distinct series names of the backup files in DIR.
series_in() {
  local f
  for f in "$1"/*; do
    if [[ ${f##*/} =~ ^(.+)-$STAMP_RE ]]; then printf '%s\n' "${BASH_REMATCH[1]}"; fi
  done | sort -u
}

# prune DIR SERIES EXT DAYS: deletes the files of SERIES whose stamp is more than DAYS
# days old, except those of the newest complete SERIES-<stamp>EXT, whatever its age.
prune() {
  local dir=$1 series=$2 ext=$3 days=$4 keep cutoff f stamp
  keep=$(stamp_of "$(newest_complete "$dir" "$series" "$ext" || true)" || true)
  cutoff=$(date -u -d "@$(($(date -u +%s) - days * 86400))" +%Y%m%dT%H%M%SZ)
  while IFS= read -r f; do
    stamp=$(stamp_of "$f")
    if [ "$stamp" != "$keep" ] && [[ $stamp < $cutoff ]]; then
      log "retention: deleting ${f##*/} (older than $days days)"
      rm -f -- "$f"
    fi
  done < <(files_of "$dir" "$series")
}

# clean_stale DIR: removes what a killed run left behind: *.partial files, temporary
# directories and checksum files without their backup file. Only safe while no backup
# runs, which the CronJobs' concurrencyPolicy: Forbid guarantees.
clean_stale() {
  local dir=$1 f
  for f in "$dir"/*.partial "$dir"/.tmp-*; do
    log "removing ${f##*/} left by an interrupted run"
    rm -rf -- "$f"
  done
  for f in "$dir"/*.sha256; do
    if [ ! -e "${f%.sha256}" ]; then
      log "removing orphan ${f##*/}"
      rm -f -- "$f"
    fi
  done
}

# use_password_file: when POSTGRES_PASSWORD_FILE names a file (the mounted Secret), writes
# its password to PGPASSFILE for libpq, mode 0600. libpq ignores a password file that its
# group or others may read (PostgreSQL fe-connect.c passwordFromFile: "has group or world
# access"), and Kubernetes makes Secret files group-readable when the pod has an fsGroup,
# so the Secret's file cannot be PGPASSFILE itself. ":" and "\" are escaped as the
# format requires. Without POSTGRES_PASSWORD_FILE, libpq's own PGPASSWORD or ~/.pgpass apply.
use_password_file() {
  [ -n "${POSTGRES_PASSWORD_FILE:-}" ] || return 0
  : "${PGPASSFILE:?PGPASSFILE must name the password file to write}" "${PGUSER:?}"
  local password user
  password=$(<"$POSTGRES_PASSWORD_FILE")
  [ -n "$password" ] || die "$POSTGRES_PASSWORD_FILE is empty"
  password=${password//\\/\\\\} password=${password//:/\\:}
  user=${PGUSER//\\/\\\\} user=${user//:/\\:}
  rm -f -- "$PGPASSFILE"
  (umask 077 && printf '*:*:*:%s:%s\n' "$user" "$password" >"$PGPASSFILE")
}

# manifest_sql: SQL that prints one line per table and sequence of the current database:
#   table|<schema>.<name>|<rows>|<content hash>     (hash: sum of 64-bit row hashes)
#   sequence|<schema>.<name>|<last_value>|<is_called>
# Run with psql -XAtq. The session settings fix the text form of every value, so the
# same content gives the same lines on any server.
manifest_sql() {
  cat <<'SQL'
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET bytea_output = 'hex';
SET extra_float_digits = 1;
SET lc_monetary = 'C';
SELECT CASE c.relkind
         WHEN 'S' THEN format('SELECT %L, last_value, is_called FROM %I.%I', 'sequence|' || n.nspname || '.' || c.relname, n.nspname, c.relname)
         ELSE format('SELECT %L, count(*), coalesce(sum((''x'' || left(md5(ROW(t.*)::text), 16))::bit(64)::bigint::numeric), 0) FROM ONLY %I.%I AS t',
                     'table|' || n.nspname || '.' || c.relname, n.nspname, c.relname)
       END
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'S')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp%'
ORDER BY c.relkind, n.nspname, c.relname
\gexec
SQL
}

# recovery_point STORE DIR SERIES EXT: one JSON line naming the newest complete backup of
# the other store (PostgreSQL and Chroma back each other's recovery point up: each
# backup records the other's newest, docs/backup-restore.md "Restoring a matched pair"),
# or null when DIR has none. File names hold only [A-Za-z0-9._-], so no JSON escaping.
recovery_point() {
  local store=$1 dir=$2 series=$3 ext=$4 f
  if [ -d "$dir" ] && f=$(newest_complete "$dir" "$series" "$ext"); then
    printf '{"store":"%s","file":"%s","stamp":"%s"}\n' "$store" "${f##*/}" "$(stamp_of "$f")"
  else
    printf 'null\n'
  fi
}
