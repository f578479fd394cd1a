import { formatFraction, Fraction, fractionAtMost, sumQuantities } from '../config/quantity';
import { ManifestObject } from './resource-kinds';

// Does the namespace's ResourceQuota hold the environment's own workloads at full scale?
// Computed from the rendered objects, so it counts what really ships: charts/environment.ts
// runs it at synth time (a shortfall fails synth), and the policy tests reuse it.
//
// Full scale: a Deployment at its HPA maximum (or replicas) plus its rolling-update surge,
// a StatefulSet at its replicas, one pod per Job and per CronJob (suspended ones included:
// the restore templates run during an incident, beside the scheduled jobs, and must not
// be refused then). A pod counts as the API server's quota admission counts it
// (k8s.io/kubernetes pkg/api/v1/resource PodRequests/PodLimits, v1.30): the larger of the
// sum of its containers and its largest init container.

type Obj = ManifestObject & { spec?: any; metadata: { name: string } };

export interface QuotaNeed {
  /** ResourceQuota `spec.hard` key, e.g. `limits.memory`. */
  readonly key: string;
  readonly need: Fraction;
  readonly hard: string;
  readonly bytes: boolean;
}

/** Each quota key the workloads at full scale exceed; empty when they fit. */
export function quotaShortfalls(objects: readonly ManifestObject[]): QuotaNeed[] {
  const quota = (objects as Obj[]).find((o) => o.kind === 'ResourceQuota');
  if (!quota) return [];
  const hard: Record<string, string> = quota.spec.hard;
  const pods = (objects as Obj[]).flatMap((o) => podsAtFullScale(o, objects as Obj[]));
  const defaults = limitRangeDefaults(objects as Obj[]);
  const claims = (objects as Obj[]).flatMap((o) =>
    o.kind === 'PersistentVolumeClaim' ? [o.spec] : o.kind === 'StatefulSet' ? (o.spec.volumeClaimTemplates ?? []).flatMap((t: any) => Array(o.spec.replicas ?? 1).fill(t.spec)) : [],
  );
  const needs: [string, Fraction][] = [
    ['pods', { num: BigInt(pods.length), den: 1n }],
    ...(['requests', 'limits'] as const).flatMap((what) =>
      (['cpu', 'memory'] as const).map((res): [string, Fraction] => [`${what}.${res}`, sumQuantities(pods.map((p) => podAmount(p, what, res, defaults)))]),
    ),
    ['requests.storage', sumQuantities(claims.map((c: any) => String(c.resources.requests.storage)))],
    ['persistentvolumeclaims', { num: BigInt(claims.length), den: 1n }],
  ];
  return needs
    .filter(([key]) => hard[key] !== undefined)
    .filter(([key, need]) => !fractionAtMost(need, sumQuantities([String(hard[key])])))
    .map(([key, need]) => ({ key, need, hard: String(hard[key]), bytes: /memory|storage/.test(key) }));
}

/** What the workloads need, as the message shows it: `9728Mi`, `3.5` or `12`. */
export function describeShortfall(s: QuotaNeed): string {
  return formatFraction(s.need, s.bytes);
}

function podTemplate(o: Obj): any | undefined {
  switch (o.kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'Job':
      return o.spec.template.spec;
    case 'CronJob':
      return o.spec.jobTemplate.spec.template.spec;
    default:
      return undefined;
  }
}

function podsAtFullScale(o: Obj, all: Obj[]): any[] {
  const pod = podTemplate(o);
  if (!pod) return [];
  let count = 1;
  if (o.kind === 'Deployment') {
    const hpa = all.find((h) => h.kind === 'HorizontalPodAutoscaler' && h.spec.scaleTargetRef.name === o.metadata.name);
    const replicas: number = hpa?.spec.maxReplicas ?? o.spec.replicas ?? 1;
    count = replicas + surge(o.spec.strategy?.rollingUpdate?.maxSurge ?? '25%', replicas);
  } else if (o.kind === 'StatefulSet') {
    count = o.spec.replicas ?? 1;
  }
  return Array.from({ length: count }, () => pod);
}

/** Extra pods a rolling update may start: a number, or a percentage rounded up (apps/v1). */
function surge(maxSurge: number | string, replicas: number): number {
  if (typeof maxSurge === 'number') return maxSurge;
  const pct = /^(\d+)%$/.exec(maxSurge);
  return pct ? Math.ceil((replicas * Number(pct[1])) / 100) : Number(maxSurge);
}

/** The LimitRange defaults a container without its own resources gets. */
type Defaults = { requests: Record<string, string>; limits: Record<string, string> };

function limitRangeDefaults(objects: Obj[]): Defaults {
  const item = objects.find((o) => o.kind === 'LimitRange')?.spec.limits.find((l: any) => l.type === 'Container');
  return { requests: item?.defaultRequest ?? {}, limits: item?.default ?? {} };
}

/** What one pod counts against `<what>.<res>`, as a quantity string. */
function podAmount(pod: any, what: 'requests' | 'limits', res: 'cpu' | 'memory', defaults: Defaults): string {
  // A container without a request gets its limit as request (core/v1 defaulting), else the LimitRange default.
  const of = (c: any) =>
    String(c.resources?.[what]?.[res] ?? (what === 'requests' ? c.resources?.limits?.[res] : undefined) ?? defaults[what][res] ?? '0');
  const sum = sumQuantities((pod.containers ?? []).map(of));
  const inits: string[] = (pod.initContainers ?? []).map(of);
  const largestInit = inits.reduce<Fraction>((max, q) => {
    const f = sumQuantities([q]);
    return fractionAtMost(max, f) ? f : max;
  }, { num: 0n, den: 1n });
  const winner = fractionAtMost(sum, largestInit) ? largestInit : sum;
  return fractionToQuantity(winner);
}

/** An exact fraction back as a quantity string (nano units are exact for what pods hold). */
function fractionToQuantity(f: Fraction): string {
  if (f.num % f.den === 0n) return String(f.num / f.den);
  return `${(f.num * 1_000_000_000n) / f.den}n`;
}
