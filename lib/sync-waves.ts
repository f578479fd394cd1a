import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import { EnvironmentConfig } from '../config/schema';

/**
 * Argo CD sync waves, in the order docs/deployment.md documents. Argo CD applies a wave
 * and waits for it to be healthy before the next; plain kubectl follows the file order.
 */
export const SYNC_WAVES = {
  /** Namespace, quotas, NetworkPolicies. */
  platform: 1,
  /** ExternalSecrets and ConfigMaps, so they exist before any pod (the migration hook too) needs them. */
  secrets: 2,
  /** PostgreSQL, Chroma and their backups. */
  data: 3,
  /** The schema migration hook. */
  migration: 4,
  app: 5,
  /** ServiceMonitors, PrometheusRules, dashboards. */
  monitoring: 6,
} as const;

export type SyncWave = keyof typeof SYNC_WAVES;

const POLICY_KINDS = new Set(['Namespace', 'ResourceQuota', 'LimitRange', 'NetworkPolicy']);
/** Scrape configuration goes with monitoring, also where a data chart renders it (the CloudNativePG PodMonitors). */
const MONITORING_KINDS = new Set(['PodMonitor', 'ServiceMonitor', 'PrometheusRule']);

/** The wave of one object: policies and secrets go early whichever chart holds them. */
export function waveOf(obj: ApiObject, chartWave: SyncWave): number {
  if (POLICY_KINDS.has(obj.kind)) return SYNC_WAVES.platform;
  if (obj.kind === 'ExternalSecret' || obj.kind === 'ConfigMap') return SYNC_WAVES.secrets;
  if (MONITORING_KINDS.has(obj.kind)) return SYNC_WAVES.monitoring;
  return SYNC_WAVES[chartWave];
}

/** Annotates every object under `scope` with its sync wave. */
export function applySyncWaves(scope: IConstruct, chartWave: SyncWave): void {
  for (const node of scope.node.findAll()) {
    if (node instanceof ApiObject) {
      node.metadata.addAnnotation('argocd.argoproj.io/sync-wave', String(waveOf(node, chartWave)));
    }
  }
}

export type SyncMode = 'manual' | 'automated';

/** Production-tier environments sync by hand; the others follow Git on their own. */
export function syncModeOf(env: Pick<EnvironmentConfig, 'tier'>): SyncMode {
  return env.tier === 'production' ? 'manual' : 'automated';
}
