#!/usr/bin/env bash
# Chroma restore from a logical export (suspended CronJob chroma-restore, export mode, run
# as a template: kubectl create job --from=cronjob/chroma-restore <job-name>).
# Imports ARCHIVE (a chroma-<stamp>.jsonl.gz in BACKUP_DIR) or, when empty, the newest
# complete export, into the running Chroma at CHROMA_URL, then checks the result against
# the export's manifest. The checksums of the archive and of its manifest are verified
# before Chroma is touched. A collection that already exists makes the import fail unless
# ON_CONFLICT=replace, which deletes it first. Stop the app's writes during a restore
# (docs/backup-restore.md).
#
# Env: CHROMA_URL, BACKUP_DIR, ARCHIVE (optional), ON_CONFLICT (fail or replace).
set -euo pipefail
here=$(dirname -- "${BASH_SOURCE[0]}")
# shellcheck source-path=SCRIPTDIR source=backup-lib.sh
. "$here/backup-lib.sh"

: "${CHROMA_URL:?}" "${BACKUP_DIR:?}"
case "${ON_CONFLICT:=fail}" in fail | replace) ;; *) die "ON_CONFLICT must be fail or replace, got \"$ON_CONFLICT\"" ;; esac
export ON_CONFLICT

if [ -n "${ARCHIVE:-}" ]; then
  archive="$BACKUP_DIR/${ARCHIVE##*/}"
else
  archive=$(newest_complete "$BACKUP_DIR" chroma .jsonl.gz) || die "no complete Chroma export in $BACKUP_DIR"
fi
manifest="${archive%.jsonl.gz}.manifest"
log "restoring ${archive##*/} into $CHROMA_URL"
verify_checksum "$archive"
verify_checksum "$manifest"
python3 "$here/chroma-logical.py" import "$CHROMA_URL" "$archive" >/dev/null
python3 "$here/chroma-logical.py" verify "$CHROMA_URL" "$archive" "$manifest" >/dev/null
log "restore complete: Chroma holds what ${manifest##*/} describes"
