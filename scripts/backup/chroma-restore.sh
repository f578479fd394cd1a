#!/usr/bin/env bash
# Chroma restore from an archive (suspended CronJob chroma-restore, archive mode, run as
# a template: kubectl create job --from=cronjob/chroma-restore <job-name>).
# Chroma must be stopped first (StatefulSet scaled to 0): this pod mounts /data read-write.
# Restores ARCHIVE (a file name in BACKUP_DIR) or, when empty, the newest complete
# archive. The checksum is verified before /data is touched; the archive is unpacked
# next to the data and its chroma.sqlite3 must pass PRAGMA integrity_check. Only then is
# the current content moved to DATA_DIR/.pre-restore-<time> (kept until someone deletes
# it) and the restored content moved into place.
#
# Env: DATA_DIR (Chroma's /data), BACKUP_DIR, ARCHIVE (optional).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=backup-lib.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/backup-lib.sh"

: "${DATA_DIR:?}" "${BACKUP_DIR:?}"

if [ -n "${ARCHIVE:-}" ]; then
  archive="$BACKUP_DIR/${ARCHIVE##*/}"
else
  archive=$(newest_complete "$BACKUP_DIR" chroma .tar.gz) || die "no complete Chroma archive in $BACKUP_DIR"
fi
log "restoring ${archive##*/} into $DATA_DIR"
verify_checksum "$archive"

now=$(date -u +%Y%m%dT%H%M%SZ)
incoming="$DATA_DIR/.restore-$now"
previous="$DATA_DIR/.pre-restore-$now"
mkdir -- "$incoming"
trap 'rm -rf -- "$incoming"' EXIT
tar --extract --gzip --file="$archive" --directory="$incoming" --no-same-owner
[ -f "$incoming/chroma.sqlite3" ] || die "${archive##*/} holds no chroma.sqlite3"
python3 - "$incoming/chroma.sqlite3" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
result = db.execute("PRAGMA integrity_check").fetchall()
db.close()
if result != [("ok",)]:
    sys.exit("integrity_check of the restored chroma.sqlite3 failed: %r" % result[:5])
PY

mkdir -- "$previous"
find "$DATA_DIR" -mindepth 1 -maxdepth 1 ! -name lost+found ! -name '.restore-*' ! -name '.pre-restore-*' \
  -exec mv -t "$previous" -- {} +
find "$incoming" -mindepth 1 -maxdepth 1 -exec mv -t "$DATA_DIR" -- {} +
log "restore complete; the previous content is in $previous (delete it once Chroma works)"
