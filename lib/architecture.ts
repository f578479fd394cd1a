import { ManifestObject, resourceKinds } from './resource-kinds';

// docs/architecture.md, generated from the synthesized objects: a Mermaid diagram of one
// environment (who talks to whom, read from Ingresses, Services, NetworkPolicies, volumes,
// autoscalers and monitors), the cluster-wide objects and the Argo CD Applications, plus
// tables of the sync order, the cluster-scoped kinds and the disruption budgets.
// `npm run synth` writes it; test/docs.test.ts fails when the committed file differs.

type Json = any;

export interface DiagramEnvironment {
  readonly name: string;
  readonly namespace: string;
  readonly objects: readonly ManifestObject[];
}

export interface ArchitectureInput {
  /** Every environment, in name order. */
  readonly environments: readonly DiagramEnvironment[];
  /** The name of the environment drawn in full (see `drawnEnvironment`). */
  readonly drawn: string;
  /** dist/cluster/ */
  readonly clusterObjects: readonly ManifestObject[];
  /** dist/argocd/ */
  readonly argocdObjects: readonly ManifestObject[];
}

const WAVE = 'argocd.argoproj.io/sync-wave';
const HOOK = 'argocd.argoproj.io/hook';
const WORKLOADS = ['Deployment', 'StatefulSet', 'Job', 'CronJob'];

/** Code-point comparison: the output must not depend on the machine's locale. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const id = (...parts: string[]) => parts.join('_').replace(/[^A-Za-z0-9_]/g, '_');
const quote = (text: string) => `"${text.replace(/"/g, '#quot;')}"`;

function podTemplate(obj: Json): Json | undefined {
  if (obj.kind === 'CronJob') return obj.spec?.jobTemplate?.spec?.template;
  if (WORKLOADS.includes(obj.kind)) return obj.spec?.template;
  return undefined;
}

/** `selector` (matchLabels) picks `labels`; an empty selector picks nothing here. */
function selects(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  const entries = Object.entries(selector ?? {});
  return entries.length > 0 && entries.every(([k, v]) => labels?.[k] === v);
}

const isHeadless = (svc: Json) => svc.spec?.clusterIP === 'None';

class Graph {
  private readonly nodes = new Map<string, { group: string; line: string; order: string }>();
  private readonly edges = new Set<string>();

  node(group: string, nodeId: string, shape: (label: string) => string, label: string, order = label): string {
    if (!this.nodes.has(nodeId)) this.nodes.set(nodeId, { group, line: `${nodeId}${shape(quote(label))}`, order });
    return nodeId;
  }

  has(nodeId: string): boolean {
    return this.nodes.has(nodeId);
  }

  edge(from: string, to: string, label?: string, dotted = false): void {
    const arrow = dotted ? '-.->' : '-->';
    this.edges.add(`${from} ${arrow}${label ? `|${quote(label)}|` : ''} ${to}`);
  }

  linesOf(group: string, indent: string): string[] {
    return [...this.nodes.values()]
      .filter((n) => n.group === group)
      .sort((a, b) => cmp(a.order, b.order))
      .map((n) => `${indent}${n.line}`);
  }

  edgeLines(): string[] {
    return [...this.edges].sort(cmp).map((e) => `  ${e}`);
  }
}

const box = (l: string) => `[${l}]`;
const round = (l: string) => `(${l})`;
const stadium = (l: string) => `([${l}])`;
const cylinder = (l: string) => `[(${l})]`;
const folder = (l: string) => `[/${l}/]`;
const hexagon = (l: string) => `{{${l}}}`;

/** Sort key: workloads and traffic first, then storage, then monitoring. */
const KIND_ORDER = ['Ingress', 'Service', 'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'PersistentVolumeClaim', 'ServiceMonitor', 'PodMonitor', 'PrometheusRule', 'ConfigMap'];
const orderOf = (kind: string, name: string) => `${String(KIND_ORDER.indexOf(kind) + 10).padStart(2, '0')} ${name}`;

/** The environment the diagram shows: the first of the production tier, else the last one. */
export function drawnEnvironment<E extends { readonly name: string; readonly tier: string }>(environments: readonly E[]): E {
  const env = environments.find((e) => e.tier === 'production') ?? environments[environments.length - 1];
  if (!env) throw new Error('no environment to draw');
  return env;
}

function environmentOf(input: ArchitectureInput): DiagramEnvironment {
  const env = input.environments.find((e) => e.name === input.drawn);
  if (!env) throw new Error(`no environment ${input.drawn} among ${input.environments.map((e) => e.name).join(', ')}`);
  return env;
}

/** The Mermaid flowchart (without the code fence). */
export function architectureDiagram(input: ArchitectureInput): string {
  const g = new Graph();
  const env = environmentOf(input);
  const ns = env.namespace;
  const objs = env.objects as Json[];
  const nsGroup = 'env';
  const nodeOf = (o: Json) => id(env.name, o.kind, o.metadata.name);
  const add = (o: Json, shape = box, label = `${o.kind}<br/>${o.metadata.name}`) => g.node(nsGroup, nodeOf(o), shape, label, orderOf(o.kind, o.metadata.name));

  const services = objs.filter((o) => o.kind === 'Service');
  const workloads = objs.filter((o) => WORKLOADS.includes(o.kind));
  const podLabels = (w: Json) => podTemplate(w)?.metadata?.labels as Record<string, string> | undefined;
  const longRunning = workloads.filter((w) => w.kind === 'Deployment' || w.kind === 'StatefulSet');

  for (const w of workloads) {
    const hook = w.metadata.annotations?.[HOOK];
    add(w, w.kind === 'CronJob' || w.kind === 'Job' ? round : box, `${w.kind}<br/>${w.metadata.name}${hook ? `<br/>Argo CD ${hook} hook` : ''}`);
  }

  // Services: the client Services always; a headless one only where something points at it.
  const serviceNode = (svc: Json) => {
    const nodeId = add(svc, stadium);
    for (const w of longRunning) if (selects(svc.spec?.selector, podLabels(w))) g.edge(nodeId, nodeOf(w));
    return nodeId;
  };
  for (const svc of services) if (!isHeadless(svc)) serviceNode(svc);

  // Users -> Ingress -> Service; Ingress -.-> ClusterIssuer.
  const users = g.node('outside', 'users', stadium, 'Users (HTTPS)');
  for (const ing of objs.filter((o) => o.kind === 'Ingress')) {
    const node = add(ing, box, `Ingress<br/>${ing.metadata.name}<br/>${(ing.spec?.rules ?? []).map((r: Json) => r.host).join(', ')}`);
    g.edge(users, node);
    const backends = [ing.spec?.defaultBackend, ...(ing.spec?.rules ?? []).flatMap((r: Json) => (r.http?.paths ?? []).map((p: Json) => p.backend))];
    for (const b of backends) {
      const svc = services.find((s) => s.metadata.name === b?.service?.name);
      if (svc) g.edge(node, serviceNode(svc));
    }
    const issuer = ing.metadata.annotations?.['cert-manager.io/cluster-issuer'];
    if (issuer) g.edge(node, id('cluster', 'ClusterIssuer', issuer), 'TLS certificate', true);
  }

  for (const hpa of objs.filter((o) => o.kind === 'HorizontalPodAutoscaler')) {
    const ref = hpa.spec?.scaleTargetRef;
    const target = workloads.find((w) => w.kind === ref?.kind && w.metadata.name === ref?.name);
    const node = add(hpa, hexagon, `HPA ${hpa.metadata.name}<br/>${hpa.spec?.minReplicas ?? 1}-${hpa.spec?.maxReplicas} replicas`);
    if (target) g.edge(node, nodeOf(target), 'scales', true);
  }

  // Traffic allowed by NetworkPolicy egress rules: to pods of this namespace (through their
  // Service when one serves that port) and to the internet (ipBlock peers).
  const internet = 'internet';
  for (const np of objs.filter((o) => o.kind === 'NetworkPolicy')) {
    const sources = workloads.filter((w) => selects(np.spec?.podSelector?.matchLabels, podLabels(w)));
    for (const rule of np.spec?.egress ?? []) {
      const ports = (rule.ports ?? []).map((p: Json) => p.port);
      const portText = ports.length ? `:${ports.join(', :')}` : undefined;
      for (const peer of rule.to ?? []) {
        if (peer.ipBlock) {
          // Link-local addresses are resolvers on the node (NodeLocal DNSCache, a cloud's
          // metadata DNS), not the internet; the diagram leaves DNS out.
          if (String(peer.ipBlock.cidr).startsWith('169.254.')) continue;
          g.node('outside', internet, stadium, 'Internet (HTTPS)');
          for (const s of sources) g.edge(nodeOf(s), internet, portText);
          continue;
        }
        if (peer.namespaceSelector || !peer.podSelector) continue;
        for (const target of workloads.filter((w) => selects(peer.podSelector.matchLabels, podLabels(w)))) {
          const svc = services.find(
            (sv) =>
              !isHeadless(sv) &&
              selects(sv.spec?.selector, podLabels(target)) &&
              (ports.length === 0 || (sv.spec?.ports ?? []).some((p: Json) => ports.includes(p.port))),
          );
          for (const s of sources) g.edge(nodeOf(s), svc ? nodeOf(svc) : nodeOf(target), portText);
        }
      }
    }
  }

  // Volumes: StatefulSet claims, standalone PVCs, and the pods that mount them.
  const claims = new Map<string, string>();
  for (const pvc of objs.filter((o) => o.kind === 'PersistentVolumeClaim')) {
    claims.set(pvc.metadata.name, add(pvc, cylinder, `PVC<br/>${pvc.metadata.name}`));
  }
  for (const sts of workloads.filter((w) => w.kind === 'StatefulSet')) {
    for (const t of sts.spec?.volumeClaimTemplates ?? []) {
      const name = `${t.metadata.name}-${sts.metadata.name}`;
      const node = g.node(nsGroup, id(env.name, 'PVC', name), cylinder, `PVC<br/>${name}-N`, orderOf('PersistentVolumeClaim', name));
      for (let i = 0; i < (sts.spec?.replicas ?? 1); i++) claims.set(`${name}-${i}`, node);
      g.edge(nodeOf(sts), node);
    }
  }
  for (const w of workloads) {
    const spec = podTemplate(w)?.spec ?? {};
    for (const v of spec.volumes ?? []) {
      const claim = v.persistentVolumeClaim?.claimName;
      const target = claim && claims.get(claim);
      if (!target || w.kind === 'StatefulSet') continue;
      const mounts = [...(spec.containers ?? []), ...(spec.initContainers ?? [])].flatMap((c: Json) => c.volumeMounts ?? []).filter((m: Json) => m.name === v.name);
      const readOnly = v.persistentVolumeClaim.readOnly || (mounts.length > 0 && mounts.every((m: Json) => m.readOnly));
      g.edge(nodeOf(w), target, readOnly ? 'reads' : undefined);
    }
  }

  // Prometheus -> monitors -> what they scrape; the alert rules as one node.
  const monitors = objs.filter((o) => o.kind === 'ServiceMonitor' || o.kind === 'PodMonitor');
  const rules = objs.filter((o) => o.kind === 'PrometheusRule').sort((a, b) => cmp(a.metadata.name, b.metadata.name));
  if (monitors.length || rules.length) g.node('outside', 'prometheus', stadium, 'Prometheus (kube-prometheus-stack)');
  for (const m of monitors) {
    const node = add(m, box);
    g.edge('prometheus', node, 'selects', true);
    const namespaces: string[] | undefined = m.spec?.namespaceSelector?.matchNames;
    if (namespaces && !namespaces.includes(ns)) continue;
    if (m.kind === 'ServiceMonitor') {
      for (const svc of services.filter((s) => selects(m.spec?.selector?.matchLabels, s.metadata.labels))) g.edge(node, serviceNode(svc), 'scrapes', true);
    } else {
      for (const w of workloads.filter((x) => selects(m.spec?.selector?.matchLabels, podLabels(x)))) g.edge(node, nodeOf(w), 'scrapes', true);
    }
  }
  if (rules.length) {
    const node = g.node(nsGroup, id(env.name, 'PrometheusRules'), box, `PrometheusRules<br/>${rules.map((r) => r.metadata.name).join('<br/>')}`, orderOf('PrometheusRule', ''));
    g.edge('prometheus', node, 'loads', true);
  }
  // Grafana dashboards: ConfigMaps labelled for the Grafana sidecar (a grafana_* label).
  for (const cm of objs.filter((o) => o.kind === 'ConfigMap' && Object.keys(o.metadata.labels ?? {}).some((k) => /grafana/i.test(k)))) {
    g.node('outside', 'grafana', stadium, 'Grafana (dashboard sidecar)');
    g.edge('grafana', add(cm, box, `Dashboard ConfigMap<br/>${cm.metadata.name}`), 'loads', true);
  }

  // Cluster-wide objects.
  for (const o of input.clusterObjects) g.node('cluster', id('cluster', o.kind, o.metadata.name), box, `${o.kind}<br/>${o.metadata.name}`);

  // Argo CD: projects, Applications and what each one syncs.
  const argo = input.argocdObjects as Json[];
  const projects = argo.filter((o) => o.kind === 'AppProject').map((p) => p.metadata.name as string).sort(cmp);
  const argoNamespace = argo.find((o) => o.kind === 'AppProject')?.metadata.namespace ?? 'argocd';
  const apps = argo.filter((o) => o.kind === 'Application').sort((a, b) => cmp(a.metadata.name, b.metadata.name));
  for (const app of apps) {
    const auto = app.spec?.syncPolicy?.automated;
    const mode = auto ? `automated${auto.prune ? ', prune' : ''}${auto.selfHeal ? ', self-heal' : ''}` : 'manual sync';
    const appNode = g.node(`project:${app.spec.project}`, id('argocd', app.metadata.name), box, `Application ${app.metadata.name}<br/>${mode}`);
    const path: string = app.spec?.source?.path ?? '';
    const dest = app.spec?.destination?.namespace as string | undefined;
    let target: string;
    if (dest === ns) target = 'env_namespace';
    else if (!dest) target = 'cluster_scope';
    else {
      const other = input.environments.find((e) => e.namespace === dest);
      target = g.node('others', id('namespace', dest), folder, `Namespace ${dest}${other ? ` (${other.name}, not drawn)` : ''}`);
    }
    g.edge(appNode, target, path, true);
  }

  const lines = ['flowchart LR'];
  lines.push(...g.linesOf('outside', '  '));
  lines.push(`  subgraph env_namespace[${quote(`Namespace ${ns} (environment ${env.name})`)}]`, '    direction LR', ...g.linesOf(nsGroup, '    '), '  end');
  lines.push(`  subgraph cluster_scope[${quote('Cluster-scoped (dist/cluster)')}]`, ...g.linesOf('cluster', '    '), '  end');
  lines.push(`  subgraph argocd_namespace[${quote(`Argo CD (namespace ${argoNamespace})`)}]`);
  for (const p of projects) lines.push(`    subgraph ${id('project', p)}[${quote(`AppProject ${p}`)}]`, ...g.linesOf(`project:${p}`, '      '), '    end');
  lines.push('  end');
  lines.push(...g.linesOf('others', '  '));
  lines.push(...g.edgeLines());
  return lines.join('\n');
}

const waveOf = (o: ManifestObject) => o.metadata.annotations?.[WAVE];

/** Markdown table: each sync wave and the objects in it, in Argo CD's order (wave, kind, name). */
export function syncOrderTable(objects: readonly ManifestObject[]): string {
  const byWave = new Map<string, string[]>();
  const sorted = [...objects].sort((a, b) => Number(waveOf(a) ?? 0) - Number(waveOf(b) ?? 0) || cmp(a.kind, b.kind) || cmp(a.metadata.name, b.metadata.name));
  for (const o of sorted) {
    const wave = waveOf(o) ?? '(none)';
    const hook = o.metadata.annotations?.[HOOK];
    const list = byWave.get(wave) ?? [];
    list.push(`${o.kind} \`${o.metadata.name}\`${hook ? ` (${hook} hook)` : ''}`);
    byWave.set(wave, list);
  }
  return ['| Wave | Objects |', '|---|---|', ...[...byWave].map(([wave, list]) => `| ${wave} | ${list.join(', ')} |`)].join('\n');
}

/** Markdown table: the cluster-scoped kinds of each folder of dist/. */
export function clusterScopedTable(folders: readonly { readonly folder: string; readonly objects: readonly ManifestObject[] }[]): string {
  const rows = folders.map(({ folder: f, objects }) => {
    const kinds = resourceKinds(objects).clusterScoped.map((gk) => {
      const names = objects.filter((o) => o.kind === gk.kind && !o.metadata.namespace).map((o) => `\`${o.metadata.name}\``);
      return `${gk.kind} (${gk.group || 'core'}): ${names.join(', ')}`;
    });
    return `| \`dist/${f}\` | ${kinds.join('; ') || 'none'} |`;
  });
  return ['| Folder | Cluster-scoped objects |', '|---|---|', ...rows].join('\n');
}

/** Markdown table: each PodDisruptionBudget, what it protects and what it allows. */
export function disruptionTable(objects: readonly ManifestObject[]): string {
  const objs = objects as Json[];
  const workloads = objs.filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet');
  const hpas = objs.filter((o) => o.kind === 'HorizontalPodAutoscaler');
  const rows = objs
    .filter((o) => o.kind === 'PodDisruptionBudget')
    .sort((a, b) => cmp(a.metadata.name, b.metadata.name))
    .map((pdb) => {
      const targets = workloads.filter((w) => selects(pdb.spec?.selector?.matchLabels, w.spec?.template?.metadata?.labels));
      const replicas = targets.map((w) => {
        const hpa = hpas.find((h) => h.spec?.scaleTargetRef?.kind === w.kind && h.spec?.scaleTargetRef?.name === w.metadata.name);
        return hpa ? `${hpa.spec.minReplicas ?? 1}-${hpa.spec.maxReplicas} (HPA)` : String(w.spec?.replicas ?? 1);
      });
      const budget = pdb.spec?.maxUnavailable !== undefined ? `maxUnavailable ${pdb.spec.maxUnavailable}` : `minAvailable ${pdb.spec?.minAvailable}`;
      return `| \`${pdb.metadata.name}\` | ${targets.map((w) => `${w.kind} \`${w.metadata.name}\``).join(', ')} | ${replicas.join(', ')} | ${budget} |`;
    });
  return ['| PodDisruptionBudget | Protects | Replicas | Budget |', '|---|---|---|---|', ...rows].join('\n');
}

/** The whole of docs/architecture.md. */
export function architectureDocument(input: ArchitectureInput): string {
  const env = environmentOf(input);
  const argo = input.argocdObjects as Json[];
  const envFolders = input.environments.map((e) => e.name);
  return `# Architecture

<!-- Generated by \`npm run synth\` from the synthesized objects (lib/architecture.ts). Do not edit:
     change the charts or the configuration, then re-synth. test/docs.test.ts fails when this file is stale. -->

The diagram is drawn from the objects of the **${env.name}** environment (\`dist/${env.name}/\`),
\`dist/cluster/\` and \`dist/argocd/\`, as \`npm run synth\` renders them: solid arrows are traffic that
the Ingress, the Services and the NetworkPolicies admit (labelled with the port) and volumes that pods
mount; dotted arrows are control: autoscaling, certificates, Prometheus scraping and Argo CD syncs.
The other environments (${envFolders.filter((n) => n !== env.name).join(', ') || 'none'}) have the same shape with their own sizes.

\`\`\`mermaid
${architectureDiagram(input)}
\`\`\`

## Components

* **App** (Streamlit, port 8501): a Deployment behind a ClusterIP Service and an ingress-nginx
  Ingress (TLS from cert-manager, cookie affinity for Streamlit's websocket when it runs more than one
  replica). Its configuration is a ConfigMap whose checksum is on the pod template.
* **Chroma**: one replica, a StatefulSet with its \`/data\` claim. It has no authentication, so its
  NetworkPolicy admits only the app and the Chroma backup.
* **PostgreSQL**: one primary, a StatefulSet with a postgres-exporter sidecar (port 9187).
* **Migration**: a Job that runs the app image's migration command. Under Argo CD it is a Sync hook
  between the data tier and the app; its name carries the image tag, so plain \`kubectl apply\` runs it
  once per release.
* **Secrets**: ExternalSecrets (or Secrets created by hand, \`secrets.mode: existing\`); \`dist/\` never
  holds a secret value.

## Sync order

Argo CD applies wave by wave and waits until a wave is healthy before the next
([deployment guide](deployment.md#sync-waves)). The objects of \`dist/${env.name}/\` by wave:

${syncOrderTable(env.objects)}

## Cluster-scoped objects

An environment's folder holds one cluster-scoped object, its Namespace. Objects that exist once per
cluster, whatever the number of environments (the cert-manager ClusterIssuers), are rendered into
\`dist/cluster/\` from \`config/cluster.yaml\` and synced by their own Application, so no environment owns,
changes or prunes what the others use. Each AppProject allows exactly the cluster-scoped kinds of its
folders.

${clusterScopedTable([...input.environments.map((e) => ({ folder: e.name, objects: e.objects })), { folder: 'cluster', objects: input.clusterObjects }])}

## Argo CD

${argo
  .filter((o) => o.kind === 'Application')
  .sort((a, b) => cmp(a.metadata.name, b.metadata.name))
  .map((a) => {
    const auto = a.spec?.syncPolicy?.automated;
    const sync = auto ? `automated (prune: ${Boolean(auto.prune)}, self-heal: ${Boolean(auto.selfHeal)})` : 'by hand';
    const finalizer = (a.metadata.finalizers ?? []).length ? 'deleting it deletes its objects' : 'deleting it leaves its objects running';
    return `* \`${a.metadata.name}\` (project \`${a.spec.project}\`): \`${a.spec.source.path}\` into ${a.spec.destination.namespace ? `namespace \`${a.spec.destination.namespace}\`` : 'cluster scope'}; syncs ${sync}; ${finalizer}.`;
  })
  .join('\n')}

## Disruption budgets

Chroma and PostgreSQL run a single replica (replication is out of scope). A budget that forbade every
eviction would block each node drain, so theirs allow one disruption: a drain may proceed, and the
pod restarts on another node with its volume (ReadWriteOnce), a short outage of that component. The
app keeps serving during drains and rolling updates (\`maxUnavailable: 0\` on the Deployment).

${disruptionTable(env.objects)}
`;
}
