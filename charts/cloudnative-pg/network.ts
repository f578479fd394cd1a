import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { kubernetesApiEgress, namespacedPeer, podPeer, tcpPort } from '../../lib/endpoint';
import { objectStorageEgress } from '../backup/offsite';
import { podLabels } from '../identities';
import { CNPG_METRICS_PORT, CNPG_POSTGRES_PORT, CNPG_STATUS_PORT, POOLER_METRICS_PORT, poolerPodLabels } from './names';

// Which pods the policies select, from cloudnative-pg/cloudnative-pg at tag v1.30.0 (commit
// 4b5e244a7d031f67e025c83c1555e7726ecbbfa1; the labels and ports themselves: ./names.ts):
// * pkg/specs/jobs.go: the bootstrap Jobs' pods (initdb, import, full-recovery) carry
//   cnpg.io/cluster and cnpg.io/jobRole but no cnpg.io/podRole. They need what an instance needs
//   (the API, the object storage, an import's source), so the instances' policy selects every
//   pod of the cluster that is not a pooler;
// * pkg/specs/pgbouncer/deployments.go: Pooler pods carry cnpg.io/cluster too, and
//   cnpg.io/podRole pooler. PgBouncer's instance manager reads the Pooler and its Secrets from
//   the API server (pkg/specs/pgbouncer/rbac.go).
const CLUSTER_LABEL = 'cnpg.io/cluster';
const POD_ROLE_LABEL = 'cnpg.io/podRole';
/** PgBouncer's port (pkg/management/pgbouncer/config/config.go PgBouncerPort). */
const PGBOUNCER_PORT = 5432;

/**
 * The operator's pods: `app.kubernetes.io/name: cloudnative-pg` in the release manifest
 * (config/manager/manager.yaml at v1.30.0) and in the Helm chart (cloudnative-pg/charts,
 * charts/cloudnative-pg/templates/_helpers.tpl selectorLabels: the chart's name, unless
 * nameOverride is set), and the label the upstream example policy admits
 * (docs/src/samples/networkpolicy-example.yaml at v1.30.0).
 */
export const CNPG_OPERATOR_POD_LABELS = { 'app.kubernetes.io/name': 'cloudnative-pg' };

/** Every pod of a Cluster except its poolers: the instances and the bootstrap Jobs' pods. */
export function clusterPodSelector(clusterName: string): k8s.LabelSelector {
  return {
    matchLabels: { [CLUSTER_LABEL]: clusterName },
    matchExpressions: [{ key: POD_ROLE_LABEL, operator: 'NotIn', values: ['pooler'] }],
  };
}

export interface CnpgNetworkPoliciesProps {
  readonly env: EnvironmentConfig;
  /** The Cluster's name: its pods carry `cnpg.io/cluster: <clusterName>`. */
  readonly clusterName: string;
  /**
   * The Pooler in front of the primary. When set, the app and the migration reach only the
   * Pooler, and the instances admit them no more.
   * @default none: the app and the migration connect to the instances (`<clusterName>-rw`)
   */
  readonly poolerName?: string;
}

/** What both policies refer to. */
interface Peers {
  readonly cluster: k8s.NetworkPolicyPeer;
  readonly clients: k8s.NetworkPolicyPeer[];
  readonly prometheus: k8s.NetworkPolicyPeer;
  readonly api: k8s.NetworkPolicyEgressRule;
}

/**
 * The NetworkPolicies of a CloudNativePG Cluster (and its Pooler), over the namespace's default
 * deny (platform chart; DNS is open to every pod there):
 * * instances: the operator on the status port and 5432 (docs/src/networking.md at v1.30.0); each
 *   other on 5432 (streaming replication, pg_rewind) and 8000 (the liveness isolation check pings
 *   the other instances' status port, pkg/management/postgres/webserver/probes/pinger.go); the
 *   pooler, or the app and the migration without one; the logical dump jobs (`-r`/`-ro`);
 *   Prometheus on 9187. Out: each other, the Kubernetes API (`platform.kubernetesApi`)
 *   and the object storage (`backup.offsite`, as the backup jobs reach it: the Barman Cloud plugin's
 *   sidecar in each pod archives WAL and takes base backups);
 * * pooler: the app and the migration on 5432, Prometheus on 9127. Out: the instances, the API.
 */
export class CnpgNetworkPolicies extends Construct {
  constructor(scope: Construct, id: string, props: CnpgNetworkPoliciesProps) {
    super(scope, id);
    const { env, clusterName, poolerName } = props;
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(clusterName)) throw new Error(`CnpgNetworkPolicies.clusterName: must be a DNS label, got ${JSON.stringify(clusterName)}`);
    const ns = env.namespace;
    const peers: Peers = {
      cluster: { podSelector: clusterPodSelector(clusterName) },
      clients: [podPeer(podLabels('app', ns)), podPeer(podLabels('migration', ns))],
      prometheus: namespacedPeer(env.monitoring.prometheusNamespace),
      api: kubernetesApiEgress(env.platform.kubernetesApi),
    };
    this.instances(env, clusterName, peers, poolerName);
    if (poolerName) this.pooler(poolerName, peers);
  }

  private instances(env: EnvironmentConfig, clusterName: string, peers: Peers, poolerName?: string): void {
    const peerPorts = [tcpPort(CNPG_POSTGRES_PORT), tcpPort(CNPG_STATUS_PORT)];
    const clients = poolerName ? [podPeer(poolerPodLabels(poolerName))] : peers.clients;
    new k8s.KubeNetworkPolicy(this, 'instances', {
      metadata: { name: `${clusterName}-instances` },
      spec: {
        podSelector: clusterPodSelector(clusterName),
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          { from: [namespacedPeer(env.postgres.cloudnativePg.operatorNamespace, CNPG_OPERATOR_POD_LABELS)], ports: peerPorts },
          { from: [peers.cluster], ports: peerPorts },
          { from: [...clients, podPeer(podLabels('postgresBackup', env.namespace))], ports: [tcpPort(CNPG_POSTGRES_PORT)] },
          { from: [peers.prometheus], ports: [tcpPort(CNPG_METRICS_PORT)] },
        ],
        egress: [{ to: [peers.cluster], ports: peerPorts }, peers.api, ...objectStorageEgress(env)],
      },
    });
  }

  private pooler(poolerName: string, peers: Peers): void {
    new k8s.KubeNetworkPolicy(this, 'pooler', {
      metadata: { name: poolerName },
      spec: {
        podSelector: { matchLabels: poolerPodLabels(poolerName) },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          { from: peers.clients, ports: [tcpPort(PGBOUNCER_PORT)] },
          { from: [peers.prometheus], ports: [tcpPort(POOLER_METRICS_PORT)] },
        ],
        egress: [{ to: [peers.cluster], ports: [tcpPort(CNPG_POSTGRES_PORT)] }, peers.api],
      },
    });
  }
}
