import { ServiceEndpoint } from '../../lib/endpoint';

// Names and labels of the CloudNativePG objects, pinned to the operator's own code at
// cloudnative-pg v1.30.0 (commit 4b5e244a7d031f67e025c83c1555e7726ecbbfa1):
// * pod labels: pkg/utils/labels_annotations.go (ClusterLabelName "cnpg.io/cluster",
//   PodRoleLabelName "cnpg.io/podRole" with PodRoleInstance "instance" / PodRolePooler
//   "pooler", ClusterInstanceRoleLabelName "cnpg.io/instanceRole", PgbouncerNameLabel
//   "cnpg.io/poolerName"), set in pkg/specs/pods.go and pkg/specs/pgbouncer/deployments.go;
// * Services `<cluster>-rw` (the primary), `-ro` (hot standbys, selector cnpg.io/instanceRole:
//   replica) and `-r` (every instance): pkg/specs/services.go;
// * metrics ports: pkg/management/url/url.go PostgresMetricsPort 9187 and
//   PgBouncerMetricsPort 9127, container port name `metrics` in both.

/** The Cluster's name: Services postgresql-rw, postgresql-ro, postgresql-r. */
export const CLUSTER_NAME = 'postgresql';
export const CNPG_POSTGRES_PORT = 5432;
export const CNPG_METRICS_PORT = 9187;
export const POOLER_METRICS_PORT = 9127;
/** The instance manager's status port, which the operator polls (pkg/management/url/url.go StatusPort). */
export const CNPG_STATUS_PORT = 8000;
/** The Barman Cloud plugin's name, as the Cluster and ScheduledBackup name it (plugin-barman-cloud v0.14.0). */
export const BARMAN_PLUGIN = 'barman-cloud.cloudnative-pg.io';

/** Labels of the PostgreSQL instance pods of cluster `cluster` (primary and standbys). */
export function instancePodLabels(cluster: string = CLUSTER_NAME): Record<string, string> {
  return { 'cnpg.io/cluster': cluster, 'cnpg.io/podRole': 'instance' };
}

/** Labels of the PgBouncer pods of the Pooler `pooler`. */
export function poolerPodLabels(pooler: string): Record<string, string> {
  return { 'cnpg.io/poolerName': pooler };
}

/** The Services the operator creates for cluster `cluster`. */
export function clusterServices(cluster: string = CLUSTER_NAME): { readonly rw: string; readonly ro: string; readonly r: string } {
  return { rw: `${cluster}-rw`, ro: `${cluster}-ro`, r: `${cluster}-r` };
}

/** A Service of the cluster as a ServiceEndpoint (NetworkPolicy peers: every instance, since roles move on failover). */
export function clusterEndpoint(host: string, cluster: string = CLUSTER_NAME): ServiceEndpoint {
  return { host, port: CNPG_POSTGRES_PORT, podLabels: instancePodLabels(cluster) };
}

/**
 * The basic-auth Secrets the Cluster reads (the database owner, the superuser). Not the names
 * the operator generates when none is given (`<cluster>-app`, `<cluster>-superuser`,
 * docs/src/applications.md), so the operator never mistakes them for its own.
 */
export const CNPG_SECRETS = { app: `${CLUSTER_NAME}-app-credentials`, superuser: `${CLUSTER_NAME}-superuser-credentials` } as const;
/** The Barman Cloud plugin ObjectStore of the environment. */
export const OBJECT_STORE_NAME = CLUSTER_NAME;
/** The Pooler (and so its Service). */
export const POOLER_NAME = `${CLUSTER_NAME}-pooler-rw`;
