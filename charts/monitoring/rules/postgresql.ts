import { POSTGRES_NAME } from '../../postgres';
import { Alert, ComponentRules, fraction, RuleContext } from './promql';

/** postgres-exporter's metrics carry job="postgresql": the PodMonitor takes the job from the pod's name label. */
export const POSTGRES_JOB = POSTGRES_NAME;

/** Seconds after a (re)start during which PostgresqlRestarted fires. */
export const RESTART_WINDOW_SECONDS = 600;

/** PostgreSQL, from postgres-exporter (the sidecar) and kube-state-metrics. */
export function postgresqlRules(ctx: RuleContext): ComponentRules {
  const { sel } = ctx;
  const t = ctx.monitoring.thresholds;
  const job = `job="${POSTGRES_JOB}"`;

  const alerts: Alert[] = [
    {
      alert: 'PostgresqlDown',
      // Either arm alone misses a case: pg_up needs a running exporter, and the pod's
      // readiness (pg_isready) says nothing when the exporter cannot connect over the socket.
      expr: [
        `${sel('pg_up', job)} == 0`,
        `or`,
        `${sel('kube_statefulset_status_replicas_ready', `statefulset="${POSTGRES_NAME}"`)} == 0`,
      ].join('\n'),
      for: '2m',
      severity: 'critical',
      summary: 'PostgreSQL is down in {{ $labels.namespace }}.',
      description:
        'PostgreSQL in {{ $labels.namespace }} has not been serving for 2 minutes: postgres-exporter cannot connect to it, ' +
        'or its pod is not ready. The app cannot read or write users, sessions or history.',
    },
    {
      alert: 'PostgresqlTooManyConnections',
      expr: [
        `sum by (namespace, pod) (${sel('pg_stat_activity_count', job)})`,
        `/`,
        `max by (namespace, pod) (${sel('pg_settings_max_connections', job)})`,
        `> ${fraction(t.postgresConnectionsPercent)}`,
      ].join('\n'),
      for: '5m',
      severity: 'warning',
      summary: `PostgreSQL in {{ $labels.namespace }} uses more than ${t.postgresConnectionsPercent}% of max_connections.`,
      description:
        'PostgreSQL pod {{ $labels.namespace }}/{{ $labels.pod }} has used {{ $value | humanizePercentage }} of max_connections ' +
        `for 5 minutes (threshold ${t.postgresConnectionsPercent}%). When none are left, new app sessions fail with "too many clients".`,
    },
    {
      alert: 'PostgresqlDeadlocks',
      expr: `increase(${sel('pg_stat_database_deadlocks', job)}[10m]) > ${t.postgresDeadlocks}`,
      for: '1m',
      severity: 'warning',
      summary: 'Deadlocks in PostgreSQL database {{ $labels.datname }} in {{ $labels.namespace }}.',
      description:
        'Database {{ $labels.datname }} ({{ $labels.namespace }}/{{ $labels.pod }}) had {{ $value | printf "%.0f" }} deadlock(s) ' +
        `in the last 10 minutes (threshold: more than ${t.postgresDeadlocks}). PostgreSQL aborted one transaction of each; the app saw those as errors.`,
    },
    {
      alert: 'PostgresqlRestarted',
      expr: `time() - ${sel('pg_postmaster_start_time_seconds', job)} < ${RESTART_WINDOW_SECONDS}`,
      for: '1m',
      severity: 'warning',
      summary: 'PostgreSQL restarted in {{ $labels.namespace }}.',
      description:
        'PostgreSQL pod {{ $labels.namespace }}/{{ $labels.pod }} started {{ $value | humanizeDuration }} ago. ' +
        'Connections were dropped; if nobody changed it on purpose, find out why it restarted.',
    },
    {
      alert: 'PostgresqlExporterErrors',
      // absent(): no target at all, e.g. the PodMonitor is not selected by Prometheus,
      // which would leave every other PostgreSQL alert silently blind.
      expr: [
        `${sel('pg_exporter_last_scrape_error', job)} == 1`,
        `or`,
        `${sel('up', job)} == 0`,
        `or`,
        `absent(${sel('up', job)})`,
      ].join('\n'),
      for: '10m',
      severity: 'warning',
      summary: 'postgres-exporter is failing in {{ $labels.namespace }}.',
      description:
        'For 10 minutes postgres-exporter in {{ $labels.namespace }} has failed to query PostgreSQL, or Prometheus has failed to scrape it ' +
        '(or found no target). The other PostgreSQL alerts are blind until it is fixed.',
    },
  ];
  return { component: 'postgresql', alerts };
}
