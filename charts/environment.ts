import { App, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { ConfigError } from '../config/load';
import { EnvironmentConfig } from '../config/schema';
import { DatabaseEngine } from '../lib/database-engine';
import { describeShortfall, quotaShortfalls } from '../lib/quota-fit';
import { ManifestObject } from '../lib/resource-kinds';
import { applySyncWaves, SyncWave } from '../lib/sync-waves';
import { Scripts } from '../scripts';
import { AppChart } from './app';
import { BackupChart } from './backup';
import { ChromaChart } from './chroma';
import { MigrationChart } from './migration';
import { MonitoringChart } from './monitoring';
import { PlatformChart } from './platform';
import type { CloudNativePgChart } from './cloudnative-pg';
import { PostgresChart } from './postgres';

export interface StackInputs {
  readonly env: EnvironmentConfig;
  readonly scripts: Scripts;
  /** The llm-stack release, for `app.kubernetes.io/version` on shared objects. */
  readonly version: string;
}

/**
 * The charts of an environment in apply order. The order is the file order in dist/<env>/
 * (`0000-platform.k8s.yaml` holds the Namespace, so `kubectl apply -f dist/<env>/` creates
 * it first) and each chart's Argo CD sync wave.
 */
export const CHART_ORDER = ['platform', 'postgresql', 'chroma', 'backup', 'migration', 'app', 'monitoring'] as const;
export type ChartName = (typeof CHART_ORDER)[number];

const WAVES: Record<ChartName, SyncWave> = {
  platform: 'platform',
  postgresql: 'data',
  chroma: 'data',
  backup: 'data',
  migration: 'migration',
  app: 'app',
  monitoring: 'monitoring',
};

/**
 * The chart id, numbered by CHART_ORDER: cdk8s names each file after its chart id. (Chart
 * dependencies would number the files too, but cdk8s then expands them to every pair of
 * objects and synth takes several times longer.)
 */
export function chartId(name: ChartName): string {
  return `${String(CHART_ORDER.indexOf(name)).padStart(4, '0')}-${name}`;
}

/** `0003-backup` -> `backup`. */
export function chartName(id: string): ChartName {
  const name = id.replace(/^\d+-/, '') as ChartName;
  if (!CHART_ORDER.includes(name)) throw new Error(`not an environment chart id: ${id}`);
  return name;
}

/** platform.quota field of each ResourceQuota key, for the message. */
const QUOTA_FIELDS: Record<string, string> = {
  pods: 'pods',
  'requests.cpu': 'requestsCpu',
  'requests.memory': 'requestsMemory',
  'limits.cpu': 'limitsCpu',
  'limits.memory': 'limitsMemory',
  'requests.storage': 'requestsStorage',
  persistentvolumeclaims: 'persistentVolumeClaims',
};

/** Synth fails when the namespace's ResourceQuota cannot hold its own workloads at full scale (lib/quota-fit.ts). */
function checkQuotaFits(env: EnvironmentConfig, charts: Chart[]): void {
  const shortfalls = quotaShortfalls(charts.flatMap((c) => c.toJson() as ManifestObject[]));
  if (shortfalls.length === 0) return;
  const lines = shortfalls.map(
    (s) => `config[${env.name}].platform.quota.${QUOTA_FIELDS[s.key]}: must be at least ${describeShortfall(s)}, what the environment's workloads need at full scale (HPA maximum plus surge, every Job and CronJob), got ${JSON.stringify(s.hard)}`,
  );
  throw new ConfigError(lines.join('\n'));
}

/**
 * The environment's PostgreSQL chart (`postgres.engine`), chosen here and nowhere else. The
 * CloudNativePG chart (and its 1.5 MB of generated classes) is loaded only where it is used.
 */
function databaseChart(scope: Construct, env: EnvironmentConfig, scripts: Scripts): Chart & DatabaseEngine {
  const id = chartId('postgresql');
  switch (env.postgres.engine) {
    case 'statefulset':
      return new PostgresChart(scope, id, { env, scripts });
    case 'cloudnative-pg': {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const cnpg: { CloudNativePgChart: typeof CloudNativePgChart } = require('./cloudnative-pg');
      return new cnpg.CloudNativePgChart(scope, id, { env });
    }
  }
}

/** Adds one environment's charts to `app`, one file each in dist/<env>/. */
export function addEnvironment(app: App, inputs: StackInputs): Chart[] {
  const { env, scripts, version } = inputs;
  const platform = new PlatformChart(app, chartId('platform'), { env, version });
  const postgres = databaseChart(app, env, scripts);
  const chroma = new ChromaChart(app, chartId('chroma'), { env });
  const backup = new BackupChart(app, chartId('backup'), { env, scripts, version, postgres, chroma });
  const assistant = new AppChart(app, chartId('app'), { env, chroma: chroma.endpoint, database: postgres.connection });
  const migration = new MigrationChart(app, chartId('migration'), {
    env,
    database: postgres.connection,
    appConfigMapName: assistant.configMapName,
  });
  const monitoring = new MonitoringChart(app, chartId('monitoring'), { env, version });

  const charts: Record<ChartName, Chart> = { platform, postgresql: postgres, chroma, backup, migration, app: assistant, monitoring };
  checkQuotaFits(env, Object.values(charts));
  return CHART_ORDER.map((name) => {
    applySyncWaves(charts[name], WAVES[name]);
    return charts[name];
  });
}
