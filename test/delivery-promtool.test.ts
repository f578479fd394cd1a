import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { CANARY_HASH_ARG } from '../charts/delivery/analysis';
import { prometheusLabelName } from '../charts/delivery';
import { APP_METRICS_CONTRACT, GEN_AI_DURATION, HTTP_SERVER_DURATION } from '../charts/monitoring/contract';
import { EnvironmentConfig } from '../config/schema';
import { monitoringObjects, PROMTOOL, promtool, renderedGroups, RuleGroup, tempDir, ToolResult, vectorSelectors } from './promtool/harness';
import { environmentWith, find, objectsOf } from './support/synth';
import { describeWithTool } from './support/tools';

// Each query of the rendered AnalysisTemplate, evaluated by promtool against synthetic series
// of a canary and a stable ReplicaSet. A metric's success and failure conditions
// (`len(result) > 0 && result[0] <= T`, `... > T`) become two alert rules, `(<query>) <= T`
// and `(<query>) > T`: a PromQL comparison keeps exactly the samples the condition holds for,
// and drops NaN as the condition does, so an alert fires exactly when the condition is true.
// Neither firing is an Inconclusive measurement (no canary traffic).

const CANARY = 'c4n4ry7f9';
const STABLE = 'st4b1e5d8';
const EVAL = '12m';

const env: EnvironmentConfig = environmentWith('prod', { app: { delivery: 'canary' } });
const objects = objectsOf(env);
const template = find(objects, 'AnalysisTemplate', 'assistant-canary');
const hashLabel = prometheusLabelName(find(objects, 'ServiceMonitor', 'assistant').spec.podTargetLabels[0]);

interface Checked {
  readonly name: string;
  readonly query: string;
  readonly threshold: number;
}

/** The rendered metric's query for the canary hash, and the threshold its conditions share. */
function checkedMetric(m: any): Checked {
  const success = /^len\(result\) > 0 && result\[0\] <= (\S+)$/.exec(m.successCondition);
  const failure = /^len\(result\) > 0 && result\[0\] > (\S+)$/.exec(m.failureCondition);
  if (!success || !failure || success[1] !== failure[1]) throw new Error(`${m.name}: conditions of an unknown form: ${m.successCondition} / ${m.failureCondition}`);
  const query: string = m.provider.prometheus.query;
  if (!query.includes(`{{args.${CANARY_HASH_ARG}}}`)) throw new Error(`${m.name}: the query does not use the canary hash`);
  return { name: m.name, query: query.split(`{{args.${CANARY_HASH_ARG}}}`).join(CANARY), threshold: Number(success[1]) };
}

const alertName = (metric: string, verdict: 'Passes' | 'Fails') => `Canary_${metric.replace(/-/g, '_')}_${verdict}`;

function ruleGroups(metrics: Checked[]): RuleGroup[] {
  return [
    {
      name: 'canary-analysis',
      rules: metrics.flatMap((m) => [
        { alert: alertName(m.name, 'Passes'), expr: `(\n${m.query}\n) <= ${m.threshold}` },
        { alert: alertName(m.name, 'Fails'), expr: `(\n${m.query}\n) > ${m.threshold}` },
      ]),
    },
  ];
}

// --- synthetic series, as Prometheus stores them from the ServiceMonitor's targets ---

interface PodLoad {
  /** HTTP requests per minute, by status. */
  readonly http: Record<string, number>;
  /** Share of the non-websocket requests slower than 30 s (in the 60 s bucket). */
  readonly slowShare: number;
  /** Websocket sessions per minute (status 101, hours long: the +Inf bucket). */
  readonly websockets: number;
  /** LLM calls per minute, by error_type ('' for success). */
  readonly llm: Record<string, number>;
}

const HTTP_BUCKETS = APP_METRICS_CONTRACT.find((m) => m.name === HTTP_SERVER_DURATION)!.buckets!;

function podSeries(hash: string, load: PodLoad): { series: string; values: string }[] {
  const target = `namespace="${env.namespace}", job="assistant", service="assistant", endpoint="metrics", container="assistant", pod="assistant-${hash}-x7k2p", ${hashLabel}="${hash}"`;
  const counter = (name: string, labels: string, perMinute: number) => ({ series: `${name}{${target}${labels}}`, values: `0+${perMinute}x20` });
  const out: { series: string; values: string }[] = [];
  const statuses: [string, number][] = [...Object.entries(load.http), ['101', load.websockets]];
  for (const [status, perMinute] of statuses) {
    const l = `, http_request_method="GET", http_route="/", http_response_status_code="${status}"`;
    out.push(counter(`${HTTP_SERVER_DURATION}_count`, l, perMinute));
    for (const le of [...HTTP_BUCKETS.map(String), '+Inf']) {
      // Fast requests take 0.2 s, slow ones 45 s; websocket sessions outlast every bucket.
      const fast = status === '101' ? 0 : perMinute * (1 - load.slowShare);
      const upTo = le === '+Inf' ? perMinute : Number(le) >= 45 ? (status === '101' ? 0 : perMinute) : Number(le) >= 0.2 ? fast : 0;
      out.push(counter(`${HTTP_SERVER_DURATION}_bucket`, `${l}, le="${le}"`, upTo));
    }
  }
  for (const [errorType, perMinute] of Object.entries(load.llm)) {
    const l = `, gen_ai_operation_name="chat", gen_ai_provider_name="groq", gen_ai_request_model="openai/gpt-oss-120b"${errorType ? `, error_type="${errorType}"` : ''}`;
    out.push(counter(`${GEN_AI_DURATION}_count`, l, perMinute));
  }
  return out;
}

const HEALTHY: PodLoad = { http: { '200': 991, '500': 9 }, slowShare: 0.02, websockets: 30, llm: { '': 960, '429': 30, '503': 10 } };
/** The stable pods are broken in every way: a canary that reads their series fails. */
const BROKEN_STABLE: PodLoad = { http: { '200': 500, '500': 500 }, slowShare: 0.5, websockets: 30, llm: { '': 500, '503': 300, timeout: 200 } };

interface Scenario {
  readonly name: string;
  readonly canary?: PodLoad;
  /** Metrics whose failure condition holds; every other one passes (unless `inconclusive`). */
  readonly failing: string[];
  readonly inconclusive?: boolean;
}

const SCENARIOS: Scenario[] = [
  { name: 'healthy canary (0.9 % errors, 2 % slow, 1 % LLM failures and 3 % rate limited), broken stable pods', canary: HEALTHY, failing: [] },
  { name: 'canary errors just above the limit (1.1 %)', canary: { ...HEALTHY, http: { '200': 989, '500': 11 } }, failing: ['error-rate'] },
  { name: 'canary 503s count as 5xx', canary: { ...HEALTHY, http: { '200': 950, '503': 50 } }, failing: ['error-rate'] },
  { name: 'canary slow: 10 % of its requests take 45 s', canary: { ...HEALTHY, slowShare: 0.1 }, failing: ['latency-p95'] },
  { name: 'canary LLM calls fail (6 % timeouts and 5xx)', canary: { ...HEALTHY, llm: { '': 940, timeout: 30, '500': 30 } }, failing: ['llm-provider-error-rate'] },
  { name: 'canary rate limited by the provider only (429 is not a provider error)', canary: { ...HEALTHY, llm: { '': 700, '429': 300 } }, failing: [] },
  { name: 'no canary series at all: inconclusive', failing: [], inconclusive: true },
  {
    name: 'canary with no traffic (flat counters): inconclusive',
    canary: { http: { '200': 0 }, slowShare: 0, websockets: 0, llm: { '': 0 } },
    failing: [],
    inconclusive: true,
  },
];

function unitTests(metrics: Checked[]) {
  return {
    rule_files: ['rules.yaml'],
    evaluation_interval: '1m',
    tests: SCENARIOS.map((s) => ({
      name: s.name,
      interval: '1m',
      input_series: [...podSeries(STABLE, BROKEN_STABLE), ...(s.canary ? podSeries(CANARY, s.canary) : [])],
      alert_rule_test: metrics.flatMap((m) => {
        const fails = s.failing.includes(m.name);
        const fire = [{ exp_labels: {} }];
        return [
          { eval_time: EVAL, alertname: alertName(m.name, 'Passes'), exp_alerts: !s.inconclusive && !fails ? fire : [] },
          { eval_time: EVAL, alertname: alertName(m.name, 'Fails'), exp_alerts: !s.inconclusive && fails ? fire : [] },
        ];
      }),
    })),
  };
}

function run(groups: RuleGroup[], metrics: Checked[]): ToolResult {
  const dir = tempDir('canary-analysis');
  try {
    fs.writeFileSync(path.join(dir, 'rules.yaml'), YAML.stringify({ groups }));
    fs.writeFileSync(path.join(dir, 'canary.test.yaml'), YAML.stringify(unitTests(metrics)));
    return promtool(['test', 'rules', 'canary.test.yaml'], dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the analysis queries read only the app metrics contract', () => {
  // The labels Prometheus Operator puts on every target of a ServiceMonitor (pkg/prometheus/promcfg.go
  // at v0.93.0), and the one the app's ServiceMonitor copies from the pods in canary mode.
  const TARGET_LABELS = ['job', 'instance', 'namespace', 'pod', 'container', 'service', 'endpoint', hashLabel];
  const queries: [string, string][] = template.spec.metrics.map((m: any) => [m.name, m.provider.prometheus.query]);
  test.each(queries)('%s', (_name, query) => {
    const selectors = vectorSelectors(query);
    expect(selectors.length).toBeGreaterThan(0);
    for (const s of selectors) {
      const family = APP_METRICS_CONTRACT.find((m) => [`${m.name}_count`, `${m.name}_bucket`, `${m.name}_sum`].includes(s.metric));
      expect([s.metric, family?.name]).toEqual([s.metric, expect.any(String)]);
      const known = [...Object.keys(family!.labels), ...TARGET_LABELS, ...(s.metric.endsWith('_bucket') ? ['le'] : [])];
      expect(Object.keys(s.matchers).filter((l) => !known.includes(l))).toEqual([]);
      expect(s.matchers[hashLabel]).toBeDefined();
    }
  });
});

describeWithTool('promtool', PROMTOOL, 'promtool: the canary analysis queries of the rendered AnalysisTemplate', () => {
  const metrics: Checked[] = template.spec.metrics.map(checkedMetric);

  test('every metric is checked: error rate, p95 latency, LLM provider errors', () => {
    expect(metrics.map((m) => m.name)).toEqual(['error-rate', 'latency-p95', 'llm-provider-error-rate']);
    expect(metrics.map((m) => m.threshold)).toEqual([0.01, 30, 0.05]);
  });

  test('pass on a healthy canary, fail on an unhealthy one, whatever the stable pods do', () => {
    const r = run(ruleGroups(metrics), metrics);
    if (r.status !== 0) throw new Error(`promtool test rules failed:\n${r.output}`);
  }, 60_000);

  test('the tests can fail: without the canary-hash matcher the stable pods\' series fail the canary', () => {
    const blind = metrics.map((m) => ({ ...m, query: m.query.split(`, ${hashLabel}="${CANARY}"`).join('') }));
    expect(blind.every((m, i) => m.query !== metrics[i].query)).toBe(true);
    const r = run(ruleGroups(blind), metrics);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('healthy canary');
  }, 60_000);

  test('the tests can fail: a threshold moved below the healthy canary\'s value', () => {
    const strict = metrics.map((m) => (m.name === 'error-rate' ? { ...m, threshold: 0.008 } : m));
    const r = run(ruleGroups(strict), metrics);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(alertName('error-rate', 'Passes'));
  }, 60_000);
});

// AssistantDown in canary mode: the Deployment runs no pods, so the alert reads the pods of the
// app's ReplicaSets (charts/delivery/availability.ts) instead of kube_deployment_*.
describeWithTool('promtool', PROMTOOL, 'promtool: AssistantDown in canary mode', () => {
  const rule = renderedGroups(env).flatMap((g) => g.rules).find((r) => r.alert === 'AssistantDown')!;
  const ns = env.namespace;
  const pod = (name: string, ownerKind: string, ownerName: string, ready: string) => [
    { series: `kube_pod_owner{namespace="${ns}", pod="${name}", owner_kind="${ownerKind}", owner_name="${ownerName}", owner_is_controller="true", uid="u-${name}"}`, values: '1x20' },
    { series: `kube_pod_status_ready{namespace="${ns}", pod="${name}", condition="true", uid="u-${name}"}`, values: ready },
  ];
  const firing = [
    {
      exp_labels: { namespace: ns, severity: rule.labels!.severity },
      exp_annotations: {
        summary: `The assistant has no available pod in ${ns}.`,
        description: `Rollout ${ns}/assistant has had no ready pod for 5 minutes: every request to the app fails.`,
        runbook_url: rule.annotations!.runbook_url,
      },
    },
  ];
  const cases = [
    { name: 'canary and stable pods ready', series: [...pod(`assistant-${CANARY}-x7k2p`, 'ReplicaSet', `assistant-${CANARY}`, '1x20'), ...pod(`assistant-${STABLE}-q9w8e`, 'ReplicaSet', `assistant-${STABLE}`, '1x20')], at: { '10m': false } },
    { name: 'only the canary pod ready', series: [...pod(`assistant-${CANARY}-x7k2p`, 'ReplicaSet', `assistant-${CANARY}`, '1x20'), ...pod(`assistant-${STABLE}-q9w8e`, 'ReplicaSet', `assistant-${STABLE}`, '0x20')], at: { '10m': false } },
    {
      name: 'no app pod ready; a ready migration Job pod does not count',
      series: [
        ...pod(`assistant-${CANARY}-x7k2p`, 'ReplicaSet', `assistant-${CANARY}`, '0x20'),
        ...pod(`assistant-${STABLE}-q9w8e`, 'ReplicaSet', `assistant-${STABLE}`, '0x20'),
        ...pod('assistant-migration-1-0-0-abcde', 'Job', 'assistant-migration-1-0-0', '1x20'),
      ],
      at: { '4m': false, '6m': true },
    },
    { name: 'no app pod at all', series: [...pod('assistant-migration-1-0-0-abcde', 'Job', 'assistant-migration-1-0-0', '1x20')], at: { '4m': false, '6m': true } },
  ];

  test('the rule reads the ReplicaSets\' pods, not the Deployment', () => {
    expect(rule.expr).not.toContain('kube_deployment');
    expect(find(monitoringObjects(environmentWith('prod', {})), 'PrometheusRule', 'assistant-alerts').spec.groups[0].rules.find((r: any) => r.alert === 'AssistantDown').expr).toContain('kube_deployment_spec_replicas');
  });

  test('fires when no pod of the Rollout is ready, or there is none; stays quiet while one is', () => {
    const dir = tempDir('canary-down');
    try {
      fs.writeFileSync(path.join(dir, 'rules.yaml'), YAML.stringify({ groups: [{ name: 'assistant', rules: [rule] }] }));
      const tests = cases.map((c) => ({
        name: c.name,
        interval: '1m',
        input_series: c.series,
        alert_rule_test: Object.entries(c.at).map(([t, fires]) => ({ eval_time: t, alertname: 'AssistantDown', exp_alerts: fires ? firing : [] })),
      }));
      fs.writeFileSync(path.join(dir, 'down.test.yaml'), YAML.stringify({ rule_files: ['rules.yaml'], evaluation_interval: '1m', tests }));
      const r = promtool(['test', 'rules', 'down.test.yaml'], dir);
      if (r.status !== 0) throw new Error(`promtool test rules failed:\n${r.output}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
