#!/usr/bin/env bash
# Weekly restore verification of Chroma's newest export (CronJob chroma-restore-verify).
# A scratch Chroma server (the same image as production, on an emptyDir) runs beside this
# container on CHROMA_URL. This script waits until its /api/v2/healthcheck answers 200,
# imports the newest complete export into it and checks it against the export's manifest:
# every collection's count, the SHA-256 of its ids and the content hash of every record
# read back with its embedding; for a sample, that each vector queries back its own record,
# that every id a query returns exists, and that get returns the stored document.
# Any difference fails the job (alert ChromaRestoreVerificationFailed).
#
# Env: CHROMA_URL (the scratch server), BACKUP_DIR, READY_TIMEOUT_SECONDS.
set -euo pipefail
here=$(dirname -- "${BASH_SOURCE[0]}")
# shellcheck source-path=SCRIPTDIR source=backup-lib.sh
. "$here/backup-lib.sh"

: "${CHROMA_URL:?}" "${BACKUP_DIR:?}" "${READY_TIMEOUT_SECONDS:?}"

archive=$(newest_complete "$BACKUP_DIR" chroma .jsonl.gz) || die "no complete Chroma export in $BACKUP_DIR"
manifest="${archive%.jsonl.gz}.manifest"
verify_checksum "$archive"
verify_checksum "$manifest"

log "waiting for the scratch Chroma at $CHROMA_URL"
python3 - "$CHROMA_URL/api/v2/healthcheck" "$READY_TIMEOUT_SECONDS" <<'PY'
import sys, time, urllib.request
url, deadline = sys.argv[1], time.monotonic() + float(sys.argv[2])
while True:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            if r.status == 200:
                break
    except OSError:
        pass  # refused while it starts, 503 until it is ready
    if time.monotonic() > deadline:
        sys.exit("the scratch Chroma was not ready within %s s" % sys.argv[2])
    time.sleep(1)
PY
log "verifying ${archive##*/}"
python3 "$here/chroma-logical.py" import "$CHROMA_URL" "$archive" >/dev/null
python3 "$here/chroma-logical.py" verify "$CHROMA_URL" "$archive" "$manifest" >/dev/null
log "restore verification of ${archive##*/} passed"
