#!/usr/bin/env bash
# Regenerates imports/<group>.ts from the CRDs in imports/crds/ (upstream copies, see
# imports/README.md). Only the kinds the charts render are imported: the generated
# classes are megabytes per kind, and synth loads every one of them.
# Needs no network. Usage: tools/import-crds.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# group file -> kinds to import
declare -A KINDS=(
  [argoproj.io]="Application AppProject"
  [cert-manager.io]="ClusterIssuer"
  [external-secrets.io]="ExternalSecret"
  [monitoring.coreos.com]="PodMonitor PrometheusRule ServiceMonitor"
  [snapshot.storage.k8s.io]="VolumeSnapshot VolumeSnapshotClass"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for group in "${!KINDS[@]}"; do
  node -e '
    const fs = require("fs"); const YAML = require("yaml");
    const [src, out, ...kinds] = process.argv.slice(1);
    const docs = YAML.parseAllDocuments(fs.readFileSync(src, "utf8")).map((d) => d.toJS())
      .filter((d) => d && kinds.includes(d.spec.names.kind));
    if (docs.length !== kinds.length) { console.error(`${src}: expected ${kinds}`); process.exit(1); }
    fs.writeFileSync(out, docs.map((d) => YAML.stringify(d, { lineWidth: 0 })).join("---\n"));
  ' "imports/crds/$group.yaml" "$work/$group.yaml" ${KINDS[$group]}
  (cd imports && npx --no-install cdk8s import "$work/$group.yaml" -l typescript --no-save --no-check-upgrade -o . >/dev/null)
  echo "imports/$group.ts: ${KINDS[$group]}"
done
