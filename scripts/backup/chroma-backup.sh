#!/usr/bin/env bash
# Chroma archive backup (CronJob chroma-backup, archive mode, daily).
# Runs on the Chroma pod's node with Chroma's /data mounted read-only, while Chroma keeps
# serving. chroma.sqlite3 is copied with SQLite's online backup API (Python's sqlite3
# module), which reads one consistent snapshot however Chroma writes meanwhile; the copy
# must pass PRAGMA integrity_check. The rest of /data (the vector index segments) is
# archived as it is. The result is chroma-<stamp>.tar.gz with a .sha256 beside it,
# written as .partial and renamed when whole; then retention deletes archives older than
# RETENTION_DAYS days, never the newest complete one.
#
# Env: DATA_DIR (Chroma's /data), BACKUP_DIR, RETENTION_DAYS.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=backup-lib.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/backup-lib.sh"

: "${DATA_DIR:?}" "${BACKUP_DIR:?}" "${RETENTION_DAYS:?}"
[ -f "$DATA_DIR/chroma.sqlite3" ] || die "no chroma.sqlite3 in $DATA_DIR"

mkdir -p -- "$BACKUP_DIR"
clean_stale "$BACKUP_DIR"
stamp=$(utc_stamp)
work="$BACKUP_DIR/.tmp-chroma-$stamp"
mkdir -- "$work"
trap 'rm -rf -- "$work"' EXIT

log "copying chroma.sqlite3 (SQLite online backup)"
python3 - "$DATA_DIR/chroma.sqlite3" "$work/chroma.sqlite3" <<'PY'
import sqlite3, sys, urllib.parse
source = sqlite3.connect("file:%s?mode=ro" % urllib.parse.quote(sys.argv[1]), uri=True, timeout=60)
copy = sqlite3.connect(sys.argv[2])
source.backup(copy)  # one step: the whole database from one read transaction
result = copy.execute("PRAGMA integrity_check").fetchall()
if result != [("ok",)]:
    sys.exit("integrity_check of the copy failed: %r" % result[:5])
copy.close()
source.close()
PY

log "archiving the rest of $DATA_DIR"
# Exit status 1 means a file changed while it was read: expected, Chroma is running.
status=0
tar --create --file="$work/chroma.tar" --directory="$DATA_DIR" \
  --exclude=./lost+found --exclude='./chroma.sqlite3*' --warning=no-file-changed . || status=$?
[ "$status" -le 1 ] || die "tar failed (exit status $status)"
tar --append --file="$work/chroma.tar" --directory="$work" ./chroma.sqlite3
gzip --stdout "$work/chroma.tar" >"$BACKUP_DIR/chroma-$stamp.tar.gz.partial"
publish "$BACKUP_DIR/chroma-$stamp.tar.gz"

prune "$BACKUP_DIR" chroma .tar.gz "$RETENTION_DAYS"
log "backup $stamp complete"
