import { formatFraction, Fraction, fractionAtMost, sumQuantities } from '../config/quantity';
import { ManifestObject } from './resource-kinds';
import { QUOTA_KEYS, usageAt } from './workload-pods';

// Does the namespace's ResourceQuota hold the environment's own workloads at full scale?
// Computed from the rendered objects, so it counts what really ships: charts/environment.ts
// runs it at synth time (a shortfall fails synth), and the policy tests reuse it.
// What full scale means and how a pod counts: lib/workload-pods.ts (docs/capacity.md
// reports the same figures).

type Obj = ManifestObject & { spec?: any };

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
  const usage = usageAt(objects, 'max');
  return QUOTA_KEYS.filter((key) => hard[key] !== undefined)
    .filter((key) => !fractionAtMost(usage[key], sumQuantities([String(hard[key])])))
    .map((key) => ({ key, need: usage[key], hard: String(hard[key]), bytes: /memory|storage/.test(key) }));
}

/** What the workloads need, as the message shows it: `9728Mi`, `3.5` or `12`. */
export function describeShortfall(s: QuotaNeed): string {
  return formatFraction(s.need, s.bytes);
}
