#!/usr/bin/env bash
# Regenerates imports/<name>.js + imports/<name>.d.ts from the CRDs in imports/crds/
# (upstream copies, see imports/README.md). Only the kinds the charts render are
# imported: the generated classes are megabytes per kind, and synth loads every one of
# them. `cdk8s import` writes TypeScript; it is compiled here once, so neither tsc (in
# `npm test`, skipLibCheck) nor jest's transform spends time on 100,000 generated lines
# on every run. Argo Rollouts gets
# a file of its own (imports/argoproj.io-rollouts.js), so an environment without canary
# delivery never loads its classes beside Argo CD's.
# Needs no network. Usage: tools/import-crds.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# output file -> "crd file (group): kinds to import"
declare -A KINDS=(
  [argoproj.io]="argoproj.io: Application AppProject"
  [argoproj.io-rollouts]="argoproj.io: Rollout AnalysisTemplate"
  [barmancloud.cnpg.io]="barmancloud.cnpg.io: ObjectStore"
  [cert-manager.io]="cert-manager.io: ClusterIssuer"
  [external-secrets.io]="external-secrets.io: ExternalSecret"
  [gateway.networking.k8s.io]="gateway.networking.k8s.io: Gateway HTTPRoute"
  [monitoring.coreos.com]="monitoring.coreos.com: PodMonitor PrometheusRule ServiceMonitor"
  [postgresql.cnpg.io]="postgresql.cnpg.io: Cluster Pooler ScheduledBackup"
  [snapshot.storage.k8s.io]="snapshot.storage.k8s.io: VolumeSnapshot VolumeSnapshotClass"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in $(printf '%s\n' "${!KINDS[@]}" | sort); do
  group=${KINDS[$name]%%:*}
  kinds=${KINDS[$name]#*: }
  mkdir -p "$work/$name"
  node -e '
    const fs = require("fs"); const YAML = require("yaml");
    const [src, out, ...kinds] = process.argv.slice(1);
    const docs = YAML.parseAllDocuments(fs.readFileSync(src, "utf8")).map((d) => d.toJS())
      .filter((d) => d && kinds.includes(d.spec.names.kind));
    if (docs.length !== kinds.length) { console.error(`${src}: expected ${kinds}`); process.exit(1); }
    fs.writeFileSync(out, docs.map((d) => YAML.stringify(d, { lineWidth: 0 })).join("---\n"));
  ' "imports/crds/$group.yaml" "$work/$name/crds.yaml" $kinds
  (cd "$work/$name" && npx --prefix "$OLDPWD" --no-install cdk8s import crds.yaml -l typescript --no-save --no-check-upgrade -o . >/dev/null)
  mv "$work/$name/$group.ts" "$work/$name.ts"
  echo "imports/$name: $kinds"
done
# Compile in the project, so 'cdk8s' and 'constructs' resolve from node_modules.
rm -f imports/*.ts imports/*.js
cp "$work"/*.ts imports/
cat > imports/tsconfig.generate.json <<'JSON'
{ "compilerOptions": { "declaration": true, "target": "ES2022", "module": "commonjs", "skipLibCheck": true, "types": [] }, "include": ["*.ts"] }
JSON
npx --no-install tsc -p imports/tsconfig.generate.json
rm imports/tsconfig.generate.json
find imports -maxdepth 1 -name '*.ts' ! -name '*.d.ts' -delete
