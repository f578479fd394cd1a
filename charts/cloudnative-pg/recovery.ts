import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { imageVersion } from '../../lib/image';
import { recommendedLabels } from '../../lib/labels';
import { tcpPort } from '../../lib/endpoint';
import { identity, podLabels } from '../identities';
import { CnpgCluster } from './cluster';
import { CLUSTER_NAME, CNPG_POSTGRES_PORT, OBJECT_STORE_NAME } from './names';
import { clusterPodSelector, CnpgNetworkPolicies } from './network';

export interface CnpgRecoveryChartProps {
  readonly env: EnvironmentConfig;
  /** The new Cluster's name; its WAL goes to its own folder (serverName) of the ObjectStore. */
  readonly name: string;
  /**
   * The point to recover to: an RFC 3339 time (lib/target-time.ts validates it).
   * @default the end of the archived WAL (the latest point)
   */
  readonly targetTime?: string;
  /** The cluster whose backups are recovered: its folder (serverName) in the ObjectStore. @default CLUSTER_NAME ('postgresql') */
  readonly sourceCluster?: string;
}

/**
 * Point-in-time recovery (`npm run pitr`): a new Cluster beside the running one, bootstrapped by
 * `recovery` from the environment's ObjectStore (the source cluster's base backup and WAL, to
 * `targetTime` or the latest point), with the NetworkPolicies its pods need (the same as the
 * running cluster's, for the new name) and one that lets the logical backup jobs read from it,
 * which is how its data moves to the running cluster (docs/backup-restore.md). Not part of dist/:
 * it is rendered for review and `kubectl apply`.
 */
export class CnpgRecoveryChart extends Chart {
  readonly cluster: CnpgCluster;

  constructor(scope: Construct, id: string, props: CnpgRecoveryChartProps) {
    const { env } = props;
    const ns = env.namespace;
    const source = props.sourceCluster ?? CLUSTER_NAME;
    if (props.name === source) throw new Error(`CnpgRecoveryChart.name: must differ from the source cluster ${source} (its folder of the ObjectStore is the source), got ${props.name}`);
    super(scope, id, { namespace: ns, labels: recommendedLabels(identity('postgres', ns, imageVersion(env.postgres.cloudnativePg.image))) });
    this.cluster = new CnpgCluster(this, 'cluster', {
      env,
      name: props.name,
      bootstrap: { kind: 'recovery', source: { objectStoreName: OBJECT_STORE_NAME, serverName: source }, targetTime: props.targetTime },
      archive: { objectStoreName: OBJECT_STORE_NAME, serverName: props.name },
    });
    new CnpgNetworkPolicies(this, 'network', { env, clusterName: props.name });
    // The backup jobs' own policy (charts/backup/network.ts) lets them reach the running cluster
    // only: this one adds the recovered one, for the dump that carries its data over.
    new k8s.KubeNetworkPolicy(this, 'dump-egress', {
      metadata: { name: `postgresql-backup-to-${props.name}` },
      spec: {
        podSelector: { matchLabels: podLabels('postgresBackup', ns) },
        policyTypes: ['Egress'],
        egress: [{ to: [{ podSelector: clusterPodSelector(props.name) }], ports: [tcpPort(CNPG_POSTGRES_PORT)] }],
      },
    });
  }
}
