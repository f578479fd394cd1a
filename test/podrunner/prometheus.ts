import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import * as YAML from 'yaml';
import { K8sObject, selects } from './manifests';
import { PodNode, trackGroup } from './runner';

// The Debian Prometheus server against the running pods: the rendered PrometheusRules'
// spec.groups as its rule file, and a scrape config derived from the rendered PodMonitors
// and ServiceMonitors the way the Prometheus Operator derives it (targets: the selected pods'
// named port; labels namespace, pod, container, endpoint, job = the jobLabel's value or
// "<namespace>/<monitor name>" for a PodMonitor, the Service name for a ServiceMonitor).
// Time is scaled like the probes: scrape and evaluation intervals and every rule's `for:`
// are divided by the node's time scale, in the loaded copy only (never in dist/).

export function parseDuration(d: string): number {
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 };
  let total = 0;
  for (const m of d.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g)) total += Number(m[1]) * units[m[2]];
  return total;
}

const ms = (n: number) => `${Math.max(1, Math.round(n))}ms`;

/** The rule groups of every PrometheusRule, with `for:` and `interval:` scaled down. */
export function ruleFile(objects: readonly K8sObject[], scale: number): { groups: any[] } {
  const groups = objects
    .filter((o) => o.kind === 'PrometheusRule')
    .flatMap((o) => o.spec.groups ?? [])
    .map((g: any) => ({
      ...g,
      ...(g.interval ? { interval: ms(parseDuration(g.interval) / scale) } : {}),
      rules: g.rules.map((r: any) => (r.for ? { ...r, for: ms(parseDuration(r.for) / scale) } : r)),
    }));
  return { groups };
}

export interface ScrapeTarget {
  readonly job: string;
  readonly pod: string;
  readonly container: string;
  readonly endpoint: string;
  readonly port: number;
  readonly path: string;
  readonly intervalMs: number;
}

/** The scrape targets the monitors select among the pods now running. */
export function scrapeTargets(node: PodNode): ScrapeTarget[] {
  const out: ScrapeTarget[] = [];
  for (const m of node.objects.filter((o) => o.kind === 'PodMonitor' || o.kind === 'ServiceMonitor')) {
    const nsOk = (ns: string) => !m.spec.namespaceSelector?.matchNames || m.spec.namespaceSelector.matchNames.includes(ns);
    const selector = m.spec.selector?.matchLabels ?? {};
    const endpoints = m.kind === 'PodMonitor' ? m.spec.podMetricsEndpoints : m.spec.endpoints;
    for (const plan of node.plans) {
      const pod = node.pod(plan.name);
      if (!pod || pod.isStopped() || !nsOk(plan.namespace)) continue;
      let job: string;
      let portOf = (name: string) => name;
      if (m.kind === 'PodMonitor') {
        if (!selects(selector, plan.labels)) continue;
        job = m.spec.jobLabel ? plan.labels[m.spec.jobLabel] : `${plan.namespace}/${m.metadata.name}`;
      } else {
        const svc = node.objects.find((s) => s.kind === 'Service' && selects(selector, s.metadata.labels ?? {}) && selects(s.spec.selector, plan.labels));
        if (!svc) continue;
        job = m.spec.jobLabel ? (svc.metadata.labels ?? {})[m.spec.jobLabel] : svc.metadata.name;
        portOf = (name: string) => {
          const p = svc.spec.ports.find((x: any) => x.name === name);
          return p ? String(p.targetPort ?? p.port) : name;
        };
      }
      for (const e of endpoints ?? []) {
        const portName = portOf(e.port ?? e.targetPort);
        for (const c of plan.spec.containers) {
          const p = (c.ports ?? []).find((x: any) => x.name === portName || String(x.containerPort) === portName);
          if (!p) continue;
          out.push({ job, pod: plan.name, container: c.name, endpoint: e.port ?? String(e.targetPort), port: p.containerPort, path: e.path ?? '/metrics', intervalMs: parseDuration(e.interval ?? '30s') / node.scale });
        }
      }
    }
  }
  return out;
}

/** A TCP listener on 127.0.0.1 that forwards to a pod's port (what a pod IP route gives Prometheus). */
function forwarder(socketPath: string): Promise<net.Server> {
  return new Promise((resolve) => {
    const srv = net.createServer((c) => {
      const up = net.connect({ path: socketPath });
      c.on('error', () => up.destroy());
      up.on('error', () => c.destroy());
      c.pipe(up);
      up.pipe(c);
    });
    srv.listen(0, '127.0.0.1', () => resolve(srv));
  });
}

export function httpGet(url: string, timeoutMs = 5000): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on('error', reject);
  });
}

export class PrometheusServer {
  private proc?: ChildProcess;
  private forwarders: net.Server[] = [];
  port = 0;
  readonly dir: string;
  readonly targets: ScrapeTarget[];
  private readonly targetUrls = new Map<ScrapeTarget, string>();

  constructor(readonly node: PodNode) {
    this.dir = path.join(node.runDir, 'prometheus');
    fs.mkdirSync(path.join(this.dir, 'data'), { recursive: true });
    this.targets = scrapeTargets(node);
  }

  /** The /metrics text of a target, fetched the way Prometheus fetches it. */
  async metricsOf(t: ScrapeTarget): Promise<string> {
    const r = await httpGet(`${this.targetUrls.get(t)}${t.path}`);
    if (r.status !== 200) throw new Error(`GET ${t.path} on pod ${t.pod} port ${t.port}: HTTP ${r.status}`);
    return r.body;
  }

  async start(): Promise<void> {
    const scrapeConfigs = [];
    const interval = Math.min(...this.targets.map((t) => t.intervalMs), 1000);
    for (const t of this.targets) {
      const pod = this.node.pod(t.pod)!;
      const fwd = await forwarder(pod.portSocket(t.port));
      this.forwarders.push(fwd);
      const address = `127.0.0.1:${(fwd.address() as net.AddressInfo).port}`;
      this.targetUrls.set(t, `http://${address}`);
      scrapeConfigs.push({
        job_name: `${t.pod}/${t.container}/${t.endpoint}`,
        scrape_interval: ms(t.intervalMs),
        scrape_timeout: ms(Math.min(t.intervalMs, 10_000)),
        metrics_path: t.path,
        static_configs: [{ targets: [address], labels: { job: t.job, namespace: this.node.plan(t.pod).namespace, pod: t.pod, container: t.container, endpoint: t.endpoint } }],
        // The operator's instance label is the pod address and port.
        relabel_configs: [{ target_label: 'instance', replacement: `${this.node.plan(t.pod).ip}:${t.port}` }],
      });
    }
    fs.writeFileSync(path.join(this.dir, 'rules.yaml'), YAML.stringify(ruleFile(this.node.objects, this.node.scale)));
    fs.writeFileSync(
      path.join(this.dir, 'prometheus.yml'),
      YAML.stringify({ global: { scrape_interval: ms(interval), evaluation_interval: ms(Math.min(interval, 1000)) }, rule_files: ['rules.yaml'], scrape_configs: scrapeConfigs }),
    );
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
    this.port = (probe.address() as net.AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const log = fs.openSync(path.join(this.dir, 'log'), 'a');
    this.proc = spawn(
      'prometheus',
      [`--config.file=${path.join(this.dir, 'prometheus.yml')}`, `--storage.tsdb.path=${path.join(this.dir, 'data')}`, `--web.listen-address=127.0.0.1:${this.port}`, '--storage.tsdb.retention.time=1h'],
      { detached: true, stdio: ['ignore', log, log] },
    );
    fs.closeSync(log);
    trackGroup(this.proc.pid);
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (this.proc.exitCode !== null) throw new Error(`prometheus exited: ${fs.readFileSync(path.join(this.dir, 'log'), 'utf8')}`);
      try {
        if ((await httpGet(`http://127.0.0.1:${this.port}/-/ready`, 1000)).status === 200) break;
      } catch {
        /* not yet */
      }
      if (Date.now() > deadline) throw new Error(`prometheus not ready within 30 s: ${fs.readFileSync(path.join(this.dir, 'log'), 'utf8')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async api(pathAndQuery: string): Promise<any> {
    const r = await httpGet(`http://127.0.0.1:${this.port}${pathAndQuery}`);
    const body = JSON.parse(r.body);
    if (body.status !== 'success') throw new Error(`prometheus ${pathAndQuery}: ${r.body}`);
    return body.data;
  }

  query(expr: string): Promise<any[]> {
    return this.api(`/api/v1/query?query=${encodeURIComponent(expr)}`).then((d) => d.result);
  }

  alerts(): Promise<{ labels: Record<string, string>; state: string }[]> {
    return this.api('/api/v1/alerts').then((d) => d.alerts);
  }

  async stop(): Promise<void> {
    if (this.proc?.pid && this.proc.exitCode === null) {
      try {
        process.kill(-this.proc.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
      await new Promise((r) => (this.proc!.exitCode !== null ? r(null) : this.proc!.on('exit', r)));
    }
    trackGroup(this.proc?.pid, false);
    await Promise.all(this.forwarders.map((f) => new Promise((r) => f.close(r))));
  }
}

/** Metric names an expression reads (identifiers followed by a selector, range or operator). */
export function metricNames(expr: string): string[] {
  const cleaned = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '');
  const names = new Set<string>();
  for (const m of cleaned.matchAll(/\b([a-zA-Z_:][a-zA-Z0-9_:]*)\b(?!\s*\()/g)) names.add(m[1]);
  return [...names];
}
