import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { EnvironmentConfig } from '../../config/schema';
import { MonitoringChart } from '../../charts/monitoring';
import { deepFreeze, environment, environmentWith, K8sObject, testApp, VERSION } from '../support/synth';
import { which } from '../support/tools';
import { readYamlDocuments } from '../support/yaml-cache';

// Shared by the monitoring tests: the rendered PrometheusRules and dashboard of an
// environment, a promtool runner, and a small PromQL scanner for namespace scoping.

export const PROMTOOL = which('promtool');

/** The promtool unit tests (this folder) are written for the prod rules; README.md says why. */
export const UNIT_TEST_ENV = 'prod';

/**
 * `cloudnative-pg*.test.yaml` test the rules of the other database engine: prod's, switched to
 * `postgres.engine: cloudnative-pg` with the Pooler on (so the namespace and the thresholds are
 * prod's, and every cloudnative-pg alert is rendered). prod itself stays on the StatefulSet.
 */
export const CNPG_UNIT_TEST_OVERRIDES = { postgres: { engine: 'cloudnative-pg', cloudnativePg: { pooler: { enabled: true } } } } as const;

/**
 * `edge-gateway-api*.test.yaml` test the request rules of the Gateway API edge: prod's, switched
 * to `edge.kind: gateway-api` with Envoy Gateway (Envoy's cluster stats instead of ingress-nginx's
 * metrics: charts/monitoring/rules/edge-metrics.ts), as config/environments/preview.yaml sets it.
 */
export const GATEWAY_UNIT_TEST_OVERRIDES = {
  edge: { kind: 'gateway-api', gatewayApi: { implementation: 'envoy-gateway', acceptGaps: ['body-size-limit'] } },
  ingress: { rateLimit: { requestsPerSecond: 50, burstMultiplier: 1 } },
} as const;

/**
 * `delivery-canary*.test.yaml` test canary mode's own alerts (charts/delivery/rollout-alerts.ts):
 * prod's rules switched to `app.delivery: canary`, as config/environments/preview.yaml sets it.
 * They test no alert that prod also has, so the mutation test (prod's rules) never runs them.
 */
export const CANARY_UNIT_TEST_OVERRIDES = { app: { delivery: 'canary' } } as const;

/** The unit test files written for prod with overrides, by file name; the others are for prod itself. */
const VARIANTS: { file: RegExp; overrides: object; env?: EnvironmentConfig }[] = [
  { file: /^cloudnative-pg.*\.test\.yaml$/, overrides: CNPG_UNIT_TEST_OVERRIDES },
  { file: /^edge-gateway-api.*\.test\.yaml$/, overrides: GATEWAY_UNIT_TEST_OVERRIDES },
  { file: /^delivery-canary.*\.test\.yaml$/, overrides: CANARY_UNIT_TEST_OVERRIDES },
];

/** prod with a variant's overrides (one config object per variant, so that its rendering is cached). */
function variantEnv(v: (typeof VARIANTS)[number]): EnvironmentConfig {
  v.env ??= environmentWith(UNIT_TEST_ENV, v.overrides);
  return v.env;
}

/** prod in cloudnative-pg mode. */
export const cnpgUnitTestEnv = (): EnvironmentConfig => variantEnv(VARIANTS[0]);
/** prod with the Gateway API edge. */
export const gatewayUnitTestEnv = (): EnvironmentConfig => variantEnv(VARIANTS[1]);
/** prod in canary delivery mode. */
export const canaryUnitTestEnv = (): EnvironmentConfig => variantEnv(VARIANTS[2]);

/** The environment whose rules a unit test file is written for. */
export function unitTestEnvOf(file: string): EnvironmentConfig {
  const variant = VARIANTS.find((v) => v.file.test(file));
  return variant ? variantEnv(variant) : environment(UNIT_TEST_ENV);
}
export const UNIT_TEST_DIR = __dirname;
export const UNIT_TEST_FILES = fs
  .readdirSync(UNIT_TEST_DIR)
  .filter((f) => f.endsWith('.test.yaml'))
  .sort();
/**
 * Files named `*-long.test.yaml` evaluate days of series: test/e2e/monitoring-promtool-long.test.ts
 * (npm run test:e2e) runs them, npm test the others.
 */
const isLong = (f: string) => f.endsWith('-long.test.yaml');
export const QUICK_UNIT_TEST_FILES = UNIT_TEST_FILES.filter((f) => !isLong(f));
export const LONG_UNIT_TEST_FILES = UNIT_TEST_FILES.filter(isLong);

export interface RuleGroup {
  name: string;
  rules: { alert?: string; record?: string; expr: string; for?: string; labels?: Record<string, string>; annotations?: Record<string, string> }[];
}

const rendered = new WeakMap<EnvironmentConfig, K8sObject[]>();

/**
 * The environment's monitoring chart alone: it depends on nothing but the config, and
 * the threshold tests render it for dozens of variants of an environment.
 */
export function monitoringObjects(env: EnvironmentConfig): K8sObject[] {
  let objects = rendered.get(env);
  if (!objects) {
    objects = deepFreeze(new MonitoringChart(testApp(), 'monitoring', { env, version: VERSION }).toJson() as K8sObject[]);
    rendered.set(env, objects);
  }
  return objects;
}

/** The rule groups of the environment's rendered PrometheusRules, as Prometheus loads them. */
export function renderedGroups(env: EnvironmentConfig): RuleGroup[] {
  return monitoringObjects(env)
    .filter((o) => o.kind === 'PrometheusRule')
    .flatMap((o) => o.spec.groups as RuleGroup[]);
}

export function alertRules(env: EnvironmentConfig): NonNullable<RuleGroup['rules']> {
  return renderedGroups(env).flatMap((g) => g.rules.filter((r) => r.alert));
}

export function alertNames(env: EnvironmentConfig): string[] {
  return [...new Set(alertRules(env).map((r) => r.alert as string))];
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `llm-stack-${prefix}-`));
}

/**
 * Writes a rule file: YAML, as the operator hands rules to Prometheus (what `promtool check
 * rules` reads), or with `asJson` JSON, which is YAML too and takes a tenth of the time to
 * write (the unit test runs write hundreds of files).
 */
export function writeRuleFile(dir: string, groups: RuleGroup[], name = 'rules.yaml', asJson = false): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, asJson ? JSON.stringify({ groups }) : YAML.stringify({ groups }));
  return file;
}

export interface ToolResult {
  status: number | null;
  output: string;
}

export function promtool(args: string[], cwd: string): ToolResult {
  const r = spawnSync(PROMTOOL ?? 'promtool', args, { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, GOMAXPROCS: '1' } });
  if (r.error) throw r.error;
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/**
 * promtool runs started side by side take turns: at most one per core runs at a time, each
 * with one Go thread (GOMAXPROCS=1). Sixteen at once on 2 cores took half as much CPU again
 * as the same runs one per core (measured).
 */
const PROMTOOL_SLOTS = os.availableParallelism();
let promtoolsRunning = 0;
const promtoolQueue: (() => void)[] = [];

/** promtool, without blocking: the unit test files run side by side (promtool is single-file bound). */
export async function promtoolAsync(args: string[], cwd: string): Promise<ToolResult> {
  while (promtoolsRunning >= PROMTOOL_SLOTS) await new Promise<void>((resolve) => promtoolQueue.push(resolve));
  promtoolsRunning++;
  try {
    return await spawnPromtool(args, cwd);
  } finally {
    promtoolsRunning--;
    promtoolQueue.shift()?.();
  }
}

function spawnPromtool(args: string[], cwd: string): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(PROMTOOL ?? 'promtool', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GOMAXPROCS: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    timer.unref();
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

/** runUnitTestsOfGroups without blocking, so that mutants run side by side. */
export async function runUnitTestsOfGroupsAsync(rendered: RuleGroup[], alerts: Set<string>, engine: Engine = 'statefulset'): Promise<ToolResult & { groups: number }> {
  const dir = tempDir('promtool-unit');
  try {
    const { files, groups } = writeUnitTestsOf(dir, rendered, alerts, engine);
    if (files.length === 0) return { status: 0, output: 'no unit test evaluates these alerts', groups };
    return { ...(await promtoolAsync(['test', 'rules', ...files], dir)), groups };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `postgres.engine`: which unit test files are written for an environment's rules. */
export type Engine = EnvironmentConfig['postgres']['engine'];

/**
 * Writes into `dir`, of every unit test file written for `engine`'s rules, the test groups that
 * evaluate one of `alerts` (split as writeTestGroups does); returns the files written. (Both
 * engines have alerts of the same name, from different metrics.)
 */
function writeUnitTestsOf(dir: string, rendered: RuleGroup[], alerts: Set<string>, engine: Engine): { files: string[]; groups: number } {
  const names = ruleNames(rendered);
  const files: string[] = [];
  let groups = 0;
  for (const { file, doc } of readUnitTests().filter((t) => unitTestEnvOf(t.file).postgres.engine === engine)) {
    const picked = doc.tests.map((t, i) => ({ t, i })).filter(({ t }) => namesTestedBy(t, names).some((a) => alerts.has(a)));
    groups += picked.length;
    files.push(...writeTestGroups(dir, rendered, file, doc, picked.map(({ i }) => i)));
  }
  return { files, groups };
}

/** The unit tests of `file` against `env`'s rendered rules, without blocking, so that the files run in parallel. */
export async function runUnitTestFile(env: EnvironmentConfig, file: string): Promise<ToolResult> {
  const dir = tempDir('promtool-unit');
  try {
    const doc = readUnitTests().find((t) => t.file === file)!.doc;
    const files = writeTestGroups(dir, renderedGroups(env), file, doc, doc.tests.map((_, i) => i));
    return await promtoolAsync(['test', 'rules', ...files], dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs only the unit test groups that evaluate one of `alerts` (all files, filtered), against
 * `env`'s rendered rules. promtool spends most of its time per test group, so the threshold
 * mutation tests run just the groups that can notice the mutation.
 */
export function runUnitTestsOf(env: EnvironmentConfig, alerts: Set<string>): ToolResult & { groups: number } {
  return runUnitTestsOfGroups(renderedGroups(env), alerts, env.postgres.engine);
}

/** runUnitTestsOf on rule groups given as they are (the mutation tests edit rendered rules). */
export function runUnitTestsOfGroups(rendered: RuleGroup[], alerts: Set<string>, engine: Engine = 'statefulset'): ToolResult & { groups: number } {
  const dir = tempDir('promtool-unit');
  try {
    const { files, groups } = writeUnitTestsOf(dir, rendered, alerts, engine);
    if (files.length === 0) return { status: 0, output: 'no unit test evaluates these alerts', groups };
    return { ...promtool(['test', 'rules', ...files], dir), groups };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes test groups `indexes` of unit test file `file` into `dir` as one file each,
 * `<stem>.group-<n>.test.yaml` (n counts from 1 in the original file), each loading a rule file
 * of its own with only the rules its tests read: promtool evaluates every rule it loads at every
 * step of every test group, and that was most of its run time. An alert's evaluation reads
 * nothing but its own expression (and the recording rules in it), so what a test sees does not
 * change. Returns the files written, in order.
 */
export function writeTestGroups(dir: string, rendered: RuleGroup[], file: string, doc: UnitTestFile, indexes: number[]): string[] {
  const names = ruleNames(rendered);
  const stem = file.replace(/\.test\.yaml$/, '');
  return indexes.map((i) => {
    const test = doc.tests[i];
    const rules = `rules.${stem}.group-${i + 1}.yaml`;
    writeRuleFile(dir, rulesReadBy(rendered, namesTestedBy(test, names)), rules, true);
    const out = `${stem}.group-${i + 1}.test.yaml`;
    fs.writeFileSync(path.join(dir, out), JSON.stringify({ ...doc, rule_files: [rules], tests: [test] }));
    return out;
  });
}

const ruleName = (r: RuleGroup['rules'][number]): string => (r.alert ?? r.record)!;
const ruleNames = (groups: RuleGroup[]): Set<string> => new Set(groups.flatMap((g) => g.rules.map(ruleName)));
const IDENTIFIER = /[a-zA-Z_:][a-zA-Z0-9_:]*/g;

/** The rules (alerts, recording rules) a test group looks at: its alertnames and the rule names in its PromQL tests. */
function namesTestedBy(test: UnitTestFile['tests'][number], names: Set<string>): string[] {
  return [
    ...(test.alert_rule_test ?? []).map((a) => a.alertname),
    ...(test.promql_expr_test ?? []).flatMap((e) => (e.expr.match(IDENTIFIER) ?? []).filter((n) => names.has(n))),
  ];
}

/**
 * The rule groups cut down to the rules named and, transitively, every rule their expressions
 * read (a recording rule's name, or an alertname inside an ALERTS selector); an expression that
 * reads ALERTS without naming the alert keeps every alert.
 */
export function rulesReadBy(groups: RuleGroup[], names: Iterable<string>): RuleGroup[] {
  const all = groups.flatMap((g) => g.rules);
  const known = ruleNames(groups);
  const needed = new Set([...names].filter((n) => known.has(n)));
  const queue = [...needed];
  while (queue.length > 0) {
    const name = queue.pop()!;
    for (const rule of all.filter((r) => ruleName(r) === name)) {
      const reads = rule.expr.match(IDENTIFIER) ?? [];
      const everyAlert = /\bALERTS(_FOR_STATE)?\b/.test(rule.expr) && !/alertname\s*=/.test(rule.expr);
      for (const n of everyAlert ? [...reads, ...all.filter((r) => r.alert).map(ruleName)] : reads) {
        if (known.has(n) && !needed.has(n)) {
          needed.add(n);
          queue.push(n);
        }
      }
    }
  }
  return groups.map((g) => ({ ...g, rules: g.rules.filter((r) => needed.has(ruleName(r))) })).filter((g) => g.rules.length > 0);
}

/** A promtool unit test file, as far as the coverage checks need it. */
export interface UnitTestFile {
  rule_files: string[];
  evaluation_interval?: string;
  tests: {
    name?: string;
    interval?: string;
    input_series: { series: string; values: string }[];
    alert_rule_test?: { eval_time: string; alertname: string; exp_alerts?: { exp_labels?: Record<string, string>; exp_annotations?: Record<string, string> }[] }[];
    promql_expr_test?: { expr: string; eval_time: string }[];
  }[];
}

let unitTests: { file: string; doc: UnitTestFile }[] | undefined;

/** The unit test files, parsed once per jest worker (a quarter of a megabyte), frozen: callers share them. */
export function readUnitTests(): { file: string; doc: UnitTestFile }[] {
  unitTests ??= deepFreeze(UNIT_TEST_FILES.map((file) => ({ file, doc: readYamlDocuments(path.join(UNIT_TEST_DIR, file))[0] as UnitTestFile })));
  return unitTests;
}

/** Seconds to a Prometheus duration, largest unit first (5400 -> `1h30m`). */
export function duration(totalSeconds: number): string {
  const units: [string, number][] = [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]];
  let rest = Math.round(totalSeconds);
  let out = '';
  for (const [u, n] of units) {
    if (rest >= n) {
      out += `${Math.floor(rest / n)}${u}`;
      rest %= n;
    }
  }
  return out || '0s';
}

/** Prometheus duration to seconds (`1h30m` -> 5400). */
export function seconds(duration: string): number {
  const units: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };
  const parts = [...duration.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g)];
  if (parts.map((p) => p[0]).join('') !== duration) throw new Error(`not a duration: ${duration}`);
  return parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2]], 0);
}

// ---------------------------------------------------------------- PromQL scanning

export interface VectorSelector {
  /** Metric name, or '' for a bare `{...}` selector. */
  metric: string;
  /** Label matchers, e.g. { namespace: '="llm-stack-prod"' }: operator and quoted value. */
  matchers: Record<string, string>;
}

const AGGREGATORS = new Set(['sum', 'min', 'max', 'avg', 'group', 'stddev', 'stdvar', 'count', 'count_values', 'bottomk', 'topk', 'quantile', 'limitk', 'limit_ratio']);
const GROUPING = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);
const KEYWORDS = new Set(['and', 'or', 'unless', 'bool', 'offset', 'atan2', 'inf', 'nan', 'Inf', 'NaN']);

/**
 * Every vector selector in a PromQL expression: `metric`, `metric{...}` or `{...}`.
 * A scanner, not a parser: enough for the expressions this project writes, and strict
 * enough to fail on one it does not understand.
 */
export function vectorSelectors(expr: string): VectorSelector[] {
  const out: VectorSelector[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < expr.length && /\s/.test(expr[i])) i++;
  };
  const readBraces = (): Record<string, string> => {
    // expr[i] === '{'
    const matchers: Record<string, string> = {};
    i++;
    for (;;) {
      skipSpace();
      if (expr[i] === '}') {
        i++;
        return matchers;
      }
      const m = /^([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*,?/.exec(expr.slice(i));
      if (!m) throw new Error(`cannot read label matchers at ${i} in: ${expr}`);
      matchers[m[1]] = `${m[2]}"${m[3]}"`;
      i += m[0].length;
    }
  };
  while (i < expr.length) {
    const c = expr[i];
    if (/\s/.test(c) || '()+-*/%^,<>=!'.includes(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      const end = expr.indexOf(c, i + 1);
      if (end < 0) throw new Error(`unterminated string in: ${expr}`);
      i = end + 1;
    } else if (c === '[') {
      i = expr.indexOf(']', i) + 1;
      if (i === 0) throw new Error(`unterminated range in: ${expr}`);
    } else if (c === '{') {
      out.push({ metric: '', matchers: readBraces() });
    } else if (/[0-9.]/.test(c)) {
      // a number, or a duration (`offset 93600s`: its unit is no selector)
      const m = /^[0-9.]+(e[+-]?[0-9]+)?([0-9]*(ms|[smhdwy]))*/i.exec(expr.slice(i));
      i += m ? m[0].length : 1;
    } else if (/[a-zA-Z_:]/.test(c)) {
      const word = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(expr.slice(i))![0];
      i += word.length;
      skipSpace();
      if (GROUPING.has(word)) {
        if (expr[i] === '(') i = expr.indexOf(')', i) + 1;
      } else if (KEYWORDS.has(word) || AGGREGATORS.has(word)) {
        // operator or aggregation: its operands are scanned on their own
      } else if (expr[i] === '(') {
        // a function call
      } else if (expr[i] === '{') {
        out.push({ metric: word, matchers: readBraces() });
      } else {
        out.push({ metric: word, matchers: {} });
      }
    } else {
      throw new Error(`unexpected "${c}" at ${i} in: ${expr}`);
    }
  }
  return out;
}

/**
 * The label that scopes a metric to an environment: cert-manager's and the ingress
 * controller's metrics name the Certificate's or Ingress's namespace differently.
 */
export function scopeLabel(env: EnvironmentConfig, metric: string): string {
  if (metric.startsWith('certmanager_')) return env.monitoring.certManagerNamespaceLabel;
  if (metric.startsWith('nginx_ingress_controller_')) return env.monitoring.ingressNamespaceLabel;
  if (metric.startsWith('rollout_info')) return env.monitoring.argoRolloutsNamespaceLabel;
  return 'namespace';
}

/** Cluster-scoped series (no namespace); a rule may read them only joined to this namespace's series. */
export const CLUSTER_SCOPED_METRICS = new Set(['kube_persistentvolume_status_phase']);

/** `up` of a scrape target the environment depends on that runs in its own namespace (cert-manager, the ingress controller). */
function isDependencyTarget(env: EnvironmentConfig, s: VectorSelector): boolean {
  const { certManager, ingressController } = env.monitoring;
  return (
    s.metric === 'up' &&
    [certManager, ingressController].some((t) => s.matchers.namespace === `="${t.namespace}"` && s.matchers.job === `="${t.job}"`)
  );
}

/**
 * Is the selector pinned to the environment? Envoy's cluster stats carry no namespace of ours:
 * Envoy Gateway names the cluster of an HTTPRoute rule `httproute/<namespace>/<route>/rule/<n>`.
 */
function scoped(env: EnvironmentConfig, s: VectorSelector): boolean {
  if (s.metric.startsWith('envoy_cluster_')) return /^=~?"httproute\/([^/]+)\//.exec(s.matchers.envoy_cluster_name ?? '')?.[1] === env.namespace;
  return s.matchers[scopeLabel(env, s.metric)] === `="${env.namespace}"`;
}

/** Selectors of `expr` that are not pinned to the environment's namespace. */
export function unscopedSelectors(env: EnvironmentConfig, expr: string): string[] {
  const selectors = vectorSelectors(expr);
  const joined = selectors.some((s) => scoped(env, s));
  return selectors
    .filter((s) => !scoped(env, s))
    .filter((s) => !isDependencyTarget(env, s))
    .filter((s) => !(CLUSTER_SCOPED_METRICS.has(s.metric) && joined))
    .map((s) => `${s.metric}{${Object.entries(s.matchers).map(([k, v]) => `${k}${v}`).join(', ')}}`);
}
