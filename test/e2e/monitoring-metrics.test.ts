import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { APP_METRICS_CONTRACT } from '../../charts/monitoring/contract';
import { dashboardRows } from '../../charts/monitoring/dashboard';
import { environment, ENV_NAMES, find, objectsOf, REPO_ROOT } from '../support/synth';
import { freePort, PgServer, startPostgres } from '../support/postgres';
import { describeWithTool, which } from '../support/tools';
import { cnpgUnitTestEnv, renderedGroups, vectorSelectors } from '../promtool/harness';

// Every metric name and label that a rule, a recording rule or a dashboard panel reads exists:
// on a real scrape (postgres-exporter, run here with the rendered sidecar's arguments against a
// real PostgreSQL), in the pinned catalogue of the programs that cannot run here
// (test/metrics-catalogue/), in the app metrics contract (charts/monitoring/contract.ts), or as
// one of the stack's own recording rules. Issue 15 part 5 and issue 11 "a check against real series".

interface Known {
  labels: Set<string>;
  type: string;
  source: string;
}

/** Labels Prometheus adds to every series of a ServiceMonitor or PodMonitor target. */
const TARGET_LABELS = ['job', 'instance', 'namespace', 'pod', 'container', 'service', 'endpoint'];

const CATALOGUE_DIR = path.join(REPO_ROOT, 'test', 'metrics-catalogue');

interface CatalogueFile {
  source: { project: string; version: string };
  honorLabels: boolean;
  constLabels?: string[];
  metrics: Record<string, { type: string; labels: string[]; file: string }>;
}

/** The names a histogram or summary exposes. */
function seriesNames(name: string, type: string): [string, string[]][] {
  if (type !== 'histogram') return [[name, []]];
  return [
    [`${name}_bucket`, ['le']],
    [`${name}_sum`, []],
    [`${name}_count`, []],
  ];
}

function add(known: Map<string, Known>, name: string, type: string, labels: string[], source: string, honorLabels: boolean): void {
  // Without honorLabels, a metric's own label that clashes with a target label is kept as exported_<label>.
  const own = labels.map((l) => (!honorLabels && TARGET_LABELS.includes(l) ? `exported_${l}` : l));
  for (const [series, extra] of seriesNames(name, type)) {
    known.set(series, { labels: new Set([...own, ...extra, ...TARGET_LABELS]), type, source });
  }
}

function catalogue(): Map<string, Known> {
  const known = new Map<string, Known>();
  for (const file of fs.readdirSync(CATALOGUE_DIR).filter((f) => f.endsWith('.yaml'))) {
    const doc = YAML.parse(fs.readFileSync(path.join(CATALOGUE_DIR, file), 'utf8')) as CatalogueFile;
    expect({ file, source: typeof doc.source?.project, version: typeof doc.source?.version }).toEqual({ file, source: 'string', version: 'string' });
    for (const [name, m] of Object.entries(doc.metrics)) {
      expect({ file, name, cites: typeof m.file }).toEqual({ file, name, cites: 'string' });
      add(known, name, m.type, [...m.labels, ...(doc.constLabels ?? [])], `${file} (${doc.source.project} ${doc.source.version})`, doc.honorLabels);
    }
  }
  for (const m of APP_METRICS_CONTRACT) add(known, m.name, m.type, Object.keys(m.labels), 'app metrics contract', true);
  return known;
}

interface Use {
  where: string;
  metric: string;
  labels: string[];
}

/**
 * Every selector of every rule and panel of every environment, and of prod switched to the
 * cloudnative-pg engine with its Pooler (every rule and panel of that engine, whether or not an
 * environment uses it), and the recording rules they define.
 */
function uses(): { uses: Use[]; recorded: Map<string, Set<string>> } {
  const out: Use[] = [];
  const recorded = new Map<string, Set<string>>();
  const cnpg = cnpgUnitTestEnv();
  for (const [name, env] of [...ENV_NAMES.map((n) => [n, environment(n)] as const), [`${cnpg.name} (engine cloudnative-pg)`, cnpg] as const]) {
    for (const g of renderedGroups(env)) {
      for (const r of g.rules) {
        if (r.record) recorded.set(r.record, new Set([...Object.keys(r.labels ?? {}), ...TARGET_LABELS]));
        for (const s of vectorSelectors(r.expr)) out.push({ where: `${name}: ${r.alert ?? r.record}`, metric: s.metric, labels: Object.keys(s.matchers) });
      }
    }
    for (const row of dashboardRows(env)) {
      for (const p of row.panels) {
        for (const t of p.targets) {
          for (const s of vectorSelectors(t.expr)) out.push({ where: `${name}: panel "${p.title}"`, metric: s.metric, labels: Object.keys(s.matchers) });
        }
      }
    }
  }
  return { uses: out, recorded };
}

function missing(u: Use, known: Map<string, Known>): string | undefined {
  const k = known.get(u.metric);
  if (!k) return `${u.where}: ${u.metric} is neither scraped for real nor in the catalogue`;
  const unknown = u.labels.filter((l) => !k.labels.has(l));
  return unknown.length ? `${u.where}: ${u.metric} has no label ${unknown.join(', ')} (${k.source})` : undefined;
}

const { uses: USES, recorded: RECORDED } = uses();
const isPg = (m: string) => m.startsWith('pg_');

describe('the metrics the rules and the dashboard read', () => {
  const known = catalogue();
  for (const [name, labels] of RECORDED) known.set(name, { labels, type: 'gauge', source: 'recording rule' });

  test('there is something to check', () => {
    expect(USES.length).toBeGreaterThan(100);
    expect(USES.some((u) => isPg(u.metric))).toBe(true);
    // both edges: ingress-nginx (dev, staging, prod) and the Gateway API's Envoy stats (preview)
    expect(USES.some((u) => u.metric.startsWith('nginx_ingress_controller_'))).toBe(true);
    expect(USES.some((u) => u.metric.startsWith('envoy_cluster_upstream_rq'))).toBe(true);
  });

  test('every name and label outside postgres-exporter is in the pinned catalogue, the app contract or a recording rule', () => {
    expect(USES.filter((u) => !isPg(u.metric)).map((u) => missing(u, known)).filter(Boolean)).toEqual([]);
  });

  test('the check is not blind: a misspelt name and an invented label fail it', () => {
    expect(missing({ where: 'x', metric: 'kube_pod_container_status_restart_total', labels: [] }, known)).toMatch(/neither scraped/);
    expect(missing({ where: 'x', metric: 'kube_job_failed', labels: ['reason'] }, known)).toMatch(/no label reason/);
    // cert-manager's Certificate namespace is exported_namespace unless its ServiceMonitor honours labels
    expect(missing({ where: 'x', metric: 'certmanager_certificate_ready_status', labels: ['exported_namespace', 'name'] }, known)).toBeUndefined();
    expect(missing({ where: 'x', metric: 'nginx_ingress_controller_request_duration_seconds_bucket', labels: ['le', 'ingress', 'status'] }, known)).toBeUndefined();
    expect(missing({ where: 'x', metric: 'envoy_cluster_upstream_rq_time_bucket', labels: ['le', 'envoy_cluster_name'] }, known)).toBeUndefined();
    // Envoy's per-code counter is envoy_cluster_upstream_rq{envoy_response_code}: the class counter has no such label
    expect(missing({ where: 'x', metric: 'envoy_cluster_upstream_rq_xx', labels: ['envoy_response_code'] }, known)).toMatch(/no label envoy_response_code/);
    // CloudNativePG v1.30.0 and the Barman Cloud plugin v0.14.0: the names are cnpg_<query>_<column>
    expect(missing({ where: 'x', metric: 'cnpg_pg_replication_lag_seconds', labels: [] }, known)).toMatch(/neither scraped/);
    expect(missing({ where: 'x', metric: 'cnpg_pgbouncer_pools_cl_active', labels: ['database', 'user', 'pod'] }, known)).toBeUndefined();
    expect(missing({ where: 'x', metric: 'barman_cloud_cloudnative_pg_io_last_available_backup_timestamp', labels: ['pod'] }, known)).toBeUndefined();
  });

  test('the cloudnative-pg rules and panels are checked, and read no postgres-exporter name (that engine serves none)', () => {
    const cnpg = USES.filter((u) => u.where.includes('(engine cloudnative-pg)'));
    expect(cnpg.filter((u) => /^(cnpg_|barman_cloud_)/.test(u.metric)).length).toBeGreaterThan(20);
    expect(cnpg.filter((u) => isPg(u.metric)).map((u) => `${u.where}: ${u.metric}`)).toEqual([]);
  });
});

// ------------------------------------------------------------ the real postgres-exporter

const EXPORTER = which('prometheus-postgres-exporter');

/** The rendered sidecar: its arguments, and the files its ConfigMap volumes hold. */
function renderedSidecar(): { args: string[]; files: Record<string, string> } {
  const objects = objectsOf(environment('prod'));
  const sts = find(objects, 'StatefulSet', 'postgresql');
  const pod = sts.spec.template.spec;
  const c = pod.containers.find((x: any) => x.name === 'postgres-exporter');
  const files: Record<string, string> = {};
  for (const m of c.volumeMounts ?? []) {
    const vol = pod.volumes.find((v: any) => v.name === m.name);
    if (!vol?.configMap) continue;
    const data = find(objects, 'ConfigMap', vol.configMap.name).data as Record<string, string>;
    for (const [k, v] of Object.entries(data)) files[`${m.mountPath}/${k}`] = v;
  }
  return { args: c.args ?? [], files };
}

function get(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: 5000 }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
  });
}

/** name -> label names, from the Prometheus text format. */
function parseExposition(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([^}]*)\})?\s/.exec(line);
    if (!m) continue;
    const labels = out.get(m[1]) ?? new Set<string>();
    for (const l of (m[3] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="/g)) labels.add(l[1]);
    out.set(m[1], labels);
  }
  return out;
}

describeWithTool('prometheus-postgres-exporter', EXPORTER, 'the real postgres-exporter serves every pg_* series the rules and dashboard read', () => {
  let pg: PgServer | undefined;
  let exporter: ChildProcess | undefined;
  let dir: string | undefined;
  let scraped = new Map<string, Set<string>>();
  let log = '';

  beforeAll(async () => {
    pg = await startPostgres();
    // as the init script does: the exporter's role, pg_monitor only
    pg.psql('CREATE ROLE metrics LOGIN; GRANT pg_monitor TO metrics; CREATE DATABASE assistant;');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exporter-'));
    const sidecar = renderedSidecar();
    // the rendered arguments, with the ConfigMap's files at a temporary path instead of the mount
    const args = sidecar.args.map((a) => {
      for (const [mounted, content] of Object.entries(sidecar.files)) {
        if (a.includes(mounted)) {
          const local = path.join(dir!, path.basename(mounted));
          fs.writeFileSync(local, content);
          fs.chmodSync(dir!, 0o755);
          fs.chmodSync(local, 0o644);
          return a.replace(mounted, local);
        }
      }
      return a;
    });
    const port = await freePort();
    const asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
    const cmd = [...asUser, EXPORTER!, ...args, `--web.listen-address=127.0.0.1:${port}`];
    exporter = spawn(cmd[0], cmd.slice(1), {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', DATA_SOURCE_NAME: `postgresql://metrics@/postgres?host=${pg.socketDir}&port=${pg.port}&sslmode=disable` },
    });
    exporter.stdout!.on('data', (d) => (log += d));
    exporter.stderr!.on('data', (d) => (log += d));
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        const text = await get(`http://127.0.0.1:${port}/metrics`);
        if (/^pg_up 1/m.test(text) && /^pg_database_wraparound_/m.test(text)) {
          scraped = parseExposition(text);
          break;
        }
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`postgres-exporter served no complete scrape within 20 s:\n${log}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 60_000);

  afterAll(() => {
    if (exporter?.pid) {
      try {
        process.kill(-exporter.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    pg?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the sidecar passes only flags this exporter knows (it would refuse to start otherwise)', () => {
    expect(log).not.toMatch(/unknown long flag|error parsing/i);
    expect(scraped.get('pg_up')).toBeDefined();
  });

  test('every pg_* name and label is on the scrape', () => {
    const known = new Map<string, Known>();
    for (const [name, labels] of scraped) known.set(name, { labels: new Set([...labels, ...TARGET_LABELS]), type: 'scraped', source: 'real postgres-exporter scrape' });
    const pgUses = USES.filter((u) => isPg(u.metric));
    expect(pgUses.length).toBeGreaterThan(10);
    expect(pgUses.map((u) => missing(u, known)).filter(Boolean)).toEqual([]);
  });
});

describe('docs/metrics.md documents the app metrics contract', () => {
  const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'metrics.md'), 'utf8');
  test.each(APP_METRICS_CONTRACT.map((m) => [m.name, m]))('%s: its section lists every label and bucket', (_name, m) => {
    const section = doc.split(/^### /m).find((s) => s.startsWith(`${m.name}\n`));
    expect(section).toBeDefined();
    for (const l of Object.keys(m.labels)) expect(section).toContain(`| \`${l}\` |`);
    expect(section).toContain(`\`${m.buckets!.join(', ')}\``);
    // past the 30 s latency threshold of seed 001
    if (m.name.endsWith('_seconds')) expect(Math.max(...m.buckets!)).toBeGreaterThan(30);
  });
  test('the port the contract names is the configured one', () => {
    expect(doc).toContain(`default **${environment('prod').monitoring.appMetricsPort}**`);
  });
});
