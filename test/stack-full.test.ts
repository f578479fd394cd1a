import { describeWithTool } from './support/tools';
import { distDir, metricNames, missingTools, PodNode, PrometheusServer, readManifests, Stack } from './podrunner';
import { httpGet, parseDuration } from './podrunner/prometheus';

// The full pod-runner run (npm run test:stack, also run by .ci/run): for dist/prod and
// dist/dev, every pod whose image has a program here, started as the kubelet would start
// it; every Job and CronJob run as a Job against the live servers; the Debian Prometheus
// with the rendered rules scraping the rendered monitors' targets. PODRUNNER_DIST=<dir>
// points it at another rendering (e.g. an old dist/ checked out into a temp folder).

const missing = missingTools();
jest.setTimeout(240_000);
const SCALE = 20;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, ms: number, fn: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`${what} within ${ms / 1000} s${last ? ` (last error: ${String(last)})` : ''}`);
    await sleep(250);
  }
}

/** Every metric name the rules and the Grafana dashboard read. */
function readMetrics(node: PodNode): { name: string; where: string }[] {
  const out: { name: string; where: string }[] = [];
  for (const o of node.objects) {
    if (o.kind === 'PrometheusRule') for (const g of o.spec.groups) for (const r of g.rules) for (const n of metricNames(r.expr)) out.push({ name: n, where: `rule ${r.alert ?? r.record}` });
    if (o.kind === 'ConfigMap' && o.metadata.labels?.grafana_dashboard) {
      for (const text of Object.values<string>(o.data ?? {})) {
        const walk = (x: any): void => {
          if (Array.isArray(x)) x.forEach(walk);
          else if (x && typeof x === 'object') {
            if (typeof x.expr === 'string') for (const n of metricNames(x.expr)) out.push({ name: n, where: `dashboard panel "${x.legendFormat ?? ''}"` });
            Object.values(x).forEach(walk);
          }
        };
        walk(JSON.parse(text));
      }
    }
  }
  return out;
}

for (const env of ['prod', 'dev']) {
  describeWithTool(missing ?? 'pod runner tools', !missing, `pod runner: dist/${env} runs`, () => {
    let node: PodNode;
    let stack: Stack;
    let prom: PrometheusServer | undefined;

    beforeAll(async () => {
      node = new PodNode(readManifests(distDir(env)), { timeScale: SCALE, maxWaitMs: 60_000 });
      stack = new Stack(node, `dist/${env}`);
      await stack.startServers();
    });

    afterAll(async () => {
      await prom?.stop();
      if (stack) process.stdout.write(`\n${stack.table()}\n`);
      await node?.destroy();
    });

    test('every StatefulSet pod starts, passes its probes and becomes Ready', () => {
      expect(stack.servers().length).toBeGreaterThan(0);
      stack.assertOk();
      for (const p of stack.servers()) expect(node.pod(p.name)?.ready()).toBe(true);
    });

    test('every Job and CronJob (run as a Job) exits 0 against the live servers; images without a program are reported "not run"', async () => {
      stack.assertOk();
      await stack.runJobs();
      stack.assertOk();
      const jobs = stack.outcomes.filter((o) => stack.jobs().some((j) => j.name === o.pod));
      expect(jobs.filter((o) => !o.result.startsWith('not run')).length).toBeGreaterThan(0);
      for (const o of jobs) expect(o.result).toMatch(/^(exited 0|exit 0|Ready|sidecar, started|not run: .+)$/);
      // The servers are Ready again after the jobs that needed them stopped (restores).
      for (const p of stack.servers()) expect(node.pod(p.name)?.ready()).toBe(true);
    });

    describe('Prometheus with the rendered rules and monitors', () => {
      beforeAll(async () => {
        const down = stack.servers().filter((p) => !node.pod(p.name)?.ready());
        if (down.length) throw new Error(`not Ready: ${down.map((p) => p.name).join(', ')}\n${stack.failures.join('\n')}`);
        prom = new PrometheusServer(node);
        await prom.start();
      });

      test('every pg_* series the rules and the dashboard read is served by the real exporter with the rendered args', async () => {
        const targets = prom!.targets.filter((t) => t.container === 'postgres-exporter');
        expect(targets.length).toBeGreaterThan(0);
        const served = new Set((await prom!.metricsOf(targets[0])).split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(/[{ ]/)[0]));
        const read = readMetrics(node).filter((m) => m.name.startsWith('pg_'));
        expect(read.length).toBeGreaterThan(0);
        const absent = read.filter((m) => !served.has(m.name) && !served.has(m.name.replace(/_(bucket|sum|count)$/, '')));
        expect(absent.map((m) => `${m.name} (${m.where}) is not on the exporter's /metrics`)).toEqual([]);
      });

      test('steady state: Prometheus scrapes the exporter and no database or Chroma alert fires', async () => {
        await until('up{job="postgresql"} == 1 and pg_up == 1', 30_000, async () => {
          const up = await prom!.query('min(up{container="postgres-exporter"}) * min(pg_up)');
          return up.length && up[0].value[1] === '1' ? true : undefined;
        });
        const groups = node.objects.filter((o) => o.kind === 'PrometheusRule').flatMap((o) => o.spec.groups);
        const watched = new Set(groups.filter((g: any) => /postgres|chroma/i.test(g.name)).flatMap((g: any) => g.rules.map((r: any) => r.alert).filter(Boolean)));
        expect(watched.size).toBeGreaterThan(0);
        // Long enough for every watched rule's `for:` (scaled) to elapse, were it true.
        await sleep(Math.min(20_000, Math.max(3000, ...groups.flatMap((g: any) => g.rules).filter((r: any) => watched.has(r.alert) && r.for).map((r: any) => parseDuration(r.for) / SCALE))));
        const firing = (await prom!.alerts()).filter((a) => a.state === 'firing' && watched.has(a.labels.alertname));
        expect(firing.map((a) => `${a.labels.alertname} ${JSON.stringify(a.labels)}`)).toEqual([]);
      });

      test('after PostgreSQL is stopped, PostgresqlDown fires once its (scaled) for: has elapsed', async () => {
        await node.pod('postgresql-0')!.stopContainer('postgresql');
        const alert = await until('PostgresqlDown firing', 60_000, async () => (await prom!.alerts()).find((a) => a.labels.alertname === 'PostgresqlDown' && a.state === 'firing'));
        expect(alert.labels).toMatchObject({ namespace: node.plan('postgresql-0').namespace });
        const metrics = await httpGet(`http://127.0.0.1:${prom!.port}/api/v1/query?query=pg_up`);
        expect(JSON.parse(metrics.body).data.result[0].value[1]).toBe('0');
      });
    });
  });
}
