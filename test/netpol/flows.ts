import { EnvironmentConfig } from '../../config/schema';
import { cidrContains, ClusterModel, Connection, Endpoint, evaluateFlow, IpEndpoint, Labels, PodEndpoint, Protocol } from './evaluator';
import { environmentOf, Obj, podsSelectedBy, readEnvironment, RenderedEnvironment, RenderedWorkload, resolvePort } from './rendered';

// THE FLOW TABLE: every connection the stack needs, and those it must refuse, for one
// rendered environment (dist/<env>/). Our pods and ports come from the rendered workloads,
// Services, Ingresses and monitors; the peers outside our namespace come from config, with
// the labels and ports their upstream projects give them (pinned below).

/** Well-known addresses the table checks. */
export const NODE_LOCAL_DNS = '169.254.20.10'; // NodeLocal DNSCache's default link-local address (kubernetes.io docs, "Using NodeLocal DNSCache")
// GKE with Cloud DNS: the kubelet writes `nameserver 169.254.169.254` (the node's metadata server,
// Cloud DNS's data plane) into every pod's resolv.conf, and kube-dns goes unused
// (cloud.google.com/kubernetes-engine/docs/concepts/about-cloud-dns; the failure under a
// pod-selector-only DNS rule is reported in tektoncd/operator issue 4000).
export const METADATA_DNS = '169.254.169.254';

// Stand-ins for public addresses that config does not pin (RFC 5737 documentation ranges:
// public as far as every policy here is concerned, and never a real host).
const INTERNET_CLIENT = '203.0.113.50';
const LLM_API = '198.51.100.20';
const OBJECT_STORAGE = '198.51.100.30';
// A private API server endpoint (kubeadm node, EKS/GKE private endpoint), used when
// platform.kubernetesApi.cidrs is the catch-all 0.0.0.0/0, i.e. config does not know it.
const PRIVATE_API_SERVER = '10.0.0.1';

// cert-manager v1.21.1, pkg/issuer/acme/http/pod.go (podLabels, buildPod) and
// pkg/apis/acme/v1/types.go (SolverIdentificationLabelKey, DomainLabelKey, TokenLabelKey):
// the solver pod runs in the Challenge's namespace (ours), with these labels (the two hashes
// are adler32 checksums of the domain and token: any value), and one container port "http"
// 8089 (pkg/issuer/acme/http/http.go, acmeSolverListenPort), protocol TCP by default.
export const ACME_SOLVER_PORT = 8089;
const ACME_SOLVER_LABELS: Labels = {
  'acme.cert-manager.io/http01-solver': 'true',
  'acme.cert-manager.io/http-domain': '1091373311',
  'acme.cert-manager.io/http-token': '2005791023',
};

// ingress-nginx Helm chart 4.13.x (kubernetes/ingress-nginx, charts/ingress-nginx/templates/_helpers.tpl,
// ingress-nginx.selectorLabels, plus component: controller), release name "ingress-nginx".
const INGRESS_CONTROLLER_LABELS: Labels = {
  'app.kubernetes.io/name': 'ingress-nginx',
  'app.kubernetes.io/instance': 'ingress-nginx',
  'app.kubernetes.io/component': 'controller',
};
// Envoy Gateway v1.9.0's proxy pods of a Gateway (internal/infrastructure/kubernetes/proxy/resource.go
// EnvoyAppLabel, and the owning-gateway labels of internal/gatewayapi/translator.go), in the
// data-plane namespace (edge.gatewayApi.dataPlaneNamespace, envoy-gateway-system by default).
const envoyProxyLabels = (gatewayNamespace: string): Labels => ({
  'app.kubernetes.io/name': 'envoy',
  'app.kubernetes.io/component': 'proxy',
  'app.kubernetes.io/managed-by': 'envoy-gateway',
  'gateway.envoyproxy.io/owning-gateway-name': 'assistant',
  'gateway.envoyproxy.io/owning-gateway-namespace': gatewayNamespace,
});
// kube-prometheus-stack: the Prometheus pods of the operator's StatefulSet.
const PROMETHEUS_LABELS: Labels = { 'app.kubernetes.io/name': 'prometheus', prometheus: 'kube-prometheus-stack-prometheus' };

export type Expectation = 'allow' | 'deny';

export interface Flow {
  readonly source: Endpoint;
  readonly destination: Endpoint;
  readonly conn: Connection;
  readonly expect: Expectation;
  /** Why the stack needs it, or why it must be refused. */
  readonly why: string;
}

export interface FlowResult extends Flow {
  readonly actual: Expectation;
  readonly ok: boolean;
  /** Which side denied it, or which policies allowed it. */
  readonly detail: string;
}

const podIn = (name: string, namespace: string, labels: Labels, ports: PodEndpoint['ports'] = []): PodEndpoint => ({ kind: 'pod', name, namespace, labels, ports });
const address = (name: string, ip: string): IpEndpoint => ({ kind: 'ip', name: `${name} ${ip}`, ip });
const tcp = (port: number): Connection => ({ port, protocol: 'TCP' });
const conn = (port: number, protocol: Protocol): Connection => ({ port, protocol });

/** The peers outside our workloads, from config. */
export function offClusterPeers(env: EnvironmentConfig, namespace: string) {
  const dns = env.platform.dns;
  return {
    ingressController: podIn(`${env.ingress.controllerNamespace}/ingress-nginx-controller`, env.ingress.controllerNamespace, INGRESS_CONTROLLER_LABELS, [
      { name: 'http', containerPort: 80 },
      { name: 'https', containerPort: 443 },
    ]),
    gatewayDataPlane: podIn(`${env.edge.gatewayApi.dataPlaneNamespace}/envoy`, env.edge.gatewayApi.dataPlaneNamespace, envoyProxyLabels(namespace), [
      { name: 'http-10080', containerPort: 10080 },
      { name: 'https-10443', containerPort: 10443 },
    ]),
    prometheus: podIn(`${env.monitoring.prometheusNamespace}/prometheus`, env.monitoring.prometheusNamespace, PROMETHEUS_LABELS, [{ name: 'http-web', containerPort: 9090 }]),
    acmeSolver: podIn('cert-manager HTTP-01 solver', namespace, ACME_SOLVER_LABELS, [{ name: 'http', containerPort: ACME_SOLVER_PORT }]),
    // CoreDNS (kube-dns) container ports: dns 53/UDP, dns-tcp 53/TCP, metrics 9153/TCP.
    clusterDns: podIn(`${dns.namespace}/cluster-dns`, dns.namespace, dns.podLabels, [
      { name: 'dns', containerPort: 53, protocol: 'UDP' },
      { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
    ]),
    nodeLocalDns: address('NodeLocal DNSCache', NODE_LOCAL_DNS),
    metadataDns: address('GKE metadata DNS', METADATA_DNS),
    internet: address('internet client', INTERNET_CLIENT),
    llmApi: address('LLM API (stand-in)', LLM_API),
    objectStorage: address('object storage', objectStorageAddress(env)),
    kubernetesApi: kubernetesApiAddresses(env).map((ip) => address('Kubernetes API', ip)),
  };
}

/** An address of the object storage inside the configured egress CIDRs (the public stand-in where they allow it). */
function objectStorageAddress(env: EnvironmentConfig): string {
  const cidrs = env.backup.offsite.egressCidrs;
  if (cidrs.some((c) => cidrContains(c, OBJECT_STORAGE))) return OBJECT_STORAGE;
  return firstAddress(cidrs[0]);
}

function firstAddress(cidr: string): string {
  const [base, bits] = cidr.split('/');
  const n = base.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
  const size = 2 ** (32 - Number(bits));
  const first = Math.floor(n / size) * size + (size > 2 ? 1 : 0);
  return [24, 16, 8, 0].map((s) => Math.floor(first / 2 ** s) % 256).join('.');
}

/** Where the API server is: the configured endpoint CIDRs, or a private stand-in when config only says 0.0.0.0/0. */
function kubernetesApiAddresses(env: EnvironmentConfig): string[] {
  return apiAddressesIn(env.platform.kubernetesApi.cidrs);
}

function apiAddressesIn(configured: readonly string[]): string[] {
  const cidrs = configured.filter((c) => !c.endsWith('/0'));
  return cidrs.length > 0 ? cidrs.map(firstAddress) : [PRIVATE_API_SERVER];
}

// --- our workloads --------------------------------------------------------------------------

const COMPONENT = 'app.kubernetes.io/component';

function workloadsWith(r: RenderedEnvironment, component: string, name?: string): RenderedWorkload[] {
  return r.workloads.filter((w) => w.pod.labels[COMPONENT] === component && (!name || w.pod.labels['app.kubernetes.io/name'] === name));
}

function one(r: RenderedEnvironment, what: string, found: RenderedWorkload[]): RenderedWorkload {
  if (found.length === 0) throw new Error(`${r.folder}: no ${what} workload rendered`);
  return found[0];
}

function namedPort(w: RenderedWorkload, name: string): number {
  return resolvePort(w.pod, name, w.name);
}

/** Every container and init container of a pod, with its env as name -> literal value. */
function containerEnv(w: RenderedWorkload): Map<string, string>[] {
  const containers = [...(w.podSpec?.containers ?? []), ...(w.podSpec?.initContainers ?? [])];
  return containers.map((c: any) => new Map((c.env ?? []).filter((e: any) => typeof e.value === 'string').map((e: any) => [e.name, e.value])));
}

/** A host inside the pod itself: a Unix socket directory (libpq) or loopback. No network flow. */
const podLocal = (host: string) => host.startsWith('/') || host === 'localhost' || host.startsWith('127.') || host === '::1';

/** The pods and port a Service name and port (number or name) lead to; none for a pod-local host. */
function serviceTarget(r: RenderedEnvironment, serviceName: string, port: number | string): { pods: PodEndpoint[]; port: number }[] {
  if (podLocal(serviceName)) return [];
  const host = serviceName.split('.')[0];
  const svc = r.services.find((o) => o.metadata.name === host);
  if (!svc) throw new Error(`${r.folder}: no Service ${host}`);
  const svcPort = (svc.spec.ports ?? []).find((p: any) => p.port === Number(port) || p.name === port);
  if (!svcPort) throw new Error(`${r.folder}: Service ${host} has no port ${port}`);
  const pods = podsSelectedBy(r.workloads, { matchLabels: svc.spec.selector ?? {} }, r.namespace);
  return pods.map((pod) => ({ pods: [pod], port: resolvePort(pod, svcPort.targetPort ?? svcPort.port, `Service/${host}`) }));
}

/** The pods and port the app's DATABASE_HOST and DATABASE_PORT lead to, from its env and its ConfigMaps (envFrom). */
function databaseTargets(r: RenderedEnvironment, w: RenderedWorkload): { pods: PodEndpoint[]; port: number; host: string }[] {
  const containers = [...(w.podSpec?.containers ?? []), ...(w.podSpec?.initContainers ?? [])];
  const out: { pods: PodEndpoint[]; port: number; host: string }[] = [];
  for (const c of containers) {
    const vars = new Map<string, string>();
    for (const from of c.envFrom ?? []) {
      const cm = r.objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === from.configMapRef?.name) as any;
      for (const [k, v] of Object.entries(cm?.data ?? {})) vars.set(k, String(v));
    }
    for (const e of c.env ?? []) if (typeof e.value === 'string') vars.set(e.name, e.value);
    const host = vars.get('DATABASE_HOST');
    if (host) out.push(...serviceTarget(r, host, vars.get('DATABASE_PORT') ?? 5432).map((t) => ({ ...t, host })));
  }
  if (out.length === 0) throw new Error(`${r.folder}: ${w.name} has no DATABASE_HOST`);
  return out;
}

/** The Services the edge routes to: Ingress backends and HTTPRoute backendRefs (Services only). */
function edgeBackends(r: RenderedEnvironment): { route: string; svc: { name: string; port: number | string } }[] {
  const out: { route: string; svc: { name: string; port: number | string } }[] = [];
  for (const ing of r.objects.filter((o) => o.kind === 'Ingress')) {
    for (const rule of ing.spec.rules ?? []) {
      for (const p of rule.http?.paths ?? []) out.push({ route: `Ingress/${ing.metadata.name}`, svc: { name: p.backend.service.name, port: p.backend.service.port.number ?? p.backend.service.port.name } });
    }
  }
  for (const route of r.objects.filter((o) => o.kind === 'HTTPRoute')) {
    for (const rule of route.spec.rules ?? []) {
      for (const b of rule.backendRefs ?? []) {
        const seen = out.some((o) => o.route === `HTTPRoute/${route.metadata.name}` && o.svc.name === b.name && o.svc.port === b.port);
        if ((b.kind ?? 'Service') === 'Service' && !b.group && !seen) out.push({ route: `HTTPRoute/${route.metadata.name}`, svc: { name: b.name, port: b.port } });
      }
    }
  }
  return out;
}

/** Does the pod get a service account token, automounted or projected (and so talk to the Kubernetes API)? */
function mountsApiToken(r: RenderedEnvironment, w: RenderedWorkload): boolean {
  const spec = w.podSpec ?? {};
  const projected = (spec.volumes ?? []).some((v: any) => (v.projected?.sources ?? []).some((s: any) => s.serviceAccountToken));
  if (projected) return true;
  if (spec.automountServiceAccountToken !== undefined) return spec.automountServiceAccountToken;
  const sa = r.objects.find((o: Obj) => o.kind === 'ServiceAccount' && o.metadata.name === (spec.serviceAccountName ?? 'default'));
  return (sa as any)?.automountServiceAccountToken ?? true;
}

function endpointPort(url: string): number {
  const u = new URL(url);
  return u.port ? Number(u.port) : u.protocol === 'http:' ? 80 : 443;
}

// --- the table ------------------------------------------------------------------------------

/** Workloads of test/netpol/cnpg.ts: the pods CloudNativePG runs for a Cluster or a Pooler. */
const OPERATOR_KINDS = new Set(['Cluster', 'Pooler']);

/** What every section of the table works from: config, the rendered environment, the peers, the rows so far. */
class TableBuilder {
  readonly flows: Flow[] = [];
  readonly peers: ReturnType<typeof offClusterPeers>;
  readonly app: RenderedWorkload;
  readonly db: RenderedWorkload;
  readonly chroma: RenderedWorkload;
  readonly pgPort: number;
  readonly chromaPort: number;
  /** `pod:port` pairs an Ingress or HTTPRoute routes to. */
  readonly edgePorts = new Set<string>();
  /** Where public traffic comes from: the ingress controller, or the Gateway's data plane (edge.kind). */
  readonly edgePeer: PodEndpoint;

  constructor(
    readonly env: EnvironmentConfig,
    readonly r: RenderedEnvironment,
  ) {
    this.peers = offClusterPeers(env, r.namespace);
    this.edgePeer = env.edge.kind === 'gateway-api' ? this.peers.gatewayDataPlane : this.peers.ingressController;
    this.app = one(r, 'app', workloadsWith(r, 'app'));
    this.db = one(r, 'PostgreSQL', workloadsWith(r, 'database', 'postgresql'));
    this.chroma = one(r, 'Chroma', workloadsWith(r, 'vector-database'));
    this.pgPort = namedPort(this.db, 'postgresql');
    this.chromaPort = namedPort(this.chroma, 'http');
  }

  need(source: Endpoint, destination: Endpoint, c: Connection, why: string): void {
    this.flows.push({ source, destination, conn: c, expect: 'allow', why });
  }

  refuse(source: Endpoint, destination: Endpoint, c: Connection, why: string): void {
    this.flows.push({ source, destination, conn: c, expect: 'deny', why });
  }

  /** Every Ingress backend through the ingress controller only, and cert-manager's HTTP-01 solver. */
  edge(): void {
    const { peers, r } = this;
    const via = this.edgePeer;
    const gatewayApi = this.env.edge.kind === 'gateway-api';
    for (const { route, svc } of edgeBackends(r)) {
      for (const t of serviceTarget(r, svc.name, svc.port)) {
        for (const pod of t.pods) {
          this.edgePorts.add(`${pod.name}:${t.port}`);
          this.need(via, pod, tcp(t.port), `${route} backend`);
          this.refuse(peers.internet, pod, tcp(t.port), 'only through the edge');
          // The edge follows edge.kind: the other one is a stranger.
          if (gatewayApi) this.refuse(peers.ingressController, pod, tcp(t.port), 'the edge is the Gateway (edge.kind gateway-api)');
          else this.refuse(peers.gatewayDataPlane, pod, tcp(t.port), 'the edge is ingress-nginx (edge.kind ingress-nginx)');
        }
      }
    }
    // A shared Gateway's certificate is its owner's: no solver of ours is reached through it.
    if (gatewayApi && !this.env.edge.gatewayApi.gateway.create) return;
    this.need(via, peers.acmeSolver, tcp(ACME_SOLVER_PORT), 'ACME HTTP-01 challenge (TLS issuance)');
    this.refuse(peers.internet, peers.acmeSolver, tcp(ACME_SOLVER_PORT), 'the solver is reached only through the edge');
    this.refuse(via, peers.acmeSolver, tcp(ACME_SOLVER_PORT + 1), 'only the solver port');
  }

  /** The app, the migration and their data tier. */
  dataTier(): void {
    const { app, chroma, r } = this;
    this.need(app.pod, chroma.pod, tcp(this.chromaPort), 'retrieval');
    for (const t of databaseTargets(r, app)) for (const pod of t.pods) this.need(app.pod, pod, tcp(t.port), `users, sessions, history (DATABASE_HOST ${t.host})`);
    this.need(app.pod, this.peers.llmApi, tcp(443), 'the LLM API (HTTPS)');
    for (const m of workloadsWith(r, 'migration')) {
      for (const t of databaseTargets(r, m)) for (const pod of t.pods) this.need(m.pod, pod, tcp(t.port), `schema migration (DATABASE_HOST ${t.host})`);
    }
  }

  /** Backup, restore and verification jobs: their targets, read from their own env. */
  backups(): void {
    for (const job of this.r.workloads.filter((w) => w.pod.labels[COMPONENT] === 'backup')) {
      for (const vars of containerEnv(job)) {
        const targets = [
          ...serviceTarget(this.r, vars.get('PGHOST') ?? 'localhost', vars.get('PGPORT') ?? 5432).map((t) => ({ ...t, why: 'PGHOST' })),
          ...serviceTarget(this.r, vars.get('CHROMA_HOST') ?? 'localhost', vars.get('CHROMA_PORT') ?? this.chromaPort).map((t) => ({ ...t, why: 'CHROMA_HOST' })),
        ];
        for (const t of targets) for (const pod of t.pods) this.need(job.pod, pod, tcp(t.port), `${job.name}: ${t.why}`);
        const s3 = vars.get('S3_ENDPOINT');
        if (s3) this.need(job.pod, this.peers.objectStorage, tcp(endpointPort(s3)), `${job.name}: off-site upload`);
      }
    }
  }

  /** Every pod that holds a service account token talks to the API server; the app never does. */
  kubernetesApi(): void {
    const ports = this.env.platform.kubernetesApi.ports;
    for (const w of this.r.workloads.filter((x) => !OPERATOR_KINDS.has(x.kind) && mountsApiToken(this.r, x))) {
      for (const api of this.peers.kubernetesApi) for (const port of ports) this.need(w.pod, api, tcp(port), `${w.name}: Kubernetes API (token mounted)`);
    }
    for (const api of this.peers.kubernetesApi) {
      for (const port of ports) this.refuse(this.app.pod, api, tcp(port), 'the app never talks to the Kubernetes API');
    }
  }

  /** Every port a ServiceMonitor or PodMonitor scrapes; the ingress controller reaches none an Ingress does not route. */
  metrics(): void {
    for (const t of this.r.metricsTargets) {
      this.need(this.peers.prometheus, t.pod, tcp(t.port), `${t.monitor} scrape`);
      if (!this.edgePorts.has(`${t.pod.name}:${t.port}`)) this.refuse(this.edgePeer, t.pod, tcp(t.port), `${t.monitor}: metrics are never published`);
    }
  }

  /** DNS from every pod: cluster DNS, and the node-local resolvers config lists (the others refused). */
  dns(): void {
    const { peers } = this;
    const listed = new Set(this.env.platform.dns.nodeLocalAddresses);
    for (const w of this.r.workloads) {
      for (const proto of ['UDP', 'TCP'] as const) {
        this.need(w.pod, peers.clusterDns, conn(53, proto), 'cluster DNS');
        for (const resolver of [peers.nodeLocalDns, peers.metadataDns]) {
          if (listed.has(resolver.ip)) this.need(w.pod, resolver, conn(53, proto), 'node-local DNS (platform.dns.nodeLocalAddresses)');
          else this.refuse(w.pod, resolver, conn(53, proto), 'not listed in platform.dns.nodeLocalAddresses');
        }
      }
    }
    // Any further resolver config lists (e.g. the kube-dns Service IP that NodeLocal DNSCache also answers on).
    const extra = [...listed].filter((ip) => ip !== NODE_LOCAL_DNS && ip !== METADATA_DNS).map((ip) => address('listed resolver', ip));
    for (const w of this.r.workloads) for (const resolver of extra) for (const proto of ['UDP', 'TCP'] as const) this.need(w.pod, resolver, conn(53, proto), 'platform.dns.nodeLocalAddresses');
    this.refuse(this.app.pod, peers.clusterDns, tcp(9153), 'DNS policy opens port 53 only');
    this.refuse(this.app.pod, peers.metadataDns, tcp(80), 'cloud metadata (credentials) is not DNS');
  }

  /** The databases refuse everyone but their clients, and their clients only their port. */
  databasesRefused(): void {
    const { peers, r, db, chroma } = this;
    const otherNs = `${r.namespace}-other`;
    const strangers: Endpoint[] = [
      peers.internet,
      this.edgePeer,
      podIn(`${otherNs}/pod with the app's labels`, otherNs, this.app.pod.labels),
      podIn(`${otherNs}/pod with the migration's labels`, otherNs, one(r, 'migration', workloadsWith(r, 'migration')).pod.labels),
    ];
    for (const s of strangers) {
      this.refuse(s, db.pod, tcp(this.pgPort), 'only the app, migration and backups reach PostgreSQL');
      this.refuse(s, chroma.pod, tcp(this.chromaPort), 'Chroma has no authentication');
    }
    this.refuse(peers.prometheus, db.pod, tcp(this.pgPort), 'Prometheus may scrape the exporter, not log in');
    this.refuse(peers.prometheus, chroma.pod, tcp(this.chromaPort), 'Chroma has no metrics port');
    this.refuse(this.app.pod, db.pod, tcp(namedPort(db, 'metrics')), 'the app needs only the PostgreSQL port');
  }
}

// --- CloudNativePG -----------------------------------------------------------------------------

// The operator's pods: `app.kubernetes.io/name: cloudnative-pg` (cloudnative-pg v1.30.0
// config/manager/manager.yaml, and the label its example policy admits,
// docs/src/samples/networkpolicy-example.yaml). Ports of the pods it runs: test/netpol/cnpg.ts.
const CNPG_OPERATOR_LABELS: Labels = { 'app.kubernetes.io/name': 'cloudnative-pg' };
const CNPG_PG = 5432;
const CNPG_STATUS = 8000;
const PGBOUNCER = 5432;

/** The port of the ObjectStore's endpoint (the Barman Cloud plugin's), or of backup.offsite's. */
function objectStorePort(r: RenderedEnvironment, env: EnvironmentConfig): number {
  const store = r.objects.find((o) => o.kind === 'ObjectStore' && o.apiVersion.startsWith('barmancloud.cnpg.io/'));
  const url = store?.spec?.configuration?.endpointURL ?? env.backup.offsite.endpoint;
  return url ? endpointPort(url) : 443;
}

/**
 * The flows of one CloudNativePG Cluster: the operator, the instances among themselves, the API
 * server, the object storage, the pooler or the direct clients, the logical dumps and an import's
 * source. Instances are interchangeable (a failover promotes any of them), so every client of the
 * primary must reach every instance.
 */
function cloudnativePgFlows(t: TableBuilder, cluster: Obj): void {
  const { env, r, peers } = t;
  const cfg = env.postgres.cloudnativePg;
  const name = cluster.metadata.name;
  const pods = r.workloads.filter((w) => w.kind === 'Cluster' && w.pod.labels['cnpg.io/cluster'] === name);
  const instances = pods.filter((w) => w.pod.labels['cnpg.io/podRole'] === 'instance');
  const bootstrap = pods.filter((w) => w.pod.labels['cnpg.io/jobRole']);
  const poolers = r.workloads.filter((w) => w.kind === 'Pooler' && w.pod.labels['cnpg.io/cluster'] === name);
  const otherNs = `${r.namespace}-other`;
  const operator = podIn(`${cfg.operatorNamespace}/cloudnative-pg operator`, cfg.operatorNamespace, CNPG_OPERATOR_LABELS);
  const neighbour = podIn(`${cfg.operatorNamespace}/another pod`, cfg.operatorNamespace, { 'app.kubernetes.io/name': 'something-else' });
  const impostor = podIn(`${otherNs}/pod with the operator's labels`, otherNs, CNPG_OPERATOR_LABELS);
  for (const inst of instances) {
    for (const port of [CNPG_STATUS, CNPG_PG]) {
      t.need(operator, inst.pod, tcp(port), port === CNPG_STATUS ? 'operator: instance manager status port' : 'operator: PostgreSQL');
      t.refuse(neighbour, inst.pod, tcp(port), "only the operator's pods of its namespace");
      t.refuse(impostor, inst.pod, tcp(port), "the operator's labels in another namespace");
    }
    for (const other of instances.filter((o) => o !== inst)) {
      t.need(other.pod, inst.pod, tcp(CNPG_PG), 'streaming replication, pg_rewind');
      t.need(other.pod, inst.pod, tcp(CNPG_STATUS), 'liveness isolation check (status port of the other instances)');
    }
    t.refuse(peers.internet, inst.pod, tcp(CNPG_PG), 'PostgreSQL is never published');
    t.refuse(peers.internet, inst.pod, tcp(CNPG_STATUS), "the status port is the operator's");
    t.refuse(t.app.pod, inst.pod, tcp(CNPG_STATUS), "the status port is the operator's");
    t.refuse(inst.pod, t.chroma.pod, tcp(t.chromaPort), 'the database never calls Chroma');
  }
  const apiPorts = env.platform.kubernetesApi.ports;
  for (const w of [...instances, ...bootstrap, ...poolers]) {
    for (const a of peers.kubernetesApi) for (const port of apiPorts) t.need(w.pod, a, tcp(port), `${w.name}: Kubernetes API (instance manager)`);
  }
  const storePort = objectStorePort(r, env);
  for (const w of [...instances, ...bootstrap.filter((b) => b.pod.labels['cnpg.io/jobRole'] === 'full-recovery')]) {
    t.need(w.pod, peers.objectStorage, tcp(storePort), `${w.name}: Barman Cloud plugin sidecar (WAL, base backups, recovery)`);
  }
  clientFlows(t, instances, poolers);
  importFlows(t, cluster, bootstrap);
}

/** The app and the migration: through the pooler only when there is one, else to every instance. The logical dumps: every instance. */
function clientFlows(t: TableBuilder, instances: RenderedWorkload[], poolers: RenderedWorkload[]): void {
  const { r, peers } = t;
  const clients = [t.app, ...workloadsWith(r, 'migration')];
  const otherNs = `${r.namespace}-other`;
  for (const p of poolers) {
    for (const inst of instances) t.need(p.pod, inst.pod, tcp(CNPG_PG), 'the pooler reaches every instance: any may become the primary');
    t.refuse(peers.internet, p.pod, tcp(PGBOUNCER), 'the pooler serves the namespace only');
    t.refuse(podIn(`${otherNs}/pod with the app's labels`, otherNs, t.app.pod.labels), p.pod, tcp(PGBOUNCER), 'the pooler serves the namespace only');
  }
  // Only for the cluster the clients' DATABASE_HOST leads to (a recovered or importing cluster beside it is not theirs).
  for (const c of clients) {
    const targets = new Set(databaseTargets(r, c).flatMap((tg) => tg.pods));
    const viaPooler = poolers.some((p) => targets.has(p.pod));
    const direct = instances.some((i) => targets.has(i.pod));
    for (const inst of instances) {
      if (viaPooler) t.refuse(c.pod, inst.pod, tcp(CNPG_PG), 'with the pooler on, the app and the migration connect only through it');
      else if (direct) t.need(c.pod, inst.pod, tcp(CNPG_PG), 'any instance may become the primary (-rw follows it)');
    }
  }
  const services = new Set(r.services.filter((s) => s.metadata.labels?.['cnpg.io/operator-created']).map((s) => s.metadata.name));
  for (const job of r.workloads.filter((w) => w.pod.labels[COMPONENT] === 'backup')) {
    if (!containerEnv(job).some((v) => services.has(v.get('PGHOST') ?? ''))) continue;
    for (const inst of instances) t.need(job.pod, inst.pod, tcp(CNPG_PG), `${job.name}: any instance may serve -r/-ro/-rw after a failover`);
  }
}

/** bootstrap.initdb.import: the import Job's pod reaches its source, the externalCluster's host. */
function importFlows(t: TableBuilder, cluster: Obj, bootstrap: RenderedWorkload[]): void {
  const source = cluster.spec?.bootstrap?.initdb?.import?.source?.externalCluster;
  if (!source) return;
  const ext = (cluster.spec.externalClusters ?? []).find((e: any) => e.name === source);
  const host = ext?.connectionParameters?.host;
  if (!host) throw new Error(`${t.r.folder}: Cluster/${cluster.metadata.name} imports from externalCluster ${source}, which has no connectionParameters.host`);
  const targets = serviceTarget(t.r, host, ext.connectionParameters.port ?? 5432);
  if (targets.length === 0) throw new Error(`${t.r.folder}: the import source ${host} selects no pod`);
  for (const job of bootstrap.filter((b) => b.pod.labels['cnpg.io/jobRole'] === 'import')) {
    for (const tg of targets) for (const pod of tg.pods) t.need(job.pod, pod, tcp(tg.port), `initdb.import from externalCluster ${source} (${host})`);
  }
}

/** The flow table of one rendered environment. */
export function flowTable(env: EnvironmentConfig, r: RenderedEnvironment): Flow[] {
  const t = new TableBuilder(env, r);
  t.edge();
  t.dataTier();
  t.backups();
  t.kubernetesApi();
  for (const cluster of r.objects.filter((o) => o.kind === 'Cluster' && o.apiVersion.startsWith('postgresql.cnpg.io/'))) cloudnativePgFlows(t, cluster);
  t.metrics();
  t.dns();
  t.databasesRefused();
  return t.flows;
}

/** The model of the cluster the evaluator sees: our policies and namespace labels. */
export function clusterModel(r: RenderedEnvironment): ClusterModel {
  return { policies: r.policies, namespaceLabels: new Map([[r.namespace, r.namespaceLabels]]) };
}

/** Every flow of the table, evaluated. */
export function evaluateTable(env: EnvironmentConfig, r: RenderedEnvironment): FlowResult[] {
  const model = clusterModel(r);
  return flowTable(env, r).map((f) => {
    const v = evaluateFlow(model, f.source, f.destination, f.conn);
    const actual: Expectation = v.allowed ? 'allow' : 'deny';
    const detail = v.allowed
      ? [...v.egress.allowedBy, ...v.ingress.allowedBy].join(', ') || 'not isolated'
      : [!v.egress.allowed && 'egress denied at source', !v.ingress.allowed && 'ingress denied at destination'].filter(Boolean).join('; ');
    return { ...f, actual, ok: actual === f.expect, detail };
  });
}

/** The flow table of a rendered folder, e.g. dist/prod. */
export function evaluateFolder(env: EnvironmentConfig, dir: string, policiesFrom?: readonly Obj[]): FlowResult[] {
  return evaluateTable(env, readEnvironment(dir, policiesFrom));
}

/**
 * The table over objects rendered in memory (a test's own variant of an environment), read
 * as dist/ is read: as plain data (a JSON copy; synth writes the same objects as YAML, and
 * test/dist-drift.test.ts holds dist/ to that).
 */
export function evaluateObjects(env: EnvironmentConfig, objects: readonly Obj[], policiesFrom?: readonly Obj[]): FlowResult[] {
  return evaluateTable(env, environmentOf(JSON.parse(JSON.stringify(objects)) as Obj[], `${env.name} (rendered in memory)`, policiesFrom));
}

/** The table as text: one line per flow, the failures marked. */
export function formatTable(title: string, results: readonly FlowResult[]): string {
  const rows = results.map((f) => [
    f.ok ? 'ok' : 'FAIL',
    f.source.name,
    f.destination.name,
    `${f.conn.port}/${f.conn.protocol}`,
    f.expect,
    f.actual,
    `${f.why}${f.ok ? '' : ` [${f.detail}]`}`,
  ]);
  const head = ['', 'source', 'destination', 'port', 'expected', 'actual', 'why'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  const failed = results.filter((f) => !f.ok).length;
  return [`${title}: ${results.length} flows, ${failed} wrong`, line(head), ...rows.map(line)].join('\n');
}
