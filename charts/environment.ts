import { App, Chart } from 'cdk8s';
import { EnvironmentConfig } from '../config/schema';
import { applySyncWaves, SyncWave } from '../lib/sync-waves';
import { Scripts } from '../scripts';
import { AppChart } from './app';
import { BackupChart } from './backup';
import { ChromaChart } from './chroma';
import { MigrationChart } from './migration';
import { MonitoringChart } from './monitoring';
import { PlatformChart } from './platform';
import { PostgresChart } from './postgres';

export interface StackInputs {
  readonly env: EnvironmentConfig;
  readonly scripts: Scripts;
  /** The llm-stack release, for `app.kubernetes.io/version` on shared objects. */
  readonly version: string;
}

/**
 * Adds one environment's charts to `app`. Each chart becomes one file in dist/<env>/,
 * numbered in dependency order so `kubectl apply -f dist/<env>/` creates the namespace first.
 */
export function addEnvironment(app: App, inputs: StackInputs): Chart[] {
  const { env, scripts, version } = inputs;
  const platform = new PlatformChart(app, 'platform', { env, version });
  const postgres = new PostgresChart(app, 'postgresql', { env, scripts });
  const chroma = new ChromaChart(app, 'chroma', { env });
  const assistant = new AppChart(app, 'app', { env, chroma: chroma.endpoint, database: postgres.connection });
  const migration = new MigrationChart(app, 'migration', {
    env,
    database: postgres.connection,
    appConfigMapName: assistant.configMapName,
  });
  const backup = new BackupChart(app, 'backup', { env, scripts, version, postgres, chroma });
  const monitoring = new MonitoringChart(app, 'monitoring', { env, version });

  const order: [Chart, SyncWave][] = [
    [platform, 'platform'],
    [postgres, 'data'],
    [chroma, 'data'],
    [backup, 'data'],
    [migration, 'migration'],
    [assistant, 'app'],
    [monitoring, 'monitoring'],
  ];
  order.forEach(([chart, wave], i) => {
    applySyncWaves(chart, wave);
    if (i > 0) chart.addDependency(order[i - 1][0]);
  });
  return order.map(([chart]) => chart);
}
