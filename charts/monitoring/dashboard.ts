import { EnvironmentConfig } from '../../config/schema';
import { APP_NAME } from '../app';
import { replicaQueries } from '../delivery';
import { WATCHED_CRONJOBS } from './rules/backup';
import { cnpgClusterRow, cnpgPostgresRow } from './dashboard-cloudnative-pg';
import { POSTGRES_JOB } from './rules/postgresql';
import { GEN_AI_DURATION, GEN_AI_TOKENS, LLM_ERROR_TYPES } from './contract';
import { edgeMetrics } from './rules/edge-metrics';
import { fraction, oneOf, selector } from './rules/promql';
import { BURN_RATES, sliRecord, slis } from './rules/slo';
import { ruleContext } from './rules/promql';

// The environment's Grafana dashboard: what an on-call engineer opens from an alert.
// Queries use the same metric names and namespace scoping as the alert rules.

export interface Target {
  readonly expr: string;
  readonly legendFormat: string;
}

export interface PanelSpec {
  readonly title: string;
  readonly description: string;
  readonly unit: string;
  readonly targets: Target[];
  /** A red threshold line at this value (the alert's threshold). */
  readonly threshold?: number;
  readonly min?: number;
  readonly max?: number;
}

export interface RowSpec {
  readonly title: string;
  readonly panels: PanelSpec[];
}

const DATASOURCE = { type: 'prometheus', uid: '${datasource}' };
const PANEL_WIDTH = 8;
const PANEL_HEIGHT = 8;


export function dashboardUid(env: EnvironmentConfig): string {
  return `llm-stack-${env.name}`.slice(0, 40);
}

export function dashboardRows(env: EnvironmentConfig): RowSpec[] {
  const ns = `namespace="${env.namespace}"`;
  const sel = (metric: string, ...matchers: string[]) => selector(metric, [ns, ...matchers]);
  const edge = edgeMetrics(env, APP_NAME);
  const { thresholds: t } = env.monitoring;
  const container = `container="${APP_NAME}"`;
  const app = `job="${APP_NAME}"`;
  const rate = (s: string) => `rate(${s}[$__rate_interval])`;
  const quantile = (q: number) => `histogram_quantile(${q}, sum by (le) (${rate(edge.bucket())}))${edge.toSeconds}`;

  const replicas = replicaQueries(env, APP_NAME);
  const podsAndHpa: Target[] = [
    { expr: replicas.available, legendFormat: 'available' },
    { expr: replicas.desired, legendFormat: 'desired' },
  ];
  if (env.app.autoscaling.enabled) {
    const hpa = `horizontalpodautoscaler="${APP_NAME}"`;
    podsAndHpa.push(
      { expr: `sum(${sel('kube_horizontalpodautoscaler_status_current_replicas', hpa)})`, legendFormat: 'HPA current' },
      { expr: `sum(${sel('kube_horizontalpodautoscaler_spec_min_replicas', hpa)})`, legendFormat: 'HPA min' },
      { expr: `sum(${sel('kube_horizontalpodautoscaler_spec_max_replicas', hpa)})`, legendFormat: 'HPA max' },
    );
  }

  return [
    {
      title: 'App',
      panels: [
        {
          title: 'Request rate',
          description: `Requests per second ${edge.where} passed to the assistant, by HTTP status${edge.byStatus.label === 'status' ? '' : ' class'}.`,
          unit: 'reqps',
          min: 0,
          targets: [{ expr: `sum by (${edge.byStatus.label}) (${rate(edge.byStatus.series)})`, legendFormat: `{{${edge.byStatus.label}}}` }],
        },
        {
          title: 'Latency p50 / p95 / p99',
          description: `Request duration quantiles at ${edge.where} (websockets excluded). AssistantHighLatencyP95 fires above ${t.latencyP95Seconds}s (p95).`,
          unit: 's',
          min: 0,
          threshold: t.latencyP95Seconds,
          targets: [
            { expr: quantile(0.5), legendFormat: 'p50' },
            { expr: quantile(0.95), legendFormat: 'p95' },
            { expr: quantile(0.99), legendFormat: 'p99' },
          ],
        },
        {
          title: 'Error rate',
          description: `Share of requests ${edge.where} answered with a 5xx. AssistantHighErrorRate fires above ${t.errorRatePercent}%.`,
          unit: 'percentunit',
          min: 0,
          threshold: fraction(t.errorRatePercent),
          targets: [
            {
              expr: `sum(${rate(edge.errors())}) / sum(${rate(edge.requests())})`,
              legendFormat: 'errors',
            },
          ],
        },
        // No per-route count of refusals with Envoy's local rate limit (rules/edge-metrics.ts).
        ...(edge.rateLimited
          ? [
              {
                title: 'Rate-limit hits per hour',
                description: `Requests the Ingress rate limit answered with 429 in the past hour. AssistantRateLimitHitsHigh fires above ${t.rateLimitHitsPerHour}.`,
                unit: 'short',
                min: 0,
                threshold: t.rateLimitHitsPerHour,
                targets: [{ expr: `sum(increase(${edge.rateLimited}[1h]))`, legendFormat: 'refused' }],
              },
            ]
          : []),
        {
          title: 'Pods and HPA',
          description: env.app.autoscaling.enabled
            ? `Available and desired replicas of ${replicas.what}, and the HPA's current, minimum and maximum.`
            : `Available and desired replicas of ${replicas.what} (no HPA in this environment).`,
          unit: 'short',
          min: 0,
          targets: podsAndHpa,
        },
        {
          title: 'CPU',
          description: `CPU use per pod, and the container's CPU limit. AssistantHighCpu fires above ${t.cpuPercentOfLimit}% of the limit for ${t.cpuFor}.`,
          unit: 'short',
          min: 0,
          targets: [
            { expr: `sum by (pod) (${rate(sel('container_cpu_usage_seconds_total', container, 'image!=""'))})`, legendFormat: '{{pod}}' },
            { expr: `max(${sel('kube_pod_container_resource_limits', container, 'resource="cpu"')})`, legendFormat: 'limit' },
          ],
        },
        {
          title: 'Memory',
          description: `Working-set memory per pod, and the container's memory limit. AssistantHighMemory fires above ${t.memoryPercentOfLimit}% of the limit.`,
          unit: 'bytes',
          min: 0,
          targets: [
            { expr: `max by (pod) (${sel('container_memory_working_set_bytes', container, 'image!=""')})`, legendFormat: '{{pod}}' },
            { expr: `max(${sel('kube_pod_container_resource_limits', container, 'resource="memory"')})`, legendFormat: 'limit' },
          ],
        },
        {
          title: 'Container restarts',
          description: 'Restarts in the past 15 minutes of every container in the namespace. ContainerCrashLooping fires on CrashLoopBackOff.',
          unit: 'short',
          min: 0,
          targets: [
            {
              expr: `sum by (pod, container) (increase(${sel('kube_pod_container_status_restarts_total')}[15m]))`,
              legendFormat: '{{pod}}/{{container}}',
            },
          ],
        },
      ],
    },
    {
      title: 'Error budget',
      panels: sloPanels(env),
    },
    {
      title: 'LLM API (app metrics contract)',
      panels: [
        {
          title: 'LLM calls by outcome',
          description: 'Calls per second to each LLM provider, by error type (empty: success). LlmProviderRateLimited watches 429, LlmProviderErrors 5xx, timeouts and connection errors.',
          unit: 'reqps',
          min: 0,
          targets: [{ expr: `sum by (gen_ai_provider_name, error_type) (${rate(sel(`${GEN_AI_DURATION}_count`, app))})`, legendFormat: '{{gen_ai_provider_name}} {{error_type}}' }],
        },
        {
          title: 'LLM error and rate-limit ratio',
          description: `Share of LLM calls rate-limited (429; alert above ${t.llmRateLimitedPercent}%) and failed (alert above ${t.llmErrorRatePercent}%).`,
          unit: 'percentunit',
          min: 0,
          targets: [
            {
              expr: `sum by (gen_ai_provider_name) (${rate(sel(`${GEN_AI_DURATION}_count`, app, 'error_type="429"'))}) / sum by (gen_ai_provider_name) (${rate(sel(`${GEN_AI_DURATION}_count`, app))})`,
              legendFormat: '{{gen_ai_provider_name}} 429',
            },
            {
              expr: `sum by (gen_ai_provider_name) (${rate(sel(`${GEN_AI_DURATION}_count`, app, `error_type=~"${LLM_ERROR_TYPES}"`))}) / sum by (gen_ai_provider_name) (${rate(sel(`${GEN_AI_DURATION}_count`, app))})`,
              legendFormat: '{{gen_ai_provider_name}} errors',
            },
          ],
        },
        {
          title: 'LLM latency p50 / p95',
          description: `Duration of LLM API calls. LlmHighLatency fires above ${t.llmLatencyP95Seconds}s (p95).`,
          unit: 's',
          min: 0,
          threshold: t.llmLatencyP95Seconds,
          targets: [0.5, 0.95].map((q) => ({
            expr: `histogram_quantile(${q}, sum by (gen_ai_provider_name, le) (${rate(sel(`${GEN_AI_DURATION}_bucket`, app))}))`,
            legendFormat: `{{gen_ai_provider_name}} p${q * 100}`,
          })),
        },
        {
          title: 'Tokens per day',
          description: `Tokens (input and output) in the past 24 hours, and the daily budget: LlmTokenBudgetAtRisk fires when the day is on course to exceed ${t.llmTokenBudgetPerDay}.`,
          unit: 'short',
          min: 0,
          threshold: t.llmTokenBudgetPerDay,
          targets: [{ expr: `sum by (gen_ai_token_type) (increase(${sel(`${GEN_AI_TOKENS}_sum`, app)}[1d]))`, legendFormat: '{{gen_ai_token_type}}' }],
        },
      ],
    },
    ...databaseRows(env),
    {
      title: 'Storage',
      panels: [
        {
          title: 'Volume usage',
          description: `Used share of each PersistentVolumeClaim. PersistentVolumeUsageHigh fires above ${t.volumeUsedPercent}%.`,
          unit: 'percentunit',
          min: 0,
          max: 1,
          threshold: fraction(t.volumeUsedPercent),
          targets: [
            {
              expr: `max by (persistentvolumeclaim) (${sel('kubelet_volume_stats_used_bytes')} / ${sel('kubelet_volume_stats_capacity_bytes')})`,
              legendFormat: '{{persistentvolumeclaim}}',
            },
          ],
        },
      ],
    },
    {
      title: 'Backups',
      panels: [
        {
          title: 'Backup age',
          description: `Time since the newest successful run of each backup CronJob. BackupStale fires above ${t.backupMaxAgeHours}h for the daily backups.`,
          unit: 's',
          min: 0,
          threshold: t.backupMaxAgeHours * 3600,
          targets: [
            {
              expr: `time() - max by (cronjob) (${sel('kube_cronjob_status_last_successful_time', oneOf('cronjob', WATCHED_CRONJOBS))})`,
              legendFormat: '{{cronjob}}',
            },
          ],
        },
      ],
    },
  ];
}

/**
 * The database rows, chosen by `postgres.engine` (as the rules are, rules/index.ts): the
 * statefulset's postgres-exporter pg_* names, or the CloudNativePG instance exporter's cnpg_*
 * names with a row of the Cluster's own (replication, WAL archiving, base backups, Pooler).
 */
function databaseRows(env: EnvironmentConfig): RowSpec[] {
  switch (env.postgres.engine) {
    case 'statefulset':
      return [statefulsetPostgresRow(env)];
    case 'cloudnative-pg':
      return [cnpgPostgresRow(env), cnpgClusterRow(env)];
  }
}

/** PostgreSQL from the postgres-exporter sidecar (job="postgresql"). */
function statefulsetPostgresRow(env: EnvironmentConfig): RowSpec {
  const sel = (metric: string, ...matchers: string[]) => selector(metric, [`namespace="${env.namespace}"`, ...matchers]);
  const { thresholds: t } = env.monitoring;
  const pg = `job="${POSTGRES_JOB}"`;
  const rate = (s: string) => `rate(${s}[$__rate_interval])`;
  return {
  title: 'PostgreSQL',
  panels: [
    {
      title: 'Connections',
      description: `Connections by state, and max_connections. PostgresqlTooManyConnections fires above ${t.postgresConnectionsPercent}%.`,
      unit: 'short',
      min: 0,
      targets: [
        { expr: `sum by (state) (${sel('pg_stat_activity_count', pg)})`, legendFormat: '{{state}}' },
        { expr: `max(${sel('pg_settings_max_connections', pg)})`, legendFormat: 'max_connections' },
      ],
    },
    {
      title: 'Transactions',
      description: 'Commits and rollbacks per second, by database.',
      unit: 'ops',
      min: 0,
      targets: [
        { expr: `sum by (datname) (${rate(sel('pg_stat_database_xact_commit', pg, 'datname!~"template.*"'))})`, legendFormat: '{{datname}} commits' },
        { expr: `sum by (datname) (${rate(sel('pg_stat_database_xact_rollback', pg, 'datname!~"template.*"'))})`, legendFormat: '{{datname}} rollbacks' },
      ],
    },
    {
      title: 'Database size',
      description: 'Size on disk of each database.',
      unit: 'bytes',
      min: 0,
      targets: [{ expr: `max by (datname) (${sel('pg_database_size_bytes', pg, 'datname!~"template.*"')})`, legendFormat: '{{datname}}' }],
    },
    {
      title: 'Deadlocks',
      description: 'Deadlocks in the past 10 minutes, by database.',
      unit: 'short',
      min: 0,
      targets: [{ expr: `sum by (datname) (increase(${sel('pg_stat_database_deadlocks', pg)}[10m]))`, legendFormat: '{{datname}}' }],
    },
    {
      title: 'Oldest transaction',
      description: `Age of the oldest active and idle-in-transaction transaction. PostgresqlLongTransaction fires above ${t.postgresLongTransactionSeconds}s, PostgresqlIdleInTransaction above ${t.postgresIdleInTransactionSeconds}s.`,
      unit: 's',
      min: 0,
      targets: [{ expr: `max by (state) (${sel('pg_stat_activity_max_tx_duration', pg, 'state=~"active|idle in transaction.*"')})`, legendFormat: '{{state}}' }],
    },
    {
      title: 'Transaction ID age',
      description: `Age of each database's oldest unfrozen transaction ID, as a share of the 2^31 before wraparound. PostgresqlTxidWraparound fires above ${t.postgresWraparoundPercent}%.`,
      unit: 'percentunit',
      min: 0,
      threshold: fraction(t.postgresWraparoundPercent),
      targets: [{ expr: `max by (datname) (${sel('pg_database_wraparound_age_datfrozenxid_seconds', pg)}) / ${2 ** 31}`, legendFormat: '{{datname}}' }],
    },
    {
      title: 'Up',
      description: 'pg_up: 1 when postgres-exporter can connect to PostgreSQL.',
      unit: 'short',
      min: 0,
      max: 1,
      targets: [{ expr: `max(${sel('pg_up', pg)})`, legendFormat: 'pg_up' }],
    },
  ],
};
}

/** The error budget row: budget left over the SLO window, and the burn rate at each alert window. */
function sloPanels(env: EnvironmentConfig): PanelSpec[] {
  const ctx = ruleContext(env);
  const days = env.monitoring.slo.windowDays;
  return slis(ctx).flatMap((sli): PanelSpec[] => {
    const budget = fraction(100 - sli.objectivePercent);
    return [
      {
        title: `${sli.title} error budget left (${days} d)`,
        description: `Share of the ${sli.slo} error budget (${Number((100 - sli.objectivePercent).toPrecision(6))}% of requests over ${days} days) not yet spent.`,
        unit: 'percentunit',
        max: 1,
        targets: [{ expr: `1 - (${sli.errorRatio(`${days}d`).replace(/\n\s*/g, ' ')}) / ${budget}`, legendFormat: 'budget left' }],
      },
      {
        title: `${sli.title} burn rate`,
        description: `Error ratio over each alert window divided by the budget (1: spends it exactly in ${days} days). The alerts fire at ${BURN_RATES.map((b) => `${b.factor}x (${b.long}/${b.short})`).join(', ')}.`,
        unit: 'short',
        min: 0,
        threshold: BURN_RATES[0].factor,
        targets: [...new Set(BURN_RATES.map((b) => b.long))].map((w) => ({
          expr: `${ctx.sel(sliRecord(sli.slo, w), `slo="${sli.slo}"`)} / ${budget}`,
          legendFormat: w,
        })),
      },
    ];
  });
}

/** Grafana dashboard JSON model (schemaVersion 39), for the Grafana sidecar. */
export function dashboard(env: EnvironmentConfig): Record<string, unknown> {
  const panels: Record<string, unknown>[] = [];
  let id = 1;
  let y = 0;
  for (const row of dashboardRows(env)) {
    panels.push({ id: id++, type: 'row', title: row.title, collapsed: false, gridPos: { h: 1, w: 24, x: 0, y }, panels: [] });
    y += 1;
    row.panels.forEach((p, i) => {
      const x = (i % (24 / PANEL_WIDTH)) * PANEL_WIDTH;
      if (i > 0 && x === 0) y += PANEL_HEIGHT;
      panels.push(timeseries(id++, p, { h: PANEL_HEIGHT, w: PANEL_WIDTH, x, y }));
    });
    y += PANEL_HEIGHT;
  }
  return {
    uid: dashboardUid(env),
    title: `LLM stack / ${env.name}`,
    description: `The API Integration Assistant, PostgreSQL, storage and backups in namespace ${env.namespace}.`,
    tags: ['llm-stack', env.name],
    timezone: 'browser',
    editable: false,
    graphTooltip: 1,
    refresh: '1m',
    schemaVersion: 39,
    version: 1,
    time: { from: 'now-6h', to: 'now' },
    templating: {
      list: [{ name: 'datasource', label: 'Data source', type: 'datasource', query: 'prometheus', current: {}, hide: 0, refresh: 1 }],
    },
    annotations: { list: [] },
    links: [
      { title: 'Runbooks', type: 'link', url: env.monitoring.runbookBaseUrl, targetBlank: true, icon: 'doc' },
    ],
    panels,
  };
}

function timeseries(id: number, p: PanelSpec, gridPos: { h: number; w: number; x: number; y: number }): Record<string, unknown> {
  const steps: { color: string; value: number | null }[] = [{ color: 'green', value: null }];
  if (p.threshold !== undefined) steps.push({ color: 'red', value: p.threshold });
  return {
    id,
    type: 'timeseries',
    title: p.title,
    description: p.description,
    datasource: DATASOURCE,
    gridPos,
    fieldConfig: {
      defaults: {
        unit: p.unit,
        ...(p.min !== undefined ? { min: p.min } : {}),
        ...(p.max !== undefined ? { max: p.max } : {}),
        thresholds: { mode: 'absolute', steps },
        custom: { thresholdsStyle: { mode: p.threshold !== undefined ? 'line' : 'off' } },
      },
      overrides: [],
    },
    options: { legend: { displayMode: 'list', placement: 'bottom', showLegend: true }, tooltip: { mode: 'multi', sort: 'desc' } },
    targets: p.targets.map((t, i) => ({ refId: String.fromCharCode(65 + i), datasource: DATASOURCE, expr: t.expr, legendFormat: t.legendFormat })),
  };
}
