import { POSTGRES_NAME } from '../../postgres';
import { Alert, ComponentRules, fraction, RuleContext } from './promql';

/** postgres-exporter's metrics carry job="postgresql": the PodMonitor takes the job from the pod's name label. */
export const POSTGRES_JOB = POSTGRES_NAME;

/** The PostgreSQL server's container in the StatefulSet's pods. */
export const POSTGRES_CONTAINER = 'postgresql';

/** Seconds after a (re)start during which PostgresqlRestarted fires. */
export const RESTART_WINDOW_SECONDS = 600;

/** Transaction IDs before wraparound: PostgreSQL stops accepting writes near 2^31. */
export const TXID_WRAPAROUND = 2 ** 31;

/**
 * Where the statistics of the PostgreSQL alerts come from: one exporter's names, and the
 * matcher that picks the environment's database targets among its series.
 */
export interface PostgresMetrics {
  /** Picks the database's targets: `job="postgresql"`, or the Cluster's instance pods. */
  readonly target: string;
  /** Backends by datname and state. */
  readonly connections: string;
  /** A PostgreSQL setting, as a metric name and its matchers. */
  setting(name: string): [string, ...string[]];
  readonly deadlocks: string;
  readonly xactCommit: string;
  readonly xactRollback: string;
  /** Age of the oldest transaction by datname and state, seconds. */
  readonly maxTxDuration: string;
  /** Age of the oldest unfrozen transaction ID of each database (datname), in transactions. */
  readonly xidAge: string;
  /** When the server started, per pod (a Unix time); `sel` scopes a selector to the namespace. */
  startTime(sel: RuleContext['sel']): string;
  /** PostgresqlRestarted's description. */
  readonly restartedDescription: string;
}

/**
 * The statefulset engine's postgres-exporter sidecar. Every pg_* name is served by the exporter
 * with the sidecar's arguments (charts/postgres.ts, `exporterArgs`):
 * test/e2e/monitoring-metrics.test.ts scrapes the real exporter to prove it.
 */
export const POSTGRES_EXPORTER_METRICS: PostgresMetrics = {
  target: `job="${POSTGRES_JOB}"`,
  connections: 'pg_stat_activity_count',
  setting: (name) => [`pg_settings_${name}`, `job="${POSTGRES_JOB}"`],
  deadlocks: 'pg_stat_database_deadlocks',
  xactCommit: 'pg_stat_database_xact_commit',
  xactRollback: 'pg_stat_database_xact_rollback',
  maxTxDuration: 'pg_stat_activity_max_tx_duration',
  // the sidecar's custom query, named like the exporter's database_wraparound collector
  // (which the Debian 0.11 build lacks)
  xidAge: 'pg_database_wraparound_age_datfrozenxid_seconds',
  // The container's start time (kube-state-metrics) covers a crash, a restart by the
  // liveness probe and a new pod alike; it needs no exporter collector
  // (pg_postmaster_start_time_seconds needs --collector.postmaster, off by default).
  startTime: (sel) => `max by (namespace, pod) (${sel('kube_pod_container_state_started', `container="${POSTGRES_CONTAINER}"`)})`,
  restartedDescription:
    'The PostgreSQL container of pod {{ $labels.namespace }}/{{ $labels.pod }} started {{ $value | humanizeDuration }} ago. ' +
    'Connections were dropped; if nobody changed it on purpose, find out why it restarted.',
};

/** The statefulset engine's PostgreSQL alerts: postgres-exporter (the sidecar) and kube-state-metrics. */
export function postgresqlRules(ctx: RuleContext): ComponentRules {
  const [connections, deadlocks, restarted, ...others] = sharedPostgresqlAlerts(ctx, POSTGRES_EXPORTER_METRICS);
  return { component: 'postgresql', alerts: [postgresqlDown(ctx), connections, deadlocks, restarted, postgresExporterErrors(ctx), ...others] };
}

/** The server not answering the sidecar, or its pod not ready. */
function postgresqlDown(ctx: RuleContext): Alert {
  const { sel } = ctx;
  const job = `job="${POSTGRES_JOB}"`;
  return {
    alert: 'PostgresqlDown',
    // Either arm alone misses a case: pg_up needs a running exporter, and the pod's
    // readiness (pg_isready) says nothing when the exporter cannot connect over the socket.
    expr: [
      `${sel('pg_up', job)} == 0`,
      `or`,
      `${sel('kube_statefulset_status_replicas_ready', `statefulset="${POSTGRES_NAME}"`)} == 0`,
    ].join('\n'),
    for: '2m',
    urgency: 'page',
    summary: 'PostgreSQL is down in {{ $labels.namespace }}.',
    description:
      'PostgreSQL in {{ $labels.namespace }} has not been serving for 2 minutes: postgres-exporter cannot connect to it, ' +
      'or its pod is not ready. The app cannot read or write users, sessions or history.',
  };
}

/** postgres-exporter failing, or not scraped at all. */
function postgresExporterErrors(ctx: RuleContext): Alert {
  const { sel } = ctx;
  const job = `job="${POSTGRES_JOB}"`;
  return {
    alert: 'PostgresqlExporterErrors',
    // pg_scrape_collector_success: one collector failing (e.g. a missing privilege) while
    // the scrape as a whole works. absent(): no target at all, e.g. the PodMonitor is not
    // selected by Prometheus, which would leave every other PostgreSQL alert silently blind.
    expr: [
      `${sel('pg_exporter_last_scrape_error', job)} == 1`,
      `or`,
      `${sel('pg_scrape_collector_success', job)} == 0`,
      `or`,
      `${sel('up', job)} == 0`,
      `or`,
      `absent(${sel('up', job)})`,
    ].join('\n'),
    for: '10m',
    urgency: 'ticket',
    summary: 'postgres-exporter is failing in {{ $labels.namespace }}.',
    description:
      'For 10 minutes postgres-exporter in {{ $labels.namespace }} has failed to query PostgreSQL (a collector or a query failed), or Prometheus has ' +
      'failed to scrape it (or found no target). The other PostgreSQL alerts are blind until it is fixed.',
  };
}

/**
 * The PostgreSQL alerts both engines have, in this order: PostgresqlTooManyConnections,
 * PostgresqlDeadlocks, PostgresqlRestarted, PostgresqlLongTransaction,
 * PostgresqlIdleInTransaction, PostgresqlTxidWraparound, PostgresqlHighRollbackRate.
 */
export function sharedPostgresqlAlerts(ctx: RuleContext, m: PostgresMetrics): Alert[] {
  const { sel } = ctx;
  const t = ctx.monitoring.thresholds;
  const job = m.target;
  const databases = 'datname!~"template0|template1"';
  const setting = (name: string) => sel(...m.setting(name));

  const alerts: Alert[] = [
    {
      alert: 'PostgresqlTooManyConnections',
      // superuser_reserved_connections are never available to the app's role.
      expr: [
        `sum by (namespace, pod) (${sel(m.connections, job)})`,
        `/`,
        `(`,
        `  max by (namespace, pod) (${setting('max_connections')})`,
        `  -`,
        `  max by (namespace, pod) (${setting('superuser_reserved_connections')})`,
        `)`,
        `> ${fraction(t.postgresConnectionsPercent)}`,
      ].join('\n'),
      for: '5m',
      urgency: 'ticket',
      summary: `PostgreSQL in {{ $labels.namespace }} uses more than ${t.postgresConnectionsPercent}% of its connections.`,
      description:
        'PostgreSQL pod {{ $labels.namespace }}/{{ $labels.pod }} has used {{ $value | humanizePercentage }} of the connections open to ' +
        `non-superusers (max_connections - superuser_reserved_connections) for 5 minutes (threshold ${t.postgresConnectionsPercent}%). ` +
        'When none are left, new app sessions fail with "too many clients".',
    },
    {
      alert: 'PostgresqlDeadlocks',
      expr: `increase(${sel(m.deadlocks, job)}[10m]) > ${t.postgresDeadlocks}`,
      for: '1m',
      urgency: 'ticket',
      summary: 'Deadlocks in PostgreSQL database {{ $labels.datname }} in {{ $labels.namespace }}.',
      description:
        'Database {{ $labels.datname }} ({{ $labels.namespace }}/{{ $labels.pod }}) had {{ $value | printf "%.0f" }} deadlock(s) ' +
        `in the last 10 minutes (threshold: more than ${t.postgresDeadlocks}). PostgreSQL aborted one transaction of each; the app saw those as errors.`,
    },
    {
      alert: 'PostgresqlRestarted',
      expr: `time() - ${m.startTime(sel)} < ${RESTART_WINDOW_SECONDS}`,
      for: '1m',
      urgency: 'ticket',
      summary: 'PostgreSQL restarted in {{ $labels.namespace }}.',
      description: m.restartedDescription,
    },
    {
      alert: 'PostgresqlLongTransaction',
      expr: `max by (namespace, pod, datname) (${sel(m.maxTxDuration, job, 'state="active"')}) > ${t.postgresLongTransactionSeconds}`,
      for: '2m',
      urgency: 'ticket',
      summary: 'A transaction in PostgreSQL database {{ $labels.datname }} ({{ $labels.namespace }}) has run for a long time.',
      description:
        'The oldest active transaction in database {{ $labels.datname }} ({{ $labels.namespace }}/{{ $labels.pod }}) has run for {{ $value | humanizeDuration }} ' +
        `(threshold ${t.postgresLongTransactionSeconds}s). It holds locks and keeps VACUUM from removing dead rows.`,
    },
    {
      alert: 'PostgresqlIdleInTransaction',
      expr: `max by (namespace, pod, datname) (${sel(m.maxTxDuration, job, 'state=~"idle in transaction.*"')}) > ${t.postgresIdleInTransactionSeconds}`,
      for: '2m',
      urgency: 'ticket',
      summary: 'A session in PostgreSQL database {{ $labels.datname }} ({{ $labels.namespace }}) is idle in a transaction.',
      description:
        'A session of database {{ $labels.datname }} ({{ $labels.namespace }}/{{ $labels.pod }}) has kept a transaction open without running a query ' +
        `for {{ $value | humanizeDuration }} (threshold ${t.postgresIdleInTransactionSeconds}s): an app bug that leaks a transaction. It holds its locks and blocks VACUUM.`,
    },
    {
      alert: 'PostgresqlTxidWraparound',
      expr: `${sel(m.xidAge, job)} > ${Math.round(fraction(t.postgresWraparoundPercent) * TXID_WRAPAROUND)}`,
      for: '10m',
      urgency: 'page',
      summary: 'PostgreSQL database {{ $labels.datname }} ({{ $labels.namespace }}) approaches transaction ID wraparound.',
      description:
        'The oldest unfrozen transaction ID of database {{ $labels.datname }} ({{ $labels.namespace }}/{{ $labels.pod }}) is {{ $value | humanize }} transactions old, ' +
        `more than ${t.postgresWraparoundPercent}% of the 2^31 before wraparound. Autovacuum is not freezing it; at about 2^31 PostgreSQL stops accepting writes.`,
    },
    {
      alert: 'PostgresqlHighRollbackRate',
      expr: [
        `sum by (namespace, pod, datname) (rate(${sel(m.xactRollback, job, databases)}[10m]))`,
        `/`,
        `(`,
        `  sum by (namespace, pod, datname) (rate(${sel(m.xactRollback, job, databases)}[10m]))`,
        `  +`,
        `  sum by (namespace, pod, datname) (rate(${sel(m.xactCommit, job, databases)}[10m]))`,
        `)`,
        `> ${fraction(t.postgresRollbackPercent)}`,
      ].join('\n'),
      for: '10m',
      urgency: 'ticket',
      summary: `More than ${t.postgresRollbackPercent}% of the transactions in PostgreSQL database {{ $labels.datname }} ({{ $labels.namespace }}) roll back.`,
      description:
        'Over the last 10 minutes {{ $value | humanizePercentage }} of the transactions of database {{ $labels.datname }} ({{ $labels.namespace }}/{{ $labels.pod }}) ' +
        `rolled back (threshold ${t.postgresRollbackPercent}%): the app is failing writes (constraint violations, serialisation failures, deadlocks).`,
    },
  ];
  return alerts;
}
