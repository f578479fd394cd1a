#!/usr/bin/env bash
# Chroma restore from a VolumeSnapshot (suspended CronJob chroma-restore, snapshot mode,
# run as a template: kubectl create job --from=cronjob/chroma-restore <job-name>).
# Chroma must be scaled to 0 first; the script checks. It restores SNAPSHOT (a
# VolumeSnapshot name) or, when empty, the newest ready snapshot: it first snapshots the
# current claim (chroma-pre-restore-<time>, kept like any other snapshot), then deletes
# CLAIM_NAME and re-creates it from the chosen snapshot (restore-claim.json, rendered by
# the chart with the claim's size, class and labels). Scaling Chroma up mounts it.
# Runs as ServiceAccount chroma-restore (Role: read the StatefulSet, list and create
# VolumeSnapshots, get, delete and create that one claim).
#
# Env: STATEFULSET, CLAIM_NAME, SNAPSHOT_SELECTOR, READY_TIMEOUT_SECONDS, SNAPSHOT
#      (optional); templates snapshot.json and restore-claim.json beside this script.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=backup-lib.sh
. "$(dirname -- "${BASH_SOURCE[0]}")/backup-lib.sh"

: "${STATEFULSET:?}" "${CLAIM_NAME:?}" "${SNAPSHOT_SELECTOR:?}" "${READY_TIMEOUT_SECONDS:?}"
here=$(dirname -- "${BASH_SOURCE[0]}")

# ready_snapshots: names of the ready snapshots, oldest first.
ready_snapshots() {
  kubectl get volumesnapshots --selector="$SNAPSHOT_SELECTOR" --output=jsonpath='{range .items[*]}{.metadata.creationTimestamp}{" "}{.metadata.name}{" "}{.status.readyToUse}{"\n"}{end}' |
    sort | awk '$3 == "true" { print $2 }'
}

replicas=$(kubectl get statefulset "$STATEFULSET" --output=jsonpath='{.spec.replicas} {.status.replicas}')
read -r wanted running <<<"$replicas"
if [ "${wanted:-0}" != 0 ] || [ "${running:-0}" != 0 ]; then
  die "Chroma is running (StatefulSet $STATEFULSET: $replicas replicas); scale it to 0 first"
fi

if [ -n "${SNAPSHOT:-}" ]; then
  ready_snapshots | grep -qxF -- "$SNAPSHOT" || die "no ready VolumeSnapshot $SNAPSHOT matching $SNAPSHOT_SELECTOR"
  snapshot=$SNAPSHOT
else
  snapshot=$(ready_snapshots | tail -n 1)
  [ -n "$snapshot" ] || die "no ready VolumeSnapshot matching $SNAPSHOT_SELECTOR"
fi
log "restoring claim $CLAIM_NAME from VolumeSnapshot $snapshot"

now=$(date -u +%Y%m%dt%H%M%Sz)
if kubectl get persistentvolumeclaim "$CLAIM_NAME" --output=name >/dev/null 2>&1; then
  safety="chroma-pre-restore-$now"
  log "snapshotting the current claim first: $safety"
  sed "s/__NAME__/$safety/" "$here/snapshot.json" | kubectl create --filename=-
  waited=0
  until ready_snapshots | grep -qxF -- "$safety"; do
    [ "$waited" -lt "$READY_TIMEOUT_SECONDS" ] || die "snapshot $safety was not ready in time; nothing was changed"
    sleep 5
    waited=$((waited + 5))
  done
  kubectl delete persistentvolumeclaim "$CLAIM_NAME" --wait=false
  waited=0
  while kubectl get persistentvolumeclaim "$CLAIM_NAME" --output=name >/dev/null 2>&1; do
    [ "$waited" -lt 300 ] || die "claim $CLAIM_NAME was not deleted within 300 seconds"
    sleep 2
    waited=$((waited + 2))
  done
fi
sed "s/__SNAPSHOT__/$snapshot/" "$here/restore-claim.json" | kubectl create --filename=-
log "restore complete: claim $CLAIM_NAME now comes from $snapshot; scale $STATEFULSET back to 1"
