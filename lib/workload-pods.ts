import { Fraction, fractionAtMost, parseQuantity, sumQuantities } from '../config/quantity';
import { ManifestObject } from './resource-kinds';

// The pods and volume claims the rendered objects of one namespace make, at minimum and at
// maximum scale. lib/quota-fit.ts (synth fails when the ResourceQuota cannot hold the
// maximum) and lib/capacity.ts (docs/capacity.md) both count with this file.
//
// Maximum scale: a Deployment or Rollout at its HPA maximum (or replicas) plus what its
// update strategy may add, a StatefulSet at its replicas, a CloudNativePG Cluster at its
// instances, a Pooler at its instances plus surge, one pod per Job and per CronJob
// (suspended ones included: the restore templates run during an incident, beside the
// scheduled jobs, and must not be refused then).
// Minimum scale: the long-running pods only (HPA minimum or replicas, no surge, no Job).
//
// A pod counts as the API server's quota admission counts it (k8s.io/kubernetes
// pkg/api/v1/resource PodRequests/PodLimits, v1.30): the larger of the sum of its containers
// and its largest init container; a container without a request gets its limit as request
// (core/v1 defaulting), else the LimitRange default.

type Obj = ManifestObject & { spec?: any; metadata: { name: string } };
/** A pod spec as far as resources go. */
export interface PodResources {
  readonly containers: readonly any[];
  readonly initContainers?: readonly any[];
}

export interface PodGroup {
  /** The object that owns the pods, e.g. `Deployment/assistant`. */
  readonly owner: string;
  readonly pod: PodResources;
  readonly min: number;
  readonly max: number;
  /** How the counts or resources were read, where it is not plain (a newcomer reads these). */
  readonly notes: readonly string[];
}

export interface Claim {
  /** The PersistentVolumeClaim's name as the cluster will show it. */
  readonly name: string;
  /** Where it comes from: `PersistentVolumeClaim`, `StatefulSet/postgresql`, `Cluster/db (WAL)`. */
  readonly source: string;
  /** The requested size, a quantity. */
  readonly size: string;
}

/** ResourceQuota keys this file computes. */
export const QUOTA_KEYS = ['pods', 'requests.cpu', 'cpu', 'requests.memory', 'memory', 'limits.cpu', 'limits.memory', 'requests.storage', 'persistentvolumeclaims'] as const;
export type QuotaKey = (typeof QUOTA_KEYS)[number];

const ZERO: Fraction = { num: 0n, den: 1n };
const count = (n: number): Fraction => ({ num: BigInt(n), den: 1n });
const CNPG = 'postgresql.cnpg.io/';
const ROLLOUTS = 'argoproj.io/';
const BARMAN_CLOUD_PLUGIN = 'barman-cloud.cloudnative-pg.io';
const isCnpg = (o: Obj) => (o.apiVersion ?? '').startsWith(CNPG);
const isRollouts = (o: Obj) => (o.apiVersion ?? '').startsWith(ROLLOUTS);

/** What the namespace's objects use of each quota key at `scale`. */
export function usageAt(objects: readonly ManifestObject[], scale: 'min' | 'max'): Record<QuotaKey, Fraction> {
  const defaults = limitRangeDefaults(objects);
  const groups = podGroups(objects);
  const pods = groups.flatMap((g) => Array<PodResources>(g[scale]).fill(g.pod));
  const sum = (what: 'requests' | 'limits', res: 'cpu' | 'memory') => addAll(pods.map((p) => podAmount(p, what, res, defaults)));
  const claims = claimsOf(objects);
  const requestsCpu = sum('requests', 'cpu');
  const requestsMemory = sum('requests', 'memory');
  return {
    pods: count(pods.length),
    'requests.cpu': requestsCpu,
    cpu: requestsCpu,
    'requests.memory': requestsMemory,
    memory: requestsMemory,
    'limits.cpu': sum('limits', 'cpu'),
    'limits.memory': sum('limits', 'memory'),
    'requests.storage': sumQuantities(claims.map((c) => c.size)),
    persistentvolumeclaims: count(claims.length),
  };
}

/** Every set of identical pods the objects make, with its counts at minimum and maximum scale. */
export function podGroups(objects: readonly ManifestObject[]): PodGroup[] {
  const all = objects as Obj[];
  return all.flatMap((o) => {
    const group = groupOf(o, all);
    return group ? [{ owner: `${o.kind}/${o.metadata.name}`, ...group }] : [];
  });
}

function groupOf(o: Obj, all: Obj[]): Omit<PodGroup, 'owner'> | undefined {
  const cnpg = isCnpg(o);
  if (o.kind === 'Deployment') return deploymentGroup(o, all);
  if (o.kind === 'StatefulSet') return { pod: o.spec.template.spec, min: o.spec.replicas ?? 1, max: o.spec.replicas ?? 1, notes: [] };
  if (o.kind === 'Job') return { pod: o.spec.template.spec, min: 0, max: 1, notes: [] };
  if (o.kind === 'CronJob') return { pod: o.spec.jobTemplate.spec.template.spec, min: 0, max: 1, notes: o.spec.suspend ? ['suspended: runs only when started by hand'] : [] };
  if (o.kind === 'Rollout' && isRollouts(o)) return rolloutGroup(o, all);
  if (o.kind === 'Cluster' && cnpg) return cnpgClusterGroup(o, all);
  if (o.kind === 'Pooler' && cnpg) return poolerGroup(o, all);
  return undefined;
}

/** The HPA that scales `o`, if any (an HPA without a kind in its target matches by name). */
function hpaOf(o: Obj, all: Obj[]): any | undefined {
  return all.find((h) => h.kind === 'HorizontalPodAutoscaler' && h.spec.scaleTargetRef.name === o.metadata.name && (h.spec.scaleTargetRef.kind ?? o.kind) === o.kind)?.spec;
}

/** The Rollout whose workloadRef names Deployment `name`. */
function rolloutReferencing(name: string, all: Obj[]): Obj | undefined {
  return all.find((r) => r.kind === 'Rollout' && isRollouts(r) && r.spec.workloadRef?.kind === 'Deployment' && r.spec.workloadRef.name === name);
}

function deploymentGroup(o: Obj, all: Obj[]): Omit<PodGroup, 'owner'> {
  const hpa = hpaOf(o, all);
  const rollout = rolloutReferencing(o.metadata.name, all);
  // Argo Rollouts scales the referenced Deployment to zero itself with scaleDown onsuccess
  // or progressively (pkg/apis/rollouts/v1alpha1/types.go ObjectRef.ScaleDown, v1.9.1).
  if (rollout && ['onsuccess', 'progressively'].includes(rollout.spec.workloadRef.scaleDown)) {
    return { pod: o.spec.template.spec, min: 0, max: 0, notes: [`pod template of Rollout/${rollout.metadata.name}, which scales it to zero (workloadRef.scaleDown ${rollout.spec.workloadRef.scaleDown})`] };
  }
  const min: number = hpa ? (hpa.minReplicas ?? 1) : (o.spec.replicas ?? 1);
  const replicas: number = hpa?.maxReplicas ?? o.spec.replicas ?? 1;
  const notes = rollout ? [`pod template of Rollout/${rollout.metadata.name} (workloadRef); its own pods as its replicas say`] : [];
  return { pod: o.spec.template.spec, min, max: replicas + surge(o.spec.strategy?.rollingUpdate?.maxSurge ?? '25%', replicas), notes };
}

/**
 * A Rollout: its own template or the referenced Deployment's. Argo Rollouts v1.9.1
 * (utils/replicaset/canary.go): a canary with traffic routing keeps the stable pods at 100%
 * while the canary grows to 100% (twice the replicas at most); a basic canary stays within
 * maxSurge (default 25%, utils/defaults/defaults.go); blue-green runs the preview stack
 * beside the active one (previewReplicaCount, default all replicas).
 */
function rolloutGroup(o: Obj, all: Obj[]): Omit<PodGroup, 'owner'> {
  const ref = o.spec.workloadRef;
  const target = ref ? all.find((d) => d.kind === ref.kind && d.metadata.name === ref.name) : undefined;
  if (ref && !target) throw new Error(`Rollout/${o.metadata.name}: spec.workloadRef names ${ref.kind}/${ref.name}, which is not among the rendered objects`);
  const pod = target ? target.spec.template.spec : o.spec.template.spec;
  const hpa = hpaOf(o, all);
  const min: number = hpa ? (hpa.minReplicas ?? 1) : (o.spec.replicas ?? 1);
  const replicas: number = hpa?.maxReplicas ?? o.spec.replicas ?? 1;
  const { canary, blueGreen } = o.spec.strategy ?? {};
  let max = replicas;
  let how = '';
  if (blueGreen) {
    max = replicas + (blueGreen.previewReplicaCount ?? replicas);
    how = 'blue-green: preview stack beside the active one';
  } else if (canary?.trafficRouting) {
    max = 2 * replicas;
    how = 'canary with traffic routing: stable pods stay at 100% while the canary grows';
  } else if (canary) {
    max = replicas + surge(canary.maxSurge ?? '25%', replicas);
    how = 'canary without traffic routing: within maxSurge';
  }
  const notes = [target ? `pod template of ${ref.kind}/${ref.name} (workloadRef)` : '', how].filter(Boolean);
  return { pod, min, max, notes };
}

/**
 * A CloudNativePG Cluster: `instances` pods, each a postgres container and the
 * bootstrap-controller init container, both with `spec.resources` (pkg/specs/pods.go and
 * pkg/specs/containers.go, v1.30.0). Instances are updated in place, one at a time: no surge.
 * The Barman Cloud plugin (v0.14.0, internal/cnpgi/operator/lifecycle.go) adds its
 * `plugin-barman-cloud` sidecar (an init container that keeps running, counted with the
 * containers) with the ObjectStore's `instanceSidecarConfiguration.resources`.
 */
function cnpgClusterGroup(o: Obj, all: Obj[]): Omit<PodGroup, 'owner'> {
  const resources = o.spec.resources ?? {};
  const instances: number = o.spec.instances ?? 1;
  const notes = o.spec.resources ? [] : ['no spec.resources: the LimitRange defaults apply'];
  const sidecars = (o.spec.plugins ?? [])
    .filter((p: any) => p.name === BARMAN_CLOUD_PLUGIN && p.enabled !== false && p.parameters?.barmanObjectName)
    .map((p: any) => {
      const store = all.find((s) => s.kind === 'ObjectStore' && s.metadata.name === p.parameters.barmanObjectName);
      const sidecar = store?.spec?.instanceSidecarConfiguration?.resources;
      notes.push(
        sidecar
          ? `with the plugin-barman-cloud sidecar (ObjectStore/${p.parameters.barmanObjectName} instanceSidecarConfiguration.resources)`
          : `no instanceSidecarConfiguration.resources in ObjectStore/${p.parameters.barmanObjectName}: its plugin-barman-cloud sidecar gets the LimitRange defaults`,
      );
      return { name: 'plugin-barman-cloud', resources: sidecar ?? {} };
    });
  return { pod: { containers: [{ name: 'postgres', resources }, ...sidecars], initContainers: [{ name: 'bootstrap-controller', resources }] }, min: instances, max: instances, notes };
}

/**
 * A CloudNativePG Pooler: a Deployment of `instances` PgBouncer pods (default 1), with the
 * template's containers; CNPG v1.30.0 sets no resources of its own (api/v1/pooler_funcs.go
 * GetResourcesRequirements, pkg/specs/pgbouncer/deployments.go) and leaves the update
 * strategy to `deploymentStrategy` (else the Deployment default, 25% surge).
 */
function poolerGroup(o: Obj, all: Obj[]): Omit<PodGroup, 'owner'> {
  const containers: any[] = o.spec.template?.spec?.containers ?? [];
  const pgbouncer = containers.find((c) => c.name === 'pgbouncer') ?? { name: 'pgbouncer' };
  const pod = { containers: [pgbouncer, ...containers.filter((c) => c !== pgbouncer)], initContainers: [{ name: 'bootstrap-controller', resources: o.spec.template?.spec?.resources ?? {} }] };
  const hpa = hpaOf(o, all);
  const instances: number = o.spec.instances ?? 1;
  const min: number = hpa ? (hpa.minReplicas ?? 1) : instances;
  const replicas: number = hpa?.maxReplicas ?? instances;
  const notes = [
    ...(pgbouncer.resources ? [] : ['no resources in spec.template for the pgbouncer container (CNPG sets none): the LimitRange defaults apply']),
    ...(o.spec.template?.spec?.resources ? [] : ['bootstrap-controller init container without resources (CNPG copies spec.template.spec.resources, unset): the LimitRange defaults apply to it']),
  ];
  return { pod, min, max: replicas + surge(o.spec.deploymentStrategy?.rollingUpdate?.maxSurge ?? '25%', replicas), notes };
}

/** Extra pods a rolling update may start: a number, or a percentage of the replicas rounded up (apps/v1); none at zero replicas. */
export function surge(maxSurge: number | string, replicas: number): number {
  if (replicas === 0) return 0;
  if (typeof maxSurge === 'number') return maxSurge;
  const pct = /^(\d+)%$/.exec(maxSurge);
  return pct ? Math.ceil((replicas * Number(pct[1])) / 100) : Number(maxSurge);
}

/** Every PersistentVolumeClaim the objects make: claims, StatefulSet templates per replica, CNPG data, WAL and tablespace volumes per instance. */
export function claimsOf(objects: readonly ManifestObject[]): Claim[] {
  return (objects as Obj[]).flatMap((o): Claim[] => {
    if (o.kind === 'PersistentVolumeClaim') return [{ name: o.metadata.name, source: 'PersistentVolumeClaim', size: String(o.spec.resources.requests.storage) }];
    if (o.kind === 'StatefulSet') {
      const replicas: number = o.spec.replicas ?? 1;
      return (o.spec.volumeClaimTemplates ?? []).flatMap((t: any) =>
        Array.from({ length: replicas }, (_, i) => ({ name: `${t.metadata?.name ?? 'data'}-${o.metadata.name}-${i}`, source: `StatefulSet/${o.metadata.name}`, size: String(t.spec.resources.requests.storage) })),
      );
    }
    if (o.kind === 'Cluster' && isCnpg(o)) return cnpgClaims(o);
    return [];
  });
}

/** CNPG v1.30.0 names an instance's claims `<cluster>-<n>`, `<cluster>-<n>-wal` and `<cluster>-<n>-tbs-<name>` (pkg/reconciler/persistentvolumeclaim, pkg/specs/volumes.go), n from 1. */
function cnpgClaims(o: Obj): Claim[] {
  const size = (s: any, what: string): string => {
    const q = s?.size ?? s?.pvcTemplate?.resources?.requests?.storage;
    if (q === undefined) throw new Error(`Cluster/${o.metadata.name}: ${what} has neither size nor pvcTemplate.resources.requests.storage`);
    return String(q);
  };
  const volumes: { suffix: string; what: string; size: string }[] = [
    { suffix: '', what: 'data', size: size(o.spec.storage, 'spec.storage') },
    ...(o.spec.walStorage ? [{ suffix: '-wal', what: 'WAL', size: size(o.spec.walStorage, 'spec.walStorage') }] : []),
    ...(o.spec.tablespaces ?? []).map((t: any) => ({ suffix: `-tbs-${t.name}`, what: `tablespace ${t.name}`, size: size(t.storage, `spec.tablespaces[${t.name}].storage`) })),
  ];
  return Array.from({ length: o.spec.instances ?? 1 }, (_, i) =>
    volumes.map((v) => ({ name: `${o.metadata.name}-${i + 1}${v.suffix}`, source: `Cluster/${o.metadata.name} (${v.what})`, size: v.size })),
  ).flat();
}

/** The LimitRange defaults a container without its own resources gets. */
export type Defaults = { requests: Record<string, string>; limits: Record<string, string> };

export function limitRangeDefaults(objects: readonly ManifestObject[]): Defaults {
  const item = (objects as Obj[]).find((o) => o.kind === 'LimitRange')?.spec.limits.find((l: any) => l.type === 'Container');
  return { requests: item?.defaultRequest ?? {}, limits: item?.default ?? {} };
}

/** What one pod counts against `<what>.<res>`. */
export function podAmount(pod: PodResources, what: 'requests' | 'limits', res: 'cpu' | 'memory', defaults: Defaults): Fraction {
  const of = (c: any) =>
    parse(String(c.resources?.[what]?.[res] ?? (what === 'requests' ? c.resources?.limits?.[res] : undefined) ?? defaults[what][res] ?? '0'));
  const sum = addAll((pod.containers ?? []).map(of));
  const largestInit = (pod.initContainers ?? []).map(of).reduce<Fraction>((max, f) => (fractionAtMost(max, f) ? f : max), ZERO);
  return fractionAtMost(sum, largestInit) ? largestInit : sum;
}

function parse(q: string): Fraction {
  const f = parseQuantity(q);
  if (!f) throw new Error(`not a quantity: ${q}`);
  return f;
}

export function addAll(values: readonly Fraction[]): Fraction {
  return values.reduce((a, b) => ({ num: a.num * b.den + b.num * a.den, den: a.den * b.den }), ZERO);
}
