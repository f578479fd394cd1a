#!/usr/bin/env bash
# Chroma logical export (CronJob chroma-backup, export mode, daily).
# Reads every collection over Chroma's HTTP API while Chroma keeps serving (no file is
# copied under the server: its index files are rewritten in place while it writes) and
# writes, with chroma-logical.py:
#   chroma-<stamp>.jsonl.gz   every record: id, embedding, document, metadata, uri
#   chroma-<stamp>.manifest   per collection: count, SHA-256 of the ids, content hash;
#                             start and end time; PostgreSQL's newest backup (the pair)
# each written as .partial and published with its .sha256 (backup-lib.sh), the manifest
# first, so a complete archive always has its manifest. Then retention deletes files
# older than RETENTION_DAYS days, never the newest complete export.
#
# Env: CHROMA_URL, BACKUP_DIR, RETENTION_DAYS, PAIRED_BACKUP_DIR (PostgreSQL's backups).
set -euo pipefail
here=$(dirname -- "${BASH_SOURCE[0]}")
# shellcheck source-path=SCRIPTDIR source=backup-lib.sh
. "$here/backup-lib.sh"

: "${CHROMA_URL:?}" "${BACKUP_DIR:?}" "${RETENTION_DAYS:?}" "${PAIRED_BACKUP_DIR:?}"

mkdir -p -- "$BACKUP_DIR"
clean_stale "$BACKUP_DIR"
stamp=$(utc_stamp)
base="$BACKUP_DIR/chroma-$stamp"
PAIRED_BACKUP=$(recovery_point postgresql "$PAIRED_BACKUP_DIR" globals .sql)
export PAIRED_BACKUP
log "exporting Chroma at $CHROMA_URL (PostgreSQL's newest backup: $PAIRED_BACKUP)"
python3 "$here/chroma-logical.py" export "$CHROMA_URL" "$base.jsonl.gz.partial" "$base.manifest.partial" >/dev/null
publish "$base.manifest"
publish "$base.jsonl.gz"
prune "$BACKUP_DIR" chroma .jsonl.gz "$RETENTION_DAYS"
log "backup $stamp complete"
