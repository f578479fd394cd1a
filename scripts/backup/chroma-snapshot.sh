#!/usr/bin/env bash
# Chroma snapshot backup (CronJob chroma-backup, snapshot mode, daily).
# Creates a CSI VolumeSnapshot of Chroma's data claim from the template the chart renders
# (snapshot.json), waits until it is ready to use, then deletes the snapshots (found by
# SNAPSHOT_SELECTOR) older than RETENTION_DAYS days, never the newest ready one.
# Runs as ServiceAccount chroma-backup, which may only create, list and delete
# VolumeSnapshots in its namespace.
#
# Env: SNAPSHOT_SELECTOR, RETENTION_DAYS, READY_TIMEOUT_SECONDS; the template is read
#      from SNAPSHOT_TEMPLATE (default: snapshot.json beside this script).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=backup-lib.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/backup-lib.sh"

: "${SNAPSHOT_SELECTOR:?}" "${RETENTION_DAYS:?}" "${READY_TIMEOUT_SECONDS:?}"
template=${SNAPSHOT_TEMPLATE:-$(dirname -- "${BASH_SOURCE[0]}")/snapshot.json}

# snapshots: "<creationTimestamp> <name> <readyToUse>" per snapshot, oldest first.
snapshots() {
  kubectl get volumesnapshots --selector="$SNAPSHOT_SELECTOR" --output=jsonpath='{range .items[*]}{.metadata.creationTimestamp}{" "}{.metadata.name}{" "}{.status.readyToUse}{"\n"}{end}' |
    sort
}

# wait_ready NAME: waits until snapshot NAME is ready to use; fails on timeout.
wait_ready() {
  local name=$1 waited=0 created ready_name ready
  while [ "$waited" -lt "$READY_TIMEOUT_SECONDS" ]; do
    while read -r created ready_name ready; do
      if [ "$ready_name" = "$name" ] && [ "$ready" = true ]; then
        log "snapshot $name is ready (created $created)"
        return 0
      fi
    done < <(snapshots)
    sleep 5
    waited=$((waited + 5))
  done
  die "snapshot $name was not ready within $READY_TIMEOUT_SECONDS seconds"
}

name="chroma-$(utc_stamp | tr 'TZ' 'tz')"
log "creating VolumeSnapshot $name"
sed "s/__NAME__/$name/" "$template" | kubectl create --filename=-
wait_ready "$name"

cutoff=$(date -u -d "@$(($(date -u +%s) - RETENTION_DAYS * 86400))" +%Y-%m-%dT%H:%M:%SZ)
list=$(snapshots)
newest_ready=$(awk '$3 == "true" { name = $2 } END { print name }' <<<"$list")
while read -r created old ready; do
  [ -n "$old" ] || continue
  if [ "$old" != "$newest_ready" ] && [[ $created < $cutoff ]]; then
    log "retention: deleting VolumeSnapshot $old (created $created, ready: ${ready:-false})"
    kubectl delete volumesnapshot "$old" --wait=false
  fi
done <<<"$list"
log "snapshot backup $name complete"
