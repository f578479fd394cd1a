import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { canaryMetrics, renderedStartingStep } from '../charts/delivery/analysis';
import { ROLLOUT_HASH_LABEL } from '../charts/delivery';
import { EnvironmentConfig } from '../config/schema';
import { evaluateFlow, selectorMatches } from './netpol/evaluator';
import { clusterModel, evaluateTable } from './netpol/flows';
import { readEnvironment } from './netpol/rendered';
import { manifestValidator } from './support/schema-validator';
import { CONFIG, ENV_NAMES, environment, environmentWith, find, K8sObject, kinds, objectsOf, synthEnvironment } from './support/synth';

// app.delivery: rolling | canary (charts/delivery/). The rolling mode's output is the old
// Deployment byte for byte (the environment snapshots prove it); these tests prove the canary.

const canaryProd = (overrides: Record<string, unknown> = {}) => environmentWith('prod', { app: { delivery: 'canary', ...overrides } });
const appOf = (env: EnvironmentConfig) => synthEnvironment(env).get('app')!;
const rolloutOf = (env: EnvironmentConfig) => find(appOf(env), 'Rollout', 'assistant');
const templateOf = (env: EnvironmentConfig) => find(appOf(env), 'AnalysisTemplate', 'assistant-canary');
const metricsOf = (env: EnvironmentConfig): any[] => templateOf(env).spec.metrics;

describe('rolling mode (the default): a Deployment, nothing of Argo Rollouts', () => {
  test.each(ENV_NAMES.filter((n) => environment(n).app.delivery === 'rolling'))('%s', (name) => {
    const env = environment(name);
    const objects = objectsOf(env);
    expect(objects.filter((o) => o.apiVersion.startsWith('argoproj.io/'))).toEqual([]);
    const hpa = kinds(objects, 'HorizontalPodAutoscaler')[0];
    if (hpa) expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'assistant' });
    expect(find(objects, 'ServiceMonitor', 'assistant').spec.podTargetLabels).toBeUndefined();
    const spread = find(objects, 'Deployment', 'assistant').spec.template.spec.topologySpreadConstraints;
    expect(spread.map((c: any) => c.matchLabelKeys)).toEqual([['pod-template-hash'], ['pod-template-hash']]);
  });
});

describe('canary mode: a Rollout that references the Deployment', () => {
  const env = canaryProd();
  const objects = objectsOf(env);
  const rollout = rolloutOf(env);
  const deployment = find(objects, 'Deployment', 'assistant');
  const rolling = find(objectsOf(environment('prod')), 'Deployment', 'assistant');

  test('workloadRef names the Deployment; the Rollout has no template of its own', () => {
    expect(rollout.spec.workloadRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.metadata.name, scaleDown: 'onsuccess' });
    expect(rollout.spec.template).toBeUndefined();
    expect(rollout.spec.selector).toEqual(deployment.spec.selector);
    expect(canaryProd({ canary: { workloadScaleDown: 'progressively' } }).app.canary.workloadScaleDown).toBe('progressively');
    expect(rolloutOf(canaryProd({ canary: { workloadScaleDown: 'progressively' } })).spec.workloadRef.scaleDown).toBe('progressively');
  });

  test('the Deployment is the rolling one but for the ReplicaSet hash Argo Rollouts adds to its pods', () => {
    const spread = (d: K8sObject) => d.spec.template.spec.topologySpreadConstraints;
    expect(spread(deployment).map((c: any) => c.matchLabelKeys)).toEqual([
      ['pod-template-hash', ROLLOUT_HASH_LABEL],
      ['pod-template-hash', ROLLOUT_HASH_LABEL],
    ]);
    const strip = (d: K8sObject) => ({ ...d.spec, template: { ...d.spec.template, spec: { ...d.spec.template.spec, topologySpreadConstraints: spread(d).map((c: any) => ({ ...c, matchLabelKeys: [] })) } } });
    expect(strip(deployment)).toEqual(strip(rolling));
  });

  test('the HPA scales the Rollout; neither the Rollout nor the Deployment sets replicas under it', () => {
    expect(find(objects, 'HorizontalPodAutoscaler', 'assistant').spec.scaleTargetRef).toEqual({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'assistant' });
    expect(rollout.spec.replicas).toBeUndefined();
    expect(deployment.spec.replicas).toBeUndefined();
  });

  test('without an HPA the Rollout holds the replica count, and the Deployment still none', () => {
    const dev = environmentWith('dev', { app: { delivery: 'canary' } });
    expect(kinds(objectsOf(dev), 'HorizontalPodAutoscaler')).toEqual([]);
    expect(rolloutOf(dev).spec.replicas).toBe(dev.app.replicas);
    expect(find(objectsOf(dev), 'Deployment', 'assistant').spec.replicas).toBeUndefined();
  });

  test('steps from config: setWeight, then the pause (a duration, or none for manual)', () => {
    expect(rollout.spec.strategy.canary.steps).toEqual([
      { setWeight: 20 },
      { pause: { duration: '5m' } },
      { setWeight: 50 },
      { pause: { duration: '5m' } },
      { setWeight: 100 },
    ]);
    const custom = canaryProd({ canary: { steps: [{ setWeight: 10, pause: '90s' }, { setWeight: 40 }, { setWeight: 100, pause: 'manual' }] } });
    expect(rolloutOf(custom).spec.strategy.canary.steps).toEqual([{ setWeight: 10 }, { pause: { duration: '90s' } }, { setWeight: 40 }, { setWeight: 100 }, { pause: {} }]);
  });

  test('no stable pod goes before a canary pod is ready; a canary stuck past its deadline aborts', () => {
    expect(rollout.spec.strategy.canary).toMatchObject({ maxSurge: 1, maxUnavailable: 0 });
    expect(rollout.spec).toMatchObject({ progressDeadlineSeconds: 600, progressDeadlineAbort: true });
  });

  test('no traffic-routing-only field (Argo Rollouts v1.9.1 refuses them without trafficRouting: validation.go)', () => {
    const c = rollout.spec.strategy.canary;
    for (const f of ['trafficRouting', 'dynamicStableScale', 'scaleDownDelaySeconds', 'abortScaleDownDelaySeconds', 'canaryService', 'stableService']) expect(c[f]).toBeUndefined();
  });

  test('background analysis: the template, the canary hash argument, the step after the first weight', () => {
    expect(rollout.spec.strategy.canary.analysis).toEqual({
      templates: [{ templateName: 'assistant-canary' }],
      startingStep: 1,
      args: [{ name: 'canary-hash', valueFrom: { podTemplateHashValue: 'Latest' } }],
    });
    expect(templateOf(env).spec.args).toEqual([{ name: 'canary-hash' }]);
  });

  test('startingStep counts config steps: after that step\'s setWeight, whatever pauses come before', () => {
    const steps = [{ setWeight: 10, pause: '1m' }, { setWeight: 30 }, { setWeight: 60, pause: '1m' }, { setWeight: 100 }];
    const at = (startingStep: number) => rolloutOf(canaryProd({ canary: { steps, analysis: { startingStep } } })).spec.strategy.canary;
    // rendered: 0 setWeight 10, 1 pause, 2 setWeight 30, 3 setWeight 60, 4 pause, 5 setWeight 100
    expect([0, 1, 2].map((s) => at(s).analysis.startingStep)).toEqual([1, 3, 4]);
    for (const s of [0, 1, 2]) expect(at(s).steps[at(s).analysis.startingStep - 1]).toEqual({ setWeight: steps[s].setWeight });
    expect(renderedStartingStep(canaryProd({ canary: { steps, analysis: { startingStep: 2 } } }).app.canary)).toBe(4);
  });

  test('one Prometheus metric per signal, each on the canary hash, with the configured address', () => {
    const metrics = metricsOf(env);
    expect(metrics.map((m) => m.name)).toEqual(['error-rate', 'latency-p95', 'llm-provider-error-rate']);
    for (const m of metrics) {
      expect(m.provider.prometheus.address).toBe('http://kube-prometheus-stack-prometheus.monitoring.svc:9090');
      expect(m.provider.prometheus.query).toContain('rollouts_pod_template_hash="{{args.canary-hash}}"');
      expect(m.provider.prometheus.query).toContain('namespace="llm-stack-prod"');
    }
    const other = canaryProd();
    const moved = environmentWith('prod', { app: { delivery: 'canary' }, monitoring: { prometheusUrl: 'https://prometheus.example.net:9443' } });
    expect(metricsOf(moved)[0].provider.prometheus.address).toBe('https://prometheus.example.net:9443');
    expect(metricsOf(other)[0].provider.prometheus.address).not.toBe('https://prometheus.example.net:9443');
  });

  test('success and failure conditions from the thresholds; no data is inconclusive, or passes when configured', () => {
    const [errors, latency, llm] = metricsOf(env);
    expect(errors).toMatchObject({ successCondition: 'len(result) > 0 && result[0] <= 0.01', failureCondition: 'len(result) > 0 && result[0] > 0.01' });
    expect(latency).toMatchObject({ successCondition: 'len(result) > 0 && result[0] <= 30', failureCondition: 'len(result) > 0 && result[0] > 30' });
    expect(llm).toMatchObject({ successCondition: 'len(result) > 0 && result[0] <= 0.05', failureCondition: 'len(result) > 0 && result[0] > 0.05' });
    const tuned = canaryProd({ canary: { analysis: { maxErrorRatePercent: 2.5, maxLatencyP95Seconds: 12, maxLlmErrorRatePercent: 10, noTraffic: 'pass' } } });
    expect(metricsOf(tuned).map((m) => [m.successCondition, m.failureCondition])).toEqual([
      ['len(result) == 0 || isNaN(result[0]) || result[0] <= 0.025', 'len(result) > 0 && result[0] > 0.025'],
      ['len(result) == 0 || isNaN(result[0]) || result[0] <= 12', 'len(result) > 0 && result[0] > 12'],
      ['len(result) == 0 || isNaN(result[0]) || result[0] <= 0.1', 'len(result) > 0 && result[0] > 0.1'],
    ]);
  });

  test('the LLM provider metric only where it is switched on', () => {
    const off = canaryProd({ canary: { analysis: { llmProviderErrors: false } } });
    expect(metricsOf(off).map((m) => m.name)).toEqual(['error-rate', 'latency-p95']);
    expect(canaryMetrics(off).map((m) => m.name)).toEqual(['error-rate', 'latency-p95']);
  });

  test('measurement settings from config', () => {
    const [m] = metricsOf(env);
    expect(m).toMatchObject({ initialDelay: '2m', interval: '1m', failureLimit: 1, consecutiveErrorLimit: 4, inconclusiveLimit: 0 });
    expect(m.count).toBeUndefined();
    expect(m.consecutiveSuccessLimit).toBeUndefined();
    const tuned = canaryProd({ canary: { analysis: { interval: '30s', count: 10, failureLimit: 2, consecutiveSuccessLimit: 3, consecutiveErrorLimit: 2, inconclusiveLimit: 1, initialDelay: '90s', window: '10m' } } });
    expect(metricsOf(tuned)[0]).toMatchObject({ interval: '30s', count: 10, failureLimit: 2, consecutiveSuccessLimit: 3, consecutiveErrorLimit: 2, inconclusiveLimit: 1, initialDelay: '90s' });
    expect(metricsOf(tuned)[0].provider.prometheus.query).toContain('[10m]');
  });

  test('the Rollout and the AnalysisTemplate are in the app wave', () => {
    for (const o of [rollout, templateOf(env)]) expect(o.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('5');
  });

  test('the ServiceMonitor copies the ReplicaSet hash onto every target, as the queries read it', () => {
    expect(find(objects, 'ServiceMonitor', 'assistant').spec.podTargetLabels).toEqual([ROLLOUT_HASH_LABEL]);
  });

  test('Argo CD may sync the new kinds: the AppProject lists them (resourceKinds of the rendered objects)', () => {
    const { ArgoCdChart } = require('../charts/argocd');
    const { testApp, VERSION } = require('./support/synth');
    const chart = new ArgoCdChart(testApp(), 'argocd', { argocd: CONFIG.cluster.argocd, environments: [{ env, objects }], clusterObjects: [], version: VERSION });
    const project = chart.toJson().find((o: any) => o.kind === 'AppProject' && o.metadata.name === CONFIG.cluster.argocd.project);
    expect(project.spec.namespaceResourceWhitelist).toEqual(
      expect.arrayContaining([
        { group: 'argoproj.io', kind: 'Rollout' },
        { group: 'argoproj.io', kind: 'AnalysisTemplate' },
      ]),
    );
  });
});

describe('the canary pods are selected like the stable ones', () => {
  const env = canaryProd();
  const objects = objectsOf(env);
  const deployment = find(objects, 'Deployment', 'assistant');
  const stableLabels: Record<string, string> = deployment.spec.template.metadata.labels;
  // What Argo Rollouts gives the pods of the canary ReplicaSet: the template's labels plus its hash.
  const canaryLabels = { ...stableLabels, [ROLLOUT_HASH_LABEL]: '7d9f8c6b5' };

  test('the Rollout, the PDB and the Service select them', () => {
    expect(selectorMatches(rolloutOf(env).spec.selector, canaryLabels)).toBe(true);
    expect(selectorMatches(find(objects, 'PodDisruptionBudget', 'assistant').spec.selector, canaryLabels)).toBe(true);
    expect(selectorMatches({ matchLabels: find(objects, 'Service', 'assistant').spec.selector }, canaryLabels)).toBe(true);
  });

  test('the ServiceMonitor scrapes them: it selects the Service that selects them', () => {
    const monitor = find(objects, 'ServiceMonitor', 'assistant');
    const service = find(objects, 'Service', 'assistant');
    expect(selectorMatches(monitor.spec.selector, service.metadata.labels ?? {})).toBe(true);
    expect(service.spec.ports.map((p: any) => p.name)).toContain(monitor.spec.endpoints[0].port);
  });

  test('every NetworkPolicy treats a canary pod as a stable one (the whole flow table)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-canary-'));
    try {
      fs.writeFileSync(path.join(dir, 'all.yaml'), objects.map((o) => YAML.stringify(o)).join('---\n'));
      const rendered = readEnvironment(dir);
      const table = evaluateTable(env, rendered);
      expect(table.filter((f) => !f.ok)).toEqual([]);
      const isApp = (e: any) => e.kind === 'pod' && e.name === 'Deployment/assistant';
      const appFlows = table.filter((f) => isApp(f.source) || isApp(f.destination));
      expect(appFlows.length).toBeGreaterThan(5);
      const model = clusterModel(rendered);
      const asCanary = (e: any) => (isApp(e) ? { ...e, name: 'canary pod', labels: canaryLabels } : e);
      const verdicts = appFlows.map((f) => [f.why, evaluateFlow(model, asCanary(f.source), asCanary(f.destination), f.conn).allowed ? 'allow' : 'deny']);
      expect(verdicts).toEqual(appFlows.map((f) => [f.why, f.expect]));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('strict schema validation of the canary objects (imports/crds/argoproj.io.yaml, Argo Rollouts v1.9.1)', () => {
  const validator = manifestValidator();
  const variants: [string, EnvironmentConfig][] = [
    ['prod, defaults', canaryProd()],
    ['dev, no HPA', environmentWith('dev', { app: { delivery: 'canary' } })],
    [
      'every option set',
      canaryProd({
        canary: {
          steps: [{ setWeight: 5, pause: 'manual' }, { setWeight: 100, pause: '1h' }],
          workloadScaleDown: 'never',
          analysis: { count: 20, consecutiveSuccessLimit: 5, noTraffic: 'pass', llmProviderErrors: false },
        },
      }),
    ],
    ...ENV_NAMES.filter((n) => environment(n).app.delivery === 'canary').map((n): [string, EnvironmentConfig] => [`${n} (config/environments)`, environment(n)]),
  ];
  test.each(variants)('%s', (_name, env) => {
    const app = appOf(env);
    const argo = app.filter((o) => o.apiVersion.startsWith('argoproj.io/'));
    expect(argo.map((o) => o.kind).sort()).toEqual(['AnalysisTemplate', 'Rollout']);
    expect(app.flatMap((o) => validator.validate(o).map((p) => `${o.kind}/${o.metadata.name} ${p.path}: ${p.message}`))).toEqual([]);
  });

  test('the validator does check them: an unknown field in the Rollout fails', () => {
    const bad = JSON.parse(JSON.stringify(rolloutOf(canaryProd())));
    bad.spec.strategy.canary.stepz = [];
    expect(validator.validate(bad)).toContainEqual({ path: '/spec/strategy/canary', message: 'unknown field "stepz"' });
  });
});

describe('the Argo Rollouts ServiceMonitor of docs/delivery.md (install.yaml ships none)', () => {
  const doc = fs.readFileSync(path.join(__dirname, '..', 'docs', 'delivery.md'), 'utf8');
  const block = /Apply one once per cluster[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc);
  const monitor = block ? YAML.parse(block[1]) : undefined;

  test('is a valid ServiceMonitor', () => {
    expect(monitor?.kind).toBe('ServiceMonitor');
    expect(manifestValidator().validate(monitor)).toEqual([]);
  });

  test('selects the metrics Service of install.yaml v1.9.1 by its label and port name (test/metrics-catalogue/argo-rollouts.yaml)', () => {
    // manifests/base/argo-rollouts-metrics-service.yaml at v1.9.1
    const service = { labels: { 'app.kubernetes.io/name': 'argo-rollouts-metrics', 'app.kubernetes.io/component': 'server', 'app.kubernetes.io/part-of': 'argo-rollouts' }, ports: [{ name: 'metrics', port: 8090 }] };
    expect(selectorMatches(monitor.spec.selector, service.labels)).toBe(true);
    for (const e of monitor.spec.endpoints) expect(service.ports.map((p) => p.name)).toContain(e.port);
  });

  test('its honorLabels agrees with the default namespace label the alerts read, and it carries the default selection labels', () => {
    const canary = environmentWith('prod', { app: { delivery: 'canary' } });
    const honour = monitor.spec.endpoints.every((e: any) => e.honorLabels === true);
    expect(canary.monitoring.argoRolloutsNamespaceLabel).toBe(honour ? 'namespace' : 'exported_namespace');
    expect(monitor.metadata.labels).toEqual(canary.monitoring.serviceMonitorLabels);
  });
});
