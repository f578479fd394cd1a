import { EnvironmentConfig } from '../../config/schema';
import { cidrContains, ClusterModel, Connection, Endpoint, evaluateFlow, IpEndpoint, Labels, PodEndpoint, Protocol } from './evaluator';
import { Obj, podsSelectedBy, readEnvironment, RenderedEnvironment, RenderedWorkload, resolvePort } from './rendered';

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
// backup.chroma.apiServerCidrs is the catch-all 0.0.0.0/0, i.e. config does not know it.
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
  const cidrs = env.backup.chroma.apiServerCidrs.filter((c) => !c.endsWith('/0'));
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
  const svc = r.objects.find((o) => o.kind === 'Service' && o.metadata.name === host);
  if (!svc) throw new Error(`${r.folder}: no Service ${host}`);
  const svcPort = (svc.spec.ports ?? []).find((p: any) => p.port === Number(port) || p.name === port);
  if (!svcPort) throw new Error(`${r.folder}: Service ${host} has no port ${port}`);
  const pods = podsSelectedBy(r.workloads, { matchLabels: svc.spec.selector ?? {} }, r.namespace);
  return pods.map((pod) => ({ pods: [pod], port: resolvePort(pod, svcPort.targetPort ?? svcPort.port, `Service/${host}`) }));
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

/** What every section of the table works from: config, the rendered environment, the peers, the rows so far. */
class TableBuilder {
  readonly flows: Flow[] = [];
  readonly peers: ReturnType<typeof offClusterPeers>;
  readonly app: RenderedWorkload;
  readonly db: RenderedWorkload;
  readonly chroma: RenderedWorkload;
  readonly pgPort: number;
  readonly chromaPort: number;
  /** `pod:port` pairs an Ingress routes to. */
  readonly edgePorts = new Set<string>();

  constructor(
    readonly env: EnvironmentConfig,
    readonly r: RenderedEnvironment,
  ) {
    this.peers = offClusterPeers(env, r.namespace);
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
    for (const ing of r.objects.filter((o) => o.kind === 'Ingress')) {
      const backends = (ing.spec.rules ?? []).flatMap((rule: any) => (rule.http?.paths ?? []).map((p: any) => p.backend.service));
      for (const svc of backends) {
        for (const t of serviceTarget(r, svc.name, svc.port.number ?? svc.port.name)) {
          for (const pod of t.pods) {
            this.edgePorts.add(`${pod.name}:${t.port}`);
            this.need(peers.ingressController, pod, tcp(t.port), `Ingress/${ing.metadata.name} backend`);
            this.refuse(peers.internet, pod, tcp(t.port), 'only through the ingress controller');
          }
        }
      }
    }
    this.need(peers.ingressController, peers.acmeSolver, tcp(ACME_SOLVER_PORT), 'ACME HTTP-01 challenge (TLS issuance)');
    this.refuse(peers.internet, peers.acmeSolver, tcp(ACME_SOLVER_PORT), 'the solver is reached only through the ingress controller');
    this.refuse(peers.ingressController, peers.acmeSolver, tcp(ACME_SOLVER_PORT + 1), 'only the solver port');
  }

  /** The app, the migration and their data tier. */
  dataTier(): void {
    const { app, db, chroma } = this;
    this.need(app.pod, chroma.pod, tcp(this.chromaPort), 'retrieval');
    this.need(app.pod, db.pod, tcp(this.pgPort), 'users, sessions, history');
    this.need(app.pod, this.peers.llmApi, tcp(443), 'the LLM API (HTTPS)');
    for (const m of workloadsWith(this.r, 'migration')) this.need(m.pod, db.pod, tcp(this.pgPort), 'schema migration');
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
    const ports = this.env.backup.chroma.apiServerPorts;
    for (const w of this.r.workloads.filter((x) => mountsApiToken(this.r, x))) {
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
      if (!this.edgePorts.has(`${t.pod.name}:${t.port}`)) this.refuse(this.peers.ingressController, t.pod, tcp(t.port), `${t.monitor}: metrics are never published`);
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
      peers.ingressController,
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

/** The flow table of one rendered environment. */
export function flowTable(env: EnvironmentConfig, r: RenderedEnvironment): Flow[] {
  const t = new TableBuilder(env, r);
  t.edge();
  t.dataTier();
  t.backups();
  t.kubernetesApi();
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
