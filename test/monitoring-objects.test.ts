import { ConfigError, parseEnvironment } from '../config/load';
import { SYNC_WAVES } from '../lib/sync-waves';
import { environment, environmentWith, ENV_NAMES, find, K8sObject, kinds, objectsOf, podSpecOf, synthEnvironment } from './support/synth';
import { CLUSTER_NAME, CNPG_METRICS_PORT, instancePodLabels, POOLER_METRICS_PORT, POOLER_NAME, poolerPodLabels } from '../charts/cloudnative-pg/names';
import { alertNames, alertRules, monitoringObjects, renderedGroups, seconds, unscopedSelectors, vectorSelectors } from './promtool/harness';

// The monitoring chart's objects: what they scrape, how their rules are written, and how the
// configuration reaches them. promtool itself runs in monitoring-promtool.test.ts.

const ALERTS = [
  // issue 10: Chroma's weekly restore verification
  'ChromaRestoreVerificationFailed',
  'ChromaRestoreVerificationStale',
  'AssistantDown',
  'AssistantHighLatencyP95',
  'AssistantHighErrorRate',
  'AssistantHighCpu',
  'AssistantHighMemory',
  'AssistantRateLimitHitsHigh',
  'AssistantMetricsTargetDown',
  'IngressControllerMetricsAbsent',
  'AssistantAvailabilityBudgetBurnFast',
  'AssistantAvailabilityBudgetBurnSlow',
  'AssistantLatencyBudgetBurnFast',
  'AssistantLatencyBudgetBurnSlow',
  'LlmProviderRateLimited',
  'LlmProviderErrors',
  'LlmHighLatency',
  'LlmTokenBudgetAtRisk',
  'ContainerCrashLooping',
  'ContainerOomKilled',
  'PodNotReady',
  'RolloutStuck',
  'ResourceQuotaAlmostFull',
  'PostgresqlDown',
  'PostgresqlTooManyConnections',
  'PostgresqlDeadlocks',
  'PostgresqlRestarted',
  'PostgresqlExporterErrors',
  'PostgresqlLongTransaction',
  'PostgresqlIdleInTransaction',
  'PostgresqlTxidWraparound',
  'PostgresqlHighRollbackRate',
  'ChromaNotReady',
  'PersistentVolumeUsageHigh',
  'PersistentVolumeFillingUp',
  'PersistentVolumeInodesLow',
  'PersistentVolumeClaimPending',
  'PersistentVolumeErrors',
  'BackupStale',
  'BackupNeverSucceeded',
  'BackupJobFailed',
  'TlsCertificateExpiringSoon',
  'TlsCertificateNotReady',
  'CertManagerAbsent',
];

const subset = (small: Record<string, string> | undefined, big: Record<string, string> | undefined) =>
  Object.entries(small ?? {}).every(([k, v]) => big?.[k] === v);

/** Pod templates of the environment's workloads, with the workload they belong to. */
function podTemplates(objects: K8sObject[]): { owner: string; template: any }[] {
  return objects.flatMap((o) => {
    const template = podSpecOf(o);
    return template && o.kind !== 'Pod' ? [{ owner: `${o.kind}/${o.metadata.name}`, template }] : [];
  });
}

/**
 * The alerts of an environment: with a Gateway API edge, Envoy's local rate limit refuses
 * requests before any per-route stat counts them, so there is no AssistantRateLimitHitsHigh
 * (charts/monitoring/rules/edge-metrics.ts, docs/edge.md).
 */
const alertsOf = (env: { edge: { kind: string }; app: { delivery: string } }) => [
  ...(env.edge.kind === 'gateway-api' ? ALERTS.filter((a) => a !== 'AssistantRateLimitHitsHigh') : ALERTS),
  ...(env.app.delivery === 'canary' ? CANARY_ALERTS : []),
];

/** Canary mode: a failed canary and the Argo Rollouts metrics it is seen by (charts/delivery/rollout-alerts.ts). */
const CANARY_ALERTS = ['AssistantRolloutFailed', 'ArgoRolloutsMetricsAbsent'];

/** Issue 12: the cloudnative-pg engine's alerts; PostgresqlDown is the statefulset's (CnpgPrimaryMissing stands for it). */
const CNPG_ALERTS = ['CnpgPrimaryMissing', 'CnpgPrimaryChanged', 'CnpgReplicationLagHigh', 'CnpgWalArchivingFailing', 'CnpgBackupStale', 'CnpgBackupNeverSucceeded'];
const CNPG_STANDBY_ALERTS = ['CnpgStandbyMissing'];
const CNPG_POOLER_ALERTS = ['CnpgPoolerClientsSaturated', 'CnpgPoolerClientsWaiting'];

/** alertsOf(env), by the environment's database engine too. */
function expectedAlerts(env: ReturnType<typeof environment>): string[] {
  if (env.postgres.engine === 'statefulset') return alertsOf(env);
  const { instances, pooler } = env.postgres.cloudnativePg;
  return [
    ...alertsOf(env).filter((a) => a !== 'PostgresqlDown'),
    ...CNPG_ALERTS,
    ...(instances > 1 ? CNPG_STANDBY_ALERTS : []),
    ...(pooler.enabled ? CNPG_POOLER_ALERTS : []),
  ];
}

describe.each(ENV_NAMES)('%s: monitoring objects', (name) => {
  const env = environment(name);
  const ns = env.namespace;
  const objects = objectsOf(env);
  const monitoring = synthEnvironment(env).get('monitoring')!;

  const statefulset = env.postgres.engine === 'statefulset';

  test('one ServiceMonitor, the exporter\'s PodMonitor (statefulset engine), one PrometheusRule per component and the dashboard, synced after the app', () => {
    expect(monitoring.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual(
      [
        'ConfigMap/llm-stack-dashboard',
        ...(statefulset ? ['PodMonitor/postgresql'] : ['PrometheusRule/cloudnative-pg-alerts']),
        ...(env.app.delivery === 'canary' ? ['PrometheusRule/delivery-alerts'] : []),
        'PrometheusRule/assistant-alerts',
        'PrometheusRule/backup-alerts',
        'PrometheusRule/chroma-alerts',
        'PrometheusRule/chroma-backup-alerts',
        'PrometheusRule/llm-alerts',
        'PrometheusRule/postgresql-alerts',
        'PrometheusRule/slo-alerts',
        'PrometheusRule/storage-alerts',
        'PrometheusRule/tls-alerts',
        'PrometheusRule/workloads-alerts',
        'ServiceMonitor/assistant',
      ].sort(),
    );
    for (const o of monitoring) {
      expect(o.metadata.namespace).toBe(ns);
      // ConfigMaps go early whichever chart holds them (lib/sync-waves.ts); the rest comes last
      if (o.kind !== 'ConfigMap') expect(o.metadata.annotations?.['argocd.argoproj.io/sync-wave']).toBe(String(SYNC_WAVES.monitoring));
      expect(o.metadata.labels).toMatchObject({ 'app.kubernetes.io/component': 'monitoring', 'app.kubernetes.io/part-of': 'llm-stack' });
    }
    expect([...synthEnvironment(env).keys()].pop()).toBe('monitoring');
  });

  test('the ServiceMonitor scrapes /metrics on the app Service\'s metrics port, which the Ingress never routes', () => {
    const sm = find(monitoring, 'ServiceMonitor', 'assistant');
    expect(sm.metadata.labels).toMatchObject({ release: 'kube-prometheus-stack' });
    expect(sm.spec.namespaceSelector).toEqual({ matchNames: [ns] });
    const selected = kinds(objects, 'Service').filter((s) => s.metadata.namespace === ns && subset(sm.spec.selector.matchLabels, s.metadata.labels));
    expect(selected.map((s) => s.metadata.name)).toEqual(['assistant']);
    expect(sm.spec.endpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: env.monitoring.scrapeInterval }]);
    const port = selected[0].spec.ports.find((p: any) => p.name === 'metrics');
    expect(port.port).toBe(env.monitoring.appMetricsPort);
    expect(port.port).not.toBe(8501);
    // the container serves it under the same name
    const app = find(objects, 'Deployment', 'assistant').spec.template.spec.containers.find((c: any) => c.name === 'assistant');
    expect(app.ports).toContainEqual(expect.objectContaining({ name: 'metrics', containerPort: env.monitoring.appMetricsPort }));
    // every Ingress backend is the UI port, by name or number
    const backends = [
      ...kinds(objects, 'Ingress').flatMap((i) => i.spec.rules.flatMap((r: any) => r.http.paths.map((p: any) => p.backend.service))),
      ...kinds(objects, 'HTTPRoute').flatMap((h) => h.spec.rules.flatMap((r: any) => (r.backendRefs ?? []).map((b: any) => ({ name: b.name, port: { number: b.port } })))),
    ];
    expect(backends.length).toBeGreaterThan(0);
    for (const b of backends) expect(String(b.port.name ?? b.port.number)).not.toMatch(/^(metrics|9090)$/);
    for (const b of backends) expect([b.port.name, b.port.number]).not.toContain(env.monitoring.appMetricsPort);
  });

  test('cloudnative-pg engine: the Cluster\'s and the Pooler\'s PodMonitors scrape the exporters the rules read, the monitoring chart none', () => {
    if (statefulset) return;
    expect(kinds(monitoring, 'PodMonitor')).toEqual([]);
    const cluster = find(objects, 'PodMonitor', CLUSTER_NAME);
    expect(cluster.spec.selector.matchLabels).toEqual(instancePodLabels());
    // job="postgresql" on the instance series (the promtool tests' series carry it)
    expect(cluster.spec.jobLabel).toBe('cnpg.io/cluster');
    expect(cluster.spec.podMetricsEndpoints.map((e: any) => e.port)).toEqual(['metrics']);
    expect(cluster.spec.namespaceSelector).toEqual({ matchNames: [ns] });
    if (env.postgres.cloudnativePg.pooler.enabled) {
      const pooler = find(objects, 'PodMonitor', POOLER_NAME);
      expect(pooler.spec.selector.matchLabels).toEqual(poolerPodLabels(POOLER_NAME));
      expect(pooler.spec.podMetricsEndpoints.map((e: any) => e.port)).toEqual(['metrics']);
    }
    for (const m of kinds(objects, 'PodMonitor')) expect(m.metadata.labels).toMatchObject(env.monitoring.serviceMonitorLabels);
  });

  test('the PodMonitor scrapes the postgres-exporter sidecar of the PostgreSQL pods only, as job="postgresql"', () => {
    if (!statefulset) return;
    const pm = find(monitoring, 'PodMonitor', 'postgresql');
    expect(pm.metadata.labels).toMatchObject({ release: 'kube-prometheus-stack' });
    expect(pm.spec.namespaceSelector).toEqual({ matchNames: [ns] });
    const selected = podTemplates(objects).filter((p) => subset(pm.spec.selector.matchLabels, p.template.metadata.labels));
    expect(selected.map((p) => p.owner)).toEqual(['StatefulSet/postgresql']);
    const template = selected[0].template;
    const [endpoint] = pm.spec.podMetricsEndpoints;
    expect(endpoint).toEqual({ port: 'metrics', path: '/metrics', interval: env.monitoring.scrapeInterval });
    const exposing = template.spec.containers.filter((c: any) => (c.ports ?? []).some((p: any) => p.name === endpoint.port));
    expect(exposing.map((c: any) => [c.name, c.ports[0].containerPort])).toEqual([['postgres-exporter', 9187]]);
    // the alerts select job="postgresql": the job label comes from this pod label
    expect(template.metadata.labels[pm.spec.jobLabel]).toBe('postgresql');
  });

  test('NetworkPolicies admit Prometheus to the scraped ports', () => {
    const admits = (podLabels: Record<string, string>, port: number) =>
      kinds(objects, 'NetworkPolicy').some(
        (np) =>
          subset(np.spec.podSelector.matchLabels, podLabels) &&
          (np.spec.ingress ?? []).some(
            (rule: any) =>
              (rule.from ?? []).some((peer: any) => peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === env.monitoring.prometheusNamespace) &&
              (rule.ports ?? []).some((p: any) => p.port === port),
          ),
      );
    expect(admits(find(objects, 'Deployment', 'assistant').spec.template.metadata.labels, env.monitoring.appMetricsPort)).toBe(true);
    if (statefulset) expect(admits(find(objects, 'StatefulSet', 'postgresql').spec.template.metadata.labels, 9187)).toBe(true);
    else {
      expect(admits(instancePodLabels(), CNPG_METRICS_PORT)).toBe(true);
      if (env.postgres.cloudnativePg.pooler.enabled) expect(admits(poolerPodLabels(POOLER_NAME), POOLER_METRICS_PORT)).toBe(true);
    }
  });

  test('the PrometheusRules carry the labels Prometheus selects, one group each', () => {
    for (const rule of kinds(monitoring, 'PrometheusRule')) {
      expect(rule.metadata.labels).toMatchObject({ release: 'kube-prometheus-stack' });
      expect(rule.spec.groups).toHaveLength(1);
      expect(`${rule.spec.groups[0].name}-alerts`).toBe(rule.metadata.name);
    }
  });

  test('the alerts of SPEC 2.6 and 2.10 and issue 11, in every environment', () => {
    expect(alertNames(env).sort()).toEqual([...expectedAlerts(env)].sort());
  });

  test('severity follows the tier: production pages, staging warns, development only informs', () => {
    const severities = new Set(alertRules(env).map((r) => r.labels!.severity));
    const allowed = { production: ['critical', 'warning'], staging: ['warning'], development: ['info'] }[env.tier];
    expect([...severities].sort()).toEqual([...allowed].sort());
  });

  test.each(expectedAlerts(env))('%s: severity, for, summary, description and runbook_url', (alert) => {
    const rules = alertRules(env).filter((r) => r.alert === alert);
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) {
      expect(['critical', 'warning', 'info']).toContain(r.labels?.severity);
      expect(seconds(r.for!)).toBeGreaterThan(0);
      expect(Object.keys(r.annotations!).sort()).toEqual(['description', 'runbook_url', 'summary']);
      // which object: from the series' labels, or the environment's namespace where the alert aggregates them away
      expect(r.annotations!.summary).toMatch(new RegExp(`\\{\\{ \\$labels\\.\\w+ \\}\\}|${ns}`));
      // an alert on a missing target has no series to name: its fixed namespace label routes it
      if (!r.expr.startsWith('absent(')) expect(r.annotations!.description).toMatch(new RegExp(`\\{\\{ \\$(labels\\.\\w+|value)[^}]*\\}\\}|${ns}`));
      else expect(r.labels?.namespace).toBe(ns);
      expect(r.annotations!.summary).not.toContain('\n');
      expect(r.annotations!.runbook_url).toBe(`https://github.com/example/llm-stack/blob/main/docs/runbooks.md#${alert.toLowerCase()}`);
    }
  });

  test('every selector of every expression is pinned to the namespace', () => {
    for (const r of alertRules(env)) {
      expect(vectorSelectors(r.expr).length).toBeGreaterThan(0);
      expect({ alert: r.alert, unscoped: unscopedSelectors(env, r.expr) }).toEqual({ alert: r.alert, unscoped: [] });
    }
  });

  test('the objects the expressions name exist in the environment', () => {
    const byLabel: Record<string, string> = {
      deployment: 'Deployment',
      statefulset: 'StatefulSet',
      horizontalpodautoscaler: 'HorizontalPodAutoscaler',
      cronjob: 'CronJob',
    };
    const containers = new Set(podTemplates(objects).flatMap((p) => p.template.spec.containers.map((c: any) => c.name)));
    const values = (m: string) => {
      const [, op, v] = /^(=~|=)"(.*)"$/.exec(m) ?? [];
      if (!op) return [];
      return op === '=' ? [v] : v.split('|');
    };
    for (const r of alertRules(env)) {
      for (const s of vectorSelectors(r.expr)) {
        for (const [label, matcher] of Object.entries(s.matchers)) {
          for (const v of values(matcher)) {
            if (byLabel[label]) expect(`${r.alert}: ${byLabel[label]}/${v} ${objects.some((o) => o.kind === byLabel[label] && o.metadata.name === v) ? 'exists' : 'is missing'}`).toMatch(/exists$/);
            if (label === 'container') expect(`${r.alert}: container ${v} ${containers.has(v) ? 'exists' : 'is missing'}`).toMatch(/exists$/);
          }
        }
      }
    }
  });

  test('the backup alerts watch every scheduled CronJob, and no suspended restore template', () => {
    const watched = new Set(
      alertRules(env)
        .filter((r) => r.expr.includes('kube_cronjob_')) // BackupStale and other component's staleness alerts alike
        .flatMap((r) => vectorSelectors(r.expr).flatMap((s) => (s.matchers.cronjob ?? '').replace(/^=~?"|"$/g, '').split('|'))),
    );
    const cronjobs = kinds(objects, 'CronJob');
    expect([...watched].sort()).toEqual(cronjobs.filter((c) => !c.spec.suspend).map((c) => c.metadata.name).sort());
    expect(cronjobs.filter((c) => c.spec.suspend).map((c) => c.metadata.name).sort()).toEqual(['chroma-restore', 'postgresql-restore']);
  });
});

describe('the PromQL scanner the scoping test relies on', () => {
  const env = environment('prod');
  test('finds selectors inside functions, aggregations and binary operators', () => {
    const expr = 'sum by (namespace, le) (rate(a_bucket{namespace="llm-stack-prod", job="x"}[5m])) / on (namespace) group_left b > 0.5 unless absent(c{namespace="llm-stack-prod"})';
    expect(vectorSelectors(expr).map((s) => s.metric)).toEqual(['a_bucket', 'b', 'c']);
    expect(unscopedSelectors(env, expr)).toEqual(['b{}']);
  });
  test('reads an offset\'s duration as no selector (CnpgBackupNeverSucceeded)', () => {
    expect(vectorSelectors('max(a{namespace="llm-stack-prod"} offset 93600s) and b offset 1h30m > 2').map((s) => s.metric)).toEqual(['a', 'b']);
  });
  test('reads matchers with every operator and knows cert-manager\'s namespace label', () => {
    expect(vectorSelectors('x{a="1", b!="2", c=~"3|4", d!~"5"}')[0].matchers).toEqual({ a: '="1"', b: '!="2"', c: '=~"3|4"', d: '!~"5"' });
    expect(unscopedSelectors(env, 'certmanager_certificate_ready_status{namespace="llm-stack-prod"} == 1')).toHaveLength(1);
    expect(unscopedSelectors(env, 'certmanager_certificate_ready_status{exported_namespace="llm-stack-prod"} == 1')).toEqual([]);
    expect(unscopedSelectors(env, 'up{namespace="llm-stack-dev"}')).toHaveLength(1);
  });
});

describe('monitoring configuration', () => {
  test('the selector labels, scrape interval and runbook URL are settings', () => {
    // as an environment file would set them: the labels replace the defaults
    const env = parseEnvironment('prod', { app: { image: { tag: '1.0.0' } } }, {
      monitoring: {
        serviceMonitorLabels: { prometheus: 'apps' },
        ruleLabels: { role: 'alert-rules' },
        scrapeInterval: '15s',
        runbookBaseUrl: 'https://git.example.org/ops/llm-stack/-/blob/main/docs/runbooks.md',
      },
    });
    const objs = monitoringObjects(env);
    for (const o of [...kinds(objs, 'ServiceMonitor'), ...kinds(objs, 'PodMonitor')]) {
      expect(o.metadata.labels).toMatchObject({ prometheus: 'apps' });
      expect(o.metadata.labels?.release).toBeUndefined();
    }
    expect(find(objs, 'ServiceMonitor', 'assistant').spec.endpoints[0].interval).toBe('15s');
    for (const o of kinds(objs, 'PrometheusRule')) expect(o.metadata.labels).toMatchObject({ role: 'alert-rules' });
    expect(alertRules(env)[0].annotations!.runbook_url).toBe('https://git.example.org/ops/llm-stack/-/blob/main/docs/runbooks.md#assistantdown');
  });

  test('the ingress controller\'s and cert-manager\'s labels and targets are settings', () => {
    const env = environmentWith('prod', {
      monitoring: {
        ingressNamespaceLabel: 'namespace',
        ingressController: { job: 'nginx-metrics', namespace: 'edge' },
        certManager: { job: 'cm', namespace: 'tls' },
        appMetricsPort: 9500,
      },
    });
    const exprs = alertRules(env).map((r) => r.expr).join('\n');
    expect(exprs).toContain('nginx_ingress_controller_requests{namespace="llm-stack-prod", ingress="assistant"');
    expect(exprs).not.toContain('exported_namespace="llm-stack-prod", ingress=');
    expect(exprs).toContain('absent(up{namespace="edge", job="nginx-metrics"} == 1)');
    expect(exprs).toContain('absent(up{namespace="tls", job="cm"} == 1)');
    const sloRecords = renderedGroups(env).find((g) => g.name === 'slo')!.rules.filter((r) => r.record);
    for (const r of sloRecords) expect(r.expr).toContain('nginx_ingress_controller_');
    for (const r of sloRecords) expect(unscopedSelectors(env, r.expr)).toEqual([]);
    const dashboard = find(monitoringObjects(env), 'ConfigMap', 'llm-stack-dashboard').data['llm-stack-prod.json'];
    expect(dashboard).toContain('nginx_ingress_controller_requests{namespace=\\"llm-stack-prod\\", ingress=\\"assistant\\"');
    const objs = objectsOf(env);
    expect(find(objs, 'Service', 'assistant').spec.ports.find((p: any) => p.name === 'metrics').port).toBe(9500);
  });

  test('SLO targets are settings per environment (SPEC 2.10: 99.5 % prod, 99 % staging)', () => {
    const threshold = (e: typeof prod) =>
      alertRules(e).find((r) => r.alert === 'AssistantAvailabilityBudgetBurnFast')!.expr.match(/ratio_rate1h\{[^}]*\} > ([0-9.]+)/)![1];
    const prod = environment('prod');
    expect(prod.monitoring.slo.availabilityPercent).toBe(99.5);
    expect(environment('staging').monitoring.slo.availabilityPercent).toBe(99);
    expect(threshold(prod)).toBe('0.072'); // 14.4 x 0.5 %
    expect(threshold(environment('staging'))).toBe('0.144'); // 14.4 x 1 %
    const latency = environmentWith('prod', { monitoring: { slo: { latencySeconds: 10, latencyPercent: 99 } } });
    const rec = renderedGroups(latency).find((g) => g.name === 'slo')!.rules.find((r) => r.record === 'llm_stack:assistant_latency_errors:ratio_rate5m')!;
    expect(rec.expr).toContain('le="10"');
  });

  test('severity by tier can be lowered, never raised above the tier\'s cap', () => {
    const quiet = environmentWith('prod', { monitoring: { severity: { page: 'warning' } } });
    expect(new Set(alertRules(quiet).map((r) => r.labels!.severity))).toEqual(new Set(['warning']));
    expect(() => environmentWith('dev', { monitoring: { severity: { page: 'critical' } } })).toThrow(
      'config[dev].monitoring.severity.page: must be at most info in a development-tier environment',
    );
    expect(() => environmentWith('staging', { monitoring: { severity: { ticket: 'critical' } } })).toThrow(
      'config[staging].monitoring.severity.ticket: must be at most warning in a staging-tier environment',
    );
  });

  test('thresholds are settings per environment', () => {
    const env = environmentWith('staging', {
      monitoring: { thresholds: { latencyP95Seconds: 45, errorRatePercent: 2.5, cpuPercentOfLimit: 70, cpuFor: '10m', backupMaxAgeHours: 30, certificateExpiryDays: 21 } },
    });
    const rule = (alert: string) => alertRules(env).find((r) => r.alert === alert)!;
    expect(rule('AssistantHighLatencyP95').expr).toMatch(/\) > 45$/);
    expect(rule('AssistantHighErrorRate').expr).toMatch(/> 0\.025$/);
    expect(rule('AssistantHighCpu').expr).toMatch(/> 0\.7$/);
    expect(rule('AssistantHighCpu').for).toBe('10m');
    expect(rule('BackupStale').expr).toMatch(/> 108000$/);
    expect(rule('TlsCertificateExpiringSoon').expr).toMatch(/< 1814400$/);
    expect(rule('AssistantHighLatencyP95').annotations!.summary).toContain('above 45s');
    // the other environments keep the defaults
    expect(alertRules(environment('prod')).find((r) => r.alert === 'AssistantHighLatencyP95')!.expr).toMatch(/\) > 30$/);
  });

  test('cert-manager\'s namespace label is a setting, and the TLS alerts carry the environment\'s namespace', () => {
    const env = environmentWith('prod', { monitoring: { certManagerNamespaceLabel: 'namespace' } });
    const tls = alertRules(env).filter((r) => r.alert!.startsWith('Tls'));
    for (const r of tls) {
      expect(r.expr).toContain('{namespace="llm-stack-prod"');
      expect(r.labels).toEqual({ severity: expect.any(String), namespace: 'llm-stack-prod' });
    }
    for (const r of alertRules(environment('prod')).filter((r) => r.alert!.startsWith('Tls'))) expect(r.expr).toContain('{exported_namespace="llm-stack-prod"');
  });

  test.each([
    [{ thresholds: { errorRatePercent: 150 } }, 'config[prod].monitoring.thresholds.errorRatePercent: must be < 100, got 150'],
    [{ thresholds: { latencyP95Seconds: 0 } }, 'config[prod].monitoring.thresholds.latencyP95Seconds: must be > 0, got 0'],
    [{ thresholds: { cpuFor: 'five minutes' } }, 'config[prod].monitoring.thresholds.cpuFor: must be a Prometheus duration such as 30s, 5m or 1h30m (units y, w, d, h, m, s, ms, largest first, each once), got "five minutes"'],
    [{ thresholds: { postgresDeadlocks: 2.5 } }, 'config[prod].monitoring.thresholds.postgresDeadlocks: must be a whole number, got 2.5'],
    [{ thresholds: { crashLoopFor: '15 minutes' } }, 'config[prod].monitoring.thresholds.crashLoopFor: must be a Prometheus duration such as 30s, 5m or 1h30m (units y, w, d, h, m, s, ms, largest first, each once), got "15 minutes"'],
    [{ appMetricsPort: 8501 }, 'config[prod].monitoring.appMetricsPort: must not be 8501, the port the Ingress routes to, got 8501'],
    [{ slo: { availabilityPercent: 100 } }, 'config[prod].monitoring.slo.availabilityPercent: must be < 100, got 100'],
    [{ scrapeInterval: '30' }, 'config[prod].monitoring.scrapeInterval: must be a Prometheus duration such as 30s, 5m or 1h30m (units y, w, d, h, m, s, ms, largest first, each once), got "30"'],
    [{ serviceMonitorLabels: { 'bad key!': 'x' } }, 'config[prod].monitoring.serviceMonitorLabels: key "bad key!" must be a Kubernetes label key such as release or example.com/team'],
    [{ dashboard: { labels: { grafana_dashboard: 'not a value' } } }, 'config[prod].monitoring.dashboard.labels.grafana_dashboard: must be a Kubernetes label value (at most 63 characters), got "not a value"'],
    [{ runbookBaseUrl: 'https://example.com/runbooks.md#top' }, 'config[prod].monitoring.runbookBaseUrl: must not contain a # fragment (the alert name is appended), got "https://example.com/runbooks.md#top"'],
    [{ certManagerNamespaceLabel: 'exported-namespace' }, 'config[prod].monitoring.certManagerNamespaceLabel: must be a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*), got "exported-namespace"'],
  ])('rejects %j', (monitoring, message) => {
    expect(() => environmentWith('prod', { monitoring })).toThrow(ConfigError);
    expect(() => environmentWith('prod', { monitoring })).toThrow(message);
  });
});
