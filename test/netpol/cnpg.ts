import { ContainerPort, Labels } from './evaluator';
import type { Obj, RenderedWorkload } from './rendered';

// The pods and Services CloudNativePG creates for a rendered Cluster and Pooler. No pod template
// of ours shows them, so they are derived here from the Cluster and Pooler objects, with the
// labels, ports and names the operator gives them: cloudnative-pg/cloudnative-pg at tag v1.30.0
// (commit 4b5e244a7d031f67e025c83c1555e7726ecbbfa1):
// * instance pods, pkg/specs/pods.go buildInstance: cnpg.io/cluster, cnpg.io/instanceName
//   (<cluster>-<n>), cnpg.io/podRole instance, app.kubernetes.io/name postgresql, instance <cluster>,
//   version <major>, component database, managed-by cloudnative-pg; then the Cluster's
//   spec.inheritedMetadata.labels over them (internal/controller/cluster_create.go, utils.InheritLabels);
//   the instance manager marks the primary and the standbys with `role` and cnpg.io/instanceRole
//   (pkg/utils/labels_annotations.go SetInstanceRole); ports postgresql 5432, metrics 9187,
//   status 8000. The ServiceAccount <cluster> is the operator's, with the token mounted (no
//   automountServiceAccountToken in the pod spec);
// * the bootstrap Job's pod, pkg/specs/jobs.go CreatePrimaryJob: <cluster>-1-<role>, the same
//   labels without podRole, plus cnpg.io/jobRole initdb | import | full-recovery;
// * Services, pkg/specs/services.go: <cluster>-rw (cnpg.io/instanceRole primary), -ro (replica),
//   -r (cnpg.io/podRole instance), port postgres 5432, unless listed in
//   spec.managed.services.disabledDefaultServices (ro and r may be);
// * Pooler pods, pkg/specs/pgbouncer/deployments.go: the template's labels, then cnpg.io/poolerName,
//   cnpg.io/cluster, cnpg.io/podRole pooler, app.kubernetes.io/name postgresql, instance <cluster>,
//   component pooler, managed-by cloudnative-pg over them; ports pgbouncer 5432, metrics 9127; its
//   Service, pkg/specs/pgbouncer/services.go: <pooler> selecting cnpg.io/poolerName, port 5432 to
//   the port named pgbouncer.

const INSTANCE_PORTS: ContainerPort[] = [
  { name: 'postgresql', containerPort: 5432 },
  { name: 'metrics', containerPort: 9187 },
  { name: 'status', containerPort: 8000 },
];
const POOLER_PORTS: ContainerPort[] = [
  { name: 'pgbouncer', containerPort: 5432 },
  { name: 'metrics', containerPort: 9127 },
];
/** The pods reach the API server: the operator's ServiceAccount, token mounted. */
const TOKEN_MOUNTED = { automountServiceAccountToken: true };

/** The major version in the image tag (17.6-standard-bookworm -> 17), as GetPostgresqlMajorVersion reads it. */
function majorVersion(imageName: string | undefined): string {
  const tag = (imageName ?? '').split('@')[0].split(':').pop() ?? '';
  const m = /^(\d+)/.exec(tag);
  return m ? m[1] : '';
}

function bootstrapRole(cluster: Obj): string {
  const b = cluster.spec?.bootstrap ?? {};
  if (b.recovery) return 'full-recovery';
  if (b.pg_basebackup) return 'pgbasebackup';
  if (b.initdb?.import) return 'import';
  return 'initdb';
}

function workload(kind: string, name: string, namespace: string, labels: Labels, ports: ContainerPort[]): RenderedWorkload {
  return { kind, name, pod: { kind: 'pod', name: `${kind}/${name}`, namespace, labels, ports }, podSpec: TOKEN_MOUNTED };
}

/** The instance pods (the first the primary, the others standbys) and the bootstrap Job's pod of one Cluster. */
export function clusterPods(cluster: Obj, namespace: string): RenderedWorkload[] {
  const name = cluster.metadata.name;
  const ns = cluster.metadata.namespace ?? namespace;
  const common: Labels = {
    'cnpg.io/cluster': name,
    'app.kubernetes.io/name': 'postgresql',
    'app.kubernetes.io/instance': name,
    'app.kubernetes.io/version': majorVersion(cluster.spec?.imageName),
    'app.kubernetes.io/component': 'database',
    'app.kubernetes.io/managed-by': 'cloudnative-pg',
  };
  const inherited: Labels = cluster.spec?.inheritedMetadata?.labels ?? {};
  const instances: number = cluster.spec?.instances ?? 1;
  const pods = Array.from({ length: instances }, (_, i) => {
    const pod = `${name}-${i + 1}`;
    const role = i === 0 ? 'primary' : 'replica';
    const labels = { ...common, 'cnpg.io/instanceName': pod, 'cnpg.io/podRole': 'instance', ...inherited, role, 'cnpg.io/instanceRole': role };
    return workload('Cluster', `${name} pod ${pod} (${role})`, ns, labels, INSTANCE_PORTS);
  });
  const jobRole = bootstrapRole(cluster);
  const job = `${name}-1-${jobRole}`;
  const jobLabels = { ...common, 'cnpg.io/instanceName': `${name}-1`, 'cnpg.io/jobRole': jobRole, ...inherited };
  return [...pods, workload('Cluster', `${name} pod ${job} (bootstrap Job)`, ns, jobLabels, [])];
}

/** The PgBouncer pods of one Pooler (one stands for all: they are alike). */
export function poolerPods(pooler: Obj, namespace: string): RenderedWorkload[] {
  const name = pooler.metadata.name;
  const cluster = pooler.spec?.cluster?.name;
  if ((pooler.spec?.instances ?? 1) === 0) return [];
  const labels: Labels = {
    ...(pooler.spec?.template?.metadata?.labels ?? {}),
    'cnpg.io/poolerName': name,
    'cnpg.io/cluster': cluster,
    'cnpg.io/podRole': 'pooler',
    'app.kubernetes.io/name': 'postgresql',
    'app.kubernetes.io/instance': cluster,
    'app.kubernetes.io/component': 'pooler',
    'app.kubernetes.io/managed-by': 'cloudnative-pg',
  };
  return [workload('Pooler', `${name} pod`, pooler.metadata.namespace ?? namespace, labels, POOLER_PORTS)];
}

const isCnpg = (o: Obj, kind: string) => o.kind === kind && o.apiVersion.startsWith('postgresql.cnpg.io/');

const service = (name: string, namespace: string, selector: Labels, targetPort: number | string): Obj => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace, labels: { 'cnpg.io/operator-created': 'true' } },
  spec: { selector, ports: [{ name: 'postgres', port: 5432, targetPort }] },
});

/** The Services the operator creates for a Cluster or a Pooler. */
export function operatorServices(o: Obj, namespace: string): Obj[] {
  const ns = o.metadata.namespace ?? namespace;
  const name = o.metadata.name;
  if (isCnpg(o, 'Pooler')) return [service(name, ns, { 'cnpg.io/poolerName': name }, 'pgbouncer')];
  if (!isCnpg(o, 'Cluster')) return [];
  const disabled: string[] = o.spec?.managed?.services?.disabledDefaultServices ?? [];
  const all: [string, Labels][] = [
    ['rw', { 'cnpg.io/cluster': name, 'cnpg.io/instanceRole': 'primary' }],
    ['ro', { 'cnpg.io/cluster': name, 'cnpg.io/instanceRole': 'replica' }],
    ['r', { 'cnpg.io/cluster': name, 'cnpg.io/podRole': 'instance' }],
  ];
  return all.filter(([kind]) => !disabled.includes(kind)).map(([kind, selector]) => service(`${name}-${kind}`, ns, selector, 5432));
}

/** Every pod the operator runs for the Clusters and Poolers among `objects`. */
export function operatorPods(objects: readonly Obj[], namespace: string): RenderedWorkload[] {
  return objects.flatMap((o) => (isCnpg(o, 'Cluster') ? clusterPods(o, namespace) : isCnpg(o, 'Pooler') ? poolerPods(o, namespace) : []));
}
