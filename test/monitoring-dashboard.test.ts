import * as fs from 'fs';
import { environment, ENV_NAMES, find } from './support/synth';
import { describeWithTool } from './support/tools';
import { EnvironmentConfig } from '../config/schema';
import { cnpgUnitTestEnv, monitoringObjects, PROMTOOL, promtool, tempDir, unscopedSelectors, UNIT_TEST_ENV, writeRuleFile } from './promtool/harness';

// The Grafana dashboard ConfigMap: the sidecar label, the panels SPEC 2.6 asks for, and
// every query valid PromQL (promtool check rules on each query wrapped in a recording rule).

interface Panel {
  id: number;
  type: string;
  title: string;
  gridPos: { h: number; w: number; x: number; y: number };
  datasource?: { type: string; uid: string };
  targets?: { refId: string; expr: string; legendFormat: string; datasource: { type: string; uid: string } }[];
}

/** Every environment, and prod switched to the cloudnative-pg engine (with its Pooler). */
const CNPG = `${UNIT_TEST_ENV} (engine cloudnative-pg)`;
const envOf = (name: string): EnvironmentConfig => (name === CNPG ? cnpgUnitTestEnv() : environment(name));

function dashboardOf(name: string) {
  const env = envOf(name);
  const cm = find(monitoringObjects(env), 'ConfigMap', 'llm-stack-dashboard');
  const keys = Object.keys(cm.data);
  expect(keys).toEqual([`llm-stack-${env.name}.json`]);
  return { env, cm, json: JSON.parse(cm.data[keys[0]]) as { uid: string; title: string; panels: Panel[]; templating: { list: { name: string; type: string }[] } } };
}

/** Grafana's macros, replaced by what they stand for so that promtool can parse the query. */
function withoutMacros(expr: string): string {
  return expr.replace(/\$__rate_interval|\$__interval|\$__range/g, '5m');
}

/** The panels below each row, keyed by row title. */
function rows(panels: Panel[]): Map<string, Panel[]> {
  const out = new Map<string, Panel[]>();
  let current: Panel[] | undefined;
  for (const p of panels) {
    if (p.type === 'row') out.set(p.title, (current = []));
    else if (current) current.push(p);
    else throw new Error(`panel "${p.title}" is above the first row`);
  }
  return out;
}

const REQUIRED: Record<string, string[]> = {
  App: ['Request rate', 'Latency p50 / p95 / p99', 'Error rate', 'Pods and HPA', 'CPU', 'Memory'],
  // issue 11: the error budget of each SLO, and the LLM signals of the app metrics contract
  'Error budget': ['Availability error budget left (30 d)', 'Availability burn rate', 'Latency error budget left (30 d)', 'Latency burn rate'],
  'LLM API (app metrics contract)': ['LLM calls by outcome', 'LLM error and rate-limit ratio', 'LLM latency p50 / p95', 'Tokens per day'],
  PostgreSQL: ['Connections', 'Transactions', 'Database size', 'Oldest transaction', 'Transaction ID age'],
  Storage: ['Volume usage'],
  Backups: ['Backup age'],
};

/** Issue 12: the Cluster's own row, in cloudnative-pg mode only (the Pooler's panels where there is one). */
const CNPG_ROW = 'CloudNativePG';
const CNPG_PANELS = ['Instance roles', 'Streaming standbys', 'Replication lag', 'WAL archiving', 'Time since last archived WAL', 'Base backup age'];
const POOLER_PANELS = ['Pooler client connections', 'Pooler wait'];

describe.each([...ENV_NAMES, CNPG])('%s: Grafana dashboard', (name) => {
  const { env, cm, json } = dashboardOf(name);
  const panels = json.panels.filter((p) => p.type !== 'row');
  const targets = panels.flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title, ...t })));

  test('is a ConfigMap the Grafana sidecar picks up, with a dashboard unique to the environment', () => {
    expect(cm.metadata.labels).toMatchObject({ grafana_dashboard: '1' });
    expect(json.uid).toBe(`llm-stack-${env.name}`);
    expect(json.title).toBe(`LLM stack / ${env.name}`);
    expect(json.templating.list).toContainEqual(expect.objectContaining({ name: 'datasource', type: 'datasource' }));
  });

  test.each(Object.keys(REQUIRED))('row %s has its panels', (row) => {
    const titles = (rows(json.panels).get(row) ?? []).map((p) => p.title);
    expect(titles).toEqual(expect.arrayContaining(REQUIRED[row]));
  });

  test('the database panels read the metrics of the environment\'s engine only', () => {
    const cnpg = env.postgres.engine === 'cloudnative-pg';
    const titles = (rows(json.panels).get(CNPG_ROW) ?? []).map((p) => p.title);
    const pooler = cnpg && env.postgres.cloudnativePg.pooler.enabled;
    expect(titles).toEqual(cnpg ? [...CNPG_PANELS, ...(pooler ? POOLER_PANELS : [])] : []);
    const database = [...(rows(json.panels).get('PostgreSQL') ?? []), ...(rows(json.panels).get(CNPG_ROW) ?? [])].flatMap((p) => p.targets ?? []).map((t) => t.expr);
    expect(database.length).toBeGreaterThan(5);
    // the statefulset's exporter serves pg_* (job="postgresql"); a CloudNativePG instance cnpg_* and the plugin's barman_cloud_*
    const foreign = database.filter((e) => (cnpg ? /(^|[^_a-z])pg_[a-z]/.test(e) : /cnpg_|barman_cloud_/.test(e)));
    expect(foreign).toEqual([]);
  });

  test('latency shows p50, p95 and p99; Pods and HPA shows the HPA where there is one', () => {
    const latency = panels.find((p) => p.title === 'Latency p50 / p95 / p99')!;
    expect(latency.targets!.map((t) => /histogram_quantile\((0\.\d+),/.exec(t.expr)?.[1])).toEqual(['0.5', '0.95', '0.99']);
    const pods = panels.find((p) => p.title === 'Pods and HPA')!.targets!.map((t) => t.expr).join('\n');
    // canary mode: the Deployment runs no pods; the Rollout's replicas come from the Argo Rollouts controller
    expect(pods).toContain(env.app.delivery === 'canary' ? `rollout_info_replicas_available{${env.monitoring.argoRolloutsNamespaceLabel}="${env.namespace}", name="assistant"}` : 'kube_deployment_status_replicas_available');
    expect(pods.includes('kube_deployment_')).toBe(env.app.delivery !== 'canary');
    expect(pods.includes('kube_horizontalpodautoscaler_spec_max_replicas')).toBe(env.app.autoscaling.enabled);
  });

  test('panels have unique ids, fit the 24-column grid and query through the datasource variable', () => {
    const ids = json.panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of json.panels) expect(p.gridPos.x + p.gridPos.w).toBeLessThanOrEqual(24);
    for (const p of panels) {
      expect(p.datasource).toEqual({ type: 'prometheus', uid: '${datasource}' });
      expect(p.targets!.length).toBeGreaterThan(0);
    }
    // no two panels overlap
    const cells = new Set<string>();
    for (const p of json.panels) {
      for (let x = p.gridPos.x; x < p.gridPos.x + p.gridPos.w; x++) {
        for (let y = p.gridPos.y; y < p.gridPos.y + p.gridPos.h; y++) {
          expect(cells.has(`${x},${y}`)).toBe(false);
          cells.add(`${x},${y}`);
        }
      }
    }
  });

  test('every query is scoped to the environment\'s namespace', () => {
    for (const t of targets) expect({ panel: t.panel, unscoped: unscopedSelectors(env, withoutMacros(t.expr)) }).toEqual({ panel: t.panel, unscoped: [] });
  });

  describeWithTool('promtool', PROMTOOL, 'promtool', () => {
    test('every panel query is valid PromQL (promtool check rules, one recording rule per query)', () => {
      const rules = targets.map((t, i) => ({ record: `dashboard:query_${i}:${t.refId.toLowerCase()}`, expr: withoutMacros(t.expr) }));
      expect(rules.length).toBeGreaterThanOrEqual(15);
      const dir = tempDir('dashboard');
      try {
        const r = promtool(['check', 'rules', writeRuleFile(dir, [{ name: 'dashboard', rules }])], dir);
        expect(r.output).toContain(`SUCCESS: ${rules.length} rules found`);
        expect(r.status).toBe(0);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

describeWithTool('promtool', PROMTOOL, 'promtool: the dashboard query check', () => {
  test('fails on an invalid query', () => {
    const dir = tempDir('dashboard-bad');
    try {
      const r = promtool(['check', 'rules', writeRuleFile(dir, [{ name: 'dashboard', rules: [{ record: 'dashboard:bad', expr: 'sum(rate(x[5m])' }] }])], dir);
      expect(r.status).not.toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
