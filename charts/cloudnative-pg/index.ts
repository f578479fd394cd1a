import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { DatabaseClient, DatabaseEngine, SecretFile } from '../../lib/database-engine';
import { ServiceEndpoint } from '../../lib/endpoint';
import { imageVersion } from '../../lib/image';
import { recommendedLabels } from '../../lib/labels';
import { identity } from '../identities';
import { CnpgCluster } from './cluster';
import { CnpgCredentials } from './credentials';
import { clusterEndpoint, CNPG_POSTGRES_PORT, POOLER_NAME } from './names';
import { CnpgNetworkPolicies } from './network';
import { CnpgObjectStore } from './object-store';
import { CnpgPodMonitor } from './pod-monitor';
import { CnpgPooler } from './pooler';
import { CnpgScheduledBackup } from './scheduled-backup';

export * from './names';
export type { CnpgBootstrap, CnpgClusterProps, ImportSource, ObjectStoreRef } from './cluster';
export { CnpgCluster, cnpgParameters, CNPG_FIXED_PARAMETERS } from './cluster';
export { objectStorePath } from './object-store';
export { baseBackupSchedule } from './scheduled-backup';

export interface CloudNativePgChartProps {
  readonly env: EnvironmentConfig;
}

/**
 * PostgreSQL as a CloudNativePG Cluster (`postgres.engine: cloudnative-pg`): the Cluster,
 * its basic-auth Secrets, the Barman Cloud plugin ObjectStore (WAL archive and base
 * backups), the daily ScheduledBackup, the optional PgBouncer Pooler and the PodMonitors.
 * The sibling of PostgresChart, with the same DatabaseEngine surface; charts/environment.ts
 * picks one. Its NetworkPolicies are in network.ts.
 */
export class CloudNativePgChart extends Chart implements DatabaseEngine {
  readonly connection: DatabaseClient;
  readonly dumpSource: ServiceEndpoint;
  readonly primary: ServiceEndpoint;
  readonly superuserPassword: SecretFile;

  constructor(scope: Construct, id: string, props: CloudNativePgChartProps) {
    const { env } = props;
    const cfg = env.postgres.cloudnativePg;
    const ns = env.namespace;
    super(scope, id, { namespace: ns, labels: recommendedLabels(identity('postgres', ns, imageVersion(cfg.image))) });

    const credentials = new CnpgCredentials(this, 'credentials', { env });
    const store = new CnpgObjectStore(this, 'object-store', { env });
    const cluster = new CnpgCluster(this, 'cluster', { env, bootstrap: { kind: 'initdb' }, archive: { objectStoreName: store.name } });
    new CnpgScheduledBackup(this, 'scheduled-backup', { env, clusterName: cluster.name });
    new CnpgPodMonitor(this, 'pod-monitor', { env, name: cluster.name, podLabels: cluster.podLabels, jobLabel: 'cnpg.io/cluster' });
    new CnpgNetworkPolicies(this, 'network', { env, clusterName: cluster.name, poolerName: cfg.pooler.enabled ? POOLER_NAME : undefined });

    this.primary = clusterEndpoint(cluster.services.rw, cluster.name);
    // -ro has endpoints only where standbys exist; -r is every instance, the primary too.
    this.dumpSource = clusterEndpoint(cfg.instances > 1 ? cluster.services.ro : cluster.services.r, cluster.name);
    this.superuserPassword = credentials.superuserPassword();
    const client = { database: env.postgres.database, user: env.postgres.user, passwordEnv: (envName: string) => credentials.app.envVar(envName, 'password') };

    if (cfg.pooler.enabled) {
      const pooler = new CnpgPooler(this, 'pooler', { env, clusterName: cluster.name });
      new CnpgPodMonitor(this, 'pooler-pod-monitor', { env, name: pooler.name, podLabels: pooler.podLabels, jobLabel: 'cnpg.io/poolerName' });
      // The Pooler's Service has the Pooler's name and port 5432 (pkg/specs/pgbouncer/services.go,
      // pkg/management/pgbouncer/config/config.go PgBouncerPort at v1.30.0).
      this.connection = { host: pooler.name, port: CNPG_POSTGRES_PORT, podLabels: pooler.podLabels, ...client };
    } else {
      this.connection = { ...this.primary, ...client };
    }
  }
}
