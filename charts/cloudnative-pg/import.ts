import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { tcpPort } from '../../lib/endpoint';
import { imageVersion } from '../../lib/image';
import { recommendedLabels } from '../../lib/labels';
import { identity, podLabels } from '../identities';
import { CREDENTIALS_SECRET, POSTGRES_NAME, POSTGRES_PORT } from '../postgres';
import { CnpgCluster } from './cluster';
import { CnpgCredentials } from './credentials';
import { CLUSTER_NAME, POOLER_NAME } from './names';
import { clusterPodSelector, CnpgNetworkPolicies } from './network';
import { CnpgObjectStore } from './object-store';

/** The StatefulSet engine's superuser password: the key `postgres-password` of postgresql-credentials (charts/postgres.ts). */
export const STATEFULSET_SUPERUSER_PASSWORD = { secretName: CREDENTIALS_SECRET, key: 'postgres-password' } as const;

export interface CnpgImportChartProps {
  /** The environment as it will run on the cloudnative-pg engine (`postgres.engine: cloudnative-pg`). */
  readonly env: EnvironmentConfig;
}

/**
 * The migration from the StatefulSet (`npm run cnpg-import`, docs/migrate-to-cloudnative-pg.md):
 * the Cluster `postgresql` bootstrapped by `initdb.import` (type microservice) of the app
 * database from the running StatefulSet's Service `postgresql`, as its `postgres` superuser
 * (the key `postgres-password` of postgresql-credentials), and what it needs before the
 * environment switches engine: its basic-auth Secrets, the ObjectStore it archives WAL to and
 * its NetworkPolicies, each the same as the cloudnative-pg engine renders them, so that the switch
 * adopts them unchanged. Two temporary NetworkPolicies let the import Job's pod reach the
 * StatefulSet's pod; delete them after the switch. Not part of dist/: rendered for review and
 * `kubectl apply` while the app is stopped.
 */
export class CnpgImportChart extends Chart {
  readonly cluster: CnpgCluster;

  constructor(scope: Construct, id: string, props: CnpgImportChartProps) {
    const { env } = props;
    const ns = env.namespace;
    const cfg = env.postgres.cloudnativePg;
    if (env.postgres.engine !== 'cloudnative-pg') throw new Error(`CnpgImportChart.env: must be the environment on the cloudnative-pg engine, got postgres.engine ${env.postgres.engine}`);
    super(scope, id, { namespace: ns, labels: recommendedLabels(identity('postgres', ns, imageVersion(cfg.image))) });
    new CnpgCredentials(this, 'credentials', { env });
    const store = new CnpgObjectStore(this, 'object-store', { env });
    this.cluster = new CnpgCluster(this, 'cluster', {
      env,
      name: CLUSTER_NAME,
      archive: { objectStoreName: store.name },
      bootstrap: { kind: 'import', fromService: POSTGRES_NAME, port: POSTGRES_PORT, user: 'postgres', password: STATEFULSET_SUPERUSER_PASSWORD, database: env.postgres.database },
    });
    new CnpgNetworkPolicies(this, 'network', { env, clusterName: this.cluster.name, poolerName: cfg.pooler.enabled ? POOLER_NAME : undefined });
    this.importPolicies(env);
  }

  /** The import Job's pod (a pod of the new cluster) to the StatefulSet's pod, on both sides. */
  private importPolicies(env: EnvironmentConfig): void {
    const statefulSetPods = podLabels('postgres', env.namespace);
    const newCluster = clusterPodSelector(this.cluster.name);
    const temporary = { 'llm-stack/temporary': 'until the switch to cloudnative-pg (docs/migrate-to-cloudnative-pg.md)' };
    new k8s.KubeNetworkPolicy(this, 'import-source', {
      metadata: { name: `${POSTGRES_NAME}-import-source`, annotations: temporary },
      spec: {
        podSelector: { matchLabels: statefulSetPods },
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ podSelector: newCluster }], ports: [tcpPort(POSTGRES_PORT)] }],
      },
    });
    new k8s.KubeNetworkPolicy(this, 'import-egress', {
      metadata: { name: `${this.cluster.name}-import-from-statefulset`, annotations: temporary },
      spec: {
        podSelector: newCluster,
        policyTypes: ['Egress'],
        egress: [{ to: [{ podSelector: { matchLabels: statefulSetPods } }], ports: [tcpPort(POSTGRES_PORT)] }],
      },
    });
  }
}
