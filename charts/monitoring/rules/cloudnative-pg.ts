import { CLUSTER_NAME, POOLER_NAME } from '../../cloudnative-pg/names';
import { PostgresMetrics, sharedPostgresqlAlerts } from './postgresql';
import { Alert, ComponentRules, fraction, hoursToSeconds, humanHours, RuleContext } from './promql';

// The alerts of the cloudnative-pg engine: the Cluster's replication, WAL archiving, physical
// backups and the PgBouncer Pooler. Every name is pinned in test/metrics-catalogue/
// cloudnative-pg.yaml (CloudNativePG v1.30.0: the instance manager's built-in collector and
// the default-monitoring queries, config/manager/default-monitoring.yaml) and
// barman-cloud-plugin.yaml (Barman Cloud plugin v0.14.0, internal/cnpgi/instance/metrics.go).
// The instance exporter serves `cnpg_*` names only, never postgres-exporter's `pg_*`.

/** The Cluster's instance pods are `<cluster>-<serial>` (pkg/specs/pods.go at v1.30.0); a restored or imported Cluster beside it is another name. */
export const CNPG_INSTANCE_POD = `pod=~"${CLUSTER_NAME}-[0-9]+"`;

/** The Pooler's PgBouncer pods belong to its Deployment `<pooler>` (pkg/specs/pgbouncer/deployments.go): `<pooler>-<hash>-<id>`. */
export const CNPG_POOLER_POD = `pod=~"${POOLER_NAME}-[a-z0-9]+-[a-z0-9]+"`;

/** Seconds a standby may replay behind the primary (CloudNativePG's sample PGReplication alert: 300). */
export const CNPG_REPLICATION_LAG_SECONDS = 300;

/** How long CnpgPrimaryChanged fires after a standby became the primary. */
export const CNPG_PRIMARY_CHANGE_WINDOW = '15m';

/** Client connections of one PgBouncer pod as a percentage of its max_client_conn. */
export const CNPG_POOLER_CLIENTS_PERCENT = 80;

/** Seconds the oldest client of a pool may wait for a server connection. */
export const CNPG_POOLER_MAX_WAIT_SECONDS = 5;

/** The plugin's timestamp of the newest successful base backup (0: none yet). */
export const PLUGIN_LAST_BACKUP = 'barman_cloud_cloudnative_pg_io_last_available_backup_timestamp';

/** What the cloudnative-pg alerts need from the configuration. */
export interface CnpgAlertSettings {
  /** The Cluster's `instances`: a primary and instances - 1 streaming standbys. */
  readonly instances: number;
  /** The Pooler, when there is one. */
  readonly pooler?: { readonly maxClientConnections: number; readonly defaultPoolSize: number };
}

/**
 * The instance exporter's names for the PostgreSQL alerts both engines have: the
 * default-monitoring queries `backends`, `pg_settings`, `pg_stat_database`, `pg_database` and
 * `pg_postmaster` (config/manager/default-monitoring.yaml at v1.30.0). Every instance serves
 * them, the standbys too, so a standby's long transaction or restart alerts as the primary's does.
 */
export const CNPG_METRICS: PostgresMetrics = {
  target: CNPG_INSTANCE_POD,
  connections: 'cnpg_backends_total',
  setting: (name) => ['cnpg_pg_settings_setting', CNPG_INSTANCE_POD, `name="${name}"`],
  deadlocks: 'cnpg_pg_stat_database_deadlocks',
  xactCommit: 'cnpg_pg_stat_database_xact_commit',
  xactRollback: 'cnpg_pg_stat_database_xact_rollback',
  maxTxDuration: 'cnpg_backends_max_tx_duration_seconds',
  xidAge: 'cnpg_pg_database_xid_age',
  // The postmaster's own start time: the instance manager restarts PostgreSQL inside its
  // container too (a parameter that needs a restart), which no container metric sees.
  startTime: (sel) => `max by (namespace, pod) (${sel('cnpg_pg_postmaster_start_time', CNPG_INSTANCE_POD)})`,
  restartedDescription:
    'PostgreSQL in pod {{ $labels.namespace }}/{{ $labels.pod }} started {{ $value | humanizeDuration }} ago (the server, or its whole pod). ' +
    'Connections were dropped; if nobody changed it on purpose (an update, a switchover, a parameter), find out why it restarted.',
};

/**
 * The `postgresql` group of the cloudnative-pg engine: the statefulset's alerts but
 * PostgresqlDown (CnpgPrimaryMissing stands for it), from the instance exporter's names.
 */
export function cnpgPostgresqlRules(ctx: RuleContext): ComponentRules {
  const [connections, deadlocks, restarted, ...others] = sharedPostgresqlAlerts(ctx, CNPG_METRICS);
  return { component: 'postgresql', alerts: [connections, deadlocks, restarted, cnpgExporterErrors(ctx), ...others] };
}

function cnpgExporterErrors(ctx: RuleContext): Alert {
  return {
    alert: 'PostgresqlExporterErrors',
    // No target at all needs no arm here: CnpgPrimaryMissing fires on it.
    expr: [
      `${ctx.sel('cnpg_collector_last_collection_error', CNPG_INSTANCE_POD)} == 1`,
      `or`,
      `${ctx.sel('up', CNPG_INSTANCE_POD)} == 0`,
    ].join('\n'),
    for: '10m',
    urgency: 'ticket',
    summary: 'The metrics exporter of PostgreSQL instance {{ $labels.namespace }}/{{ $labels.pod }} is failing.',
    description:
      'For 10 minutes the instance manager of {{ $labels.namespace }}/{{ $labels.pod }} has failed to collect PostgreSQL metrics (a query or the connection failed), ' +
      'or Prometheus has failed to scrape it. The other PostgreSQL alerts are blind for that instance until it is fixed.',
  };
}

/** CloudNativePG: primary, standbys, replication lag, WAL archiving, base backups and the Pooler. */
export function cloudnativePgRules(ctx: RuleContext, settings: CnpgAlertSettings): ComponentRules {
  const alerts: Alert[] = [primaryMissing(ctx), primaryChanged(ctx), replicationLag(ctx), walArchivingFailing(ctx), ...backupAlerts(ctx)];
  if (settings.instances > 1) alerts.splice(2, 0, standbyMissing(ctx, settings.instances - 1));
  if (settings.pooler) alerts.push(poolerClientsSaturated(ctx, settings.pooler.maxClientConnections), poolerClientsWaiting(ctx, settings.pooler.defaultPoolSize));
  return { component: 'cloudnative-pg', alerts };
}

function primaryMissing(ctx: RuleContext): Alert {
  return {
    alert: 'CnpgPrimaryMissing',
    // in_recovery is served only while the exporter reaches PostgreSQL, so this also fires when
    // every instance is down or no instance is scraped at all (absent() of an empty vector).
    expr: `absent(${ctx.sel('cnpg_pg_replication_in_recovery', CNPG_INSTANCE_POD)} == 0)`,
    for: '2m',
    urgency: 'page',
    labels: { namespace: ctx.namespace },
    summary: `No PostgreSQL primary in ${ctx.namespace}.`,
    description:
      `For 2 minutes no instance of Cluster ${ctx.namespace}/${CLUSTER_NAME} has reported itself as a primary (out of recovery): ` +
      'the instances are down, not scraped, or the operator has not promoted a standby. The app cannot write.',
  };
}

function primaryChanged(ctx: RuleContext): Alert {
  const inRecovery = ctx.sel('cnpg_pg_replication_in_recovery', CNPG_INSTANCE_POD);
  return {
    alert: 'CnpgPrimaryChanged',
    // A standby promoted: in recovery within the window, out of it now (a failover, or a switchover).
    expr: `(${inRecovery} == 0)\nand on (namespace, pod)\n(max_over_time(${inRecovery}[${CNPG_PRIMARY_CHANGE_WINDOW}]) == 1)`,
    for: '1m',
    urgency: 'ticket',
    summary: 'PostgreSQL instance {{ $labels.namespace }}/{{ $labels.pod }} became the primary.',
    description:
      `Instance {{ $labels.namespace }}/{{ $labels.pod }} was a standby within the last ${CNPG_PRIMARY_CHANGE_WINDOW} and is the primary now: ` +
      'CloudNativePG failed over (the old primary was lost) or switched over (an update, or by hand). Connections to the old primary were dropped.',
  };
}

function standbyMissing(ctx: RuleContext, standbys: number): Alert {
  const onPrimary = `(${ctx.sel('cnpg_pg_replication_in_recovery', CNPG_INSTANCE_POD)} == 0)`;
  return {
    alert: 'CnpgStandbyMissing',
    expr: `max by (namespace) (\n  ${ctx.sel('cnpg_pg_replication_streaming_replicas', CNPG_INSTANCE_POD)}\n  and on (namespace, pod)\n  ${onPrimary}\n) < ${standbys}`,
    for: '10m',
    urgency: 'ticket',
    summary: `PostgreSQL in {{ $labels.namespace }} has fewer than ${standbys} streaming standbys.`,
    description:
      `For 10 minutes the primary of Cluster {{ $labels.namespace }}/${CLUSTER_NAME} has had {{ $value }} standbys streaming from it, ` +
      `of the ${standbys} its ${standbys + 1} instances should give. A failover now may lose data or have no standby to promote.`,
  };
}

function replicationLag(ctx: RuleContext): Alert {
  return {
    alert: 'CnpgReplicationLagHigh',
    expr: `max by (namespace, pod) (${ctx.sel('cnpg_pg_replication_lag', CNPG_INSTANCE_POD)}) > ${CNPG_REPLICATION_LAG_SECONDS}`,
    for: '5m',
    urgency: 'ticket',
    summary: 'PostgreSQL standby {{ $labels.namespace }}/{{ $labels.pod }} lags behind the primary.',
    description:
      'Standby {{ $labels.namespace }}/{{ $labels.pod }} is {{ $value | humanizeDuration }} behind the primary: the time since the last transaction it replayed, ' +
      `while received WAL waits (threshold ${CNPG_REPLICATION_LAG_SECONDS}s). Reads from the -r and -ro Services are that stale.`,
  };
}

function walArchivingFailing(ctx: RuleContext): Alert {
  const s = (m: string) => ctx.sel(`cnpg_pg_stat_archiver_${m}`, CNPG_INSTANCE_POD);
  return {
    alert: 'CnpgWalArchivingFailing',
    // Still failing: new failures, and the last attempt failed after the last success
    // (CloudNativePG's sample LastFailedArchiveTime). Both times are -1 until the first attempt.
    expr: `increase(${s('failed_count')}[5m]) > 0\nand on (namespace, pod)\n${s('last_failed_time')} > ${s('last_archived_time')}`,
    for: '5m',
    urgency: 'page',
    summary: 'WAL archiving of PostgreSQL {{ $labels.namespace }}/{{ $labels.pod }} is failing.',
    description:
      'The primary {{ $labels.namespace }}/{{ $labels.pod }} failed to archive WAL {{ $value | printf "%.0f" }} times in the last 5 minutes and has archived none since. ' +
      'Point-in-time recovery stops at the last archived segment, and unarchived WAL fills the WAL volume.',
  };
}

function backupAlerts(ctx: RuleContext): Alert[] {
  const hours = ctx.monitoring.thresholds.backupMaxAgeHours;
  const maxAge = hoursToSeconds(hours);
  const threshold = humanHours(hours);
  const last = ctx.sel(PLUGIN_LAST_BACKUP, CNPG_INSTANCE_POD);
  return [
    {
      alert: 'CnpgBackupStale',
      // != 0: the plugin serves 0 until the first success, CnpgBackupNeverSucceeded's case.
      expr: `time() - max by (namespace) (${last} != 0) > ${maxAge}`,
      for: '5m',
      urgency: 'page',
      summary: `The newest base backup of PostgreSQL in {{ $labels.namespace }} is older than ${threshold}.`,
      description:
        `The newest successful base backup of Cluster {{ $labels.namespace }}/${CLUSTER_NAME} in the object store finished {{ $value | humanizeDuration }} ago ` +
        `(threshold ${threshold}). Recovery has to replay WAL since then, and the retention may soon remove the only base backup.`,
    },
    {
      alert: 'CnpgBackupNeverSucceeded',
      // 0 for the whole threshold, and the series existed that long ago: a Cluster that has
      // been running for that long without a single base backup (a new one is left alone).
      expr: [
        `max by (namespace) (max_over_time(${last}[${maxAge}s])) == 0`,
        `and on (namespace)`,
        `max by (namespace) (${last} offset ${maxAge}s)`,
      ].join('\n'),
      for: '5m',
      urgency: 'page',
      summary: `PostgreSQL in {{ $labels.namespace }} has no base backup.`,
      description:
        `For ${threshold} the Barman Cloud plugin has reported no successful base backup of Cluster {{ $labels.namespace }}/${CLUSTER_NAME} in the object store. ` +
        'Without one there is no point-in-time recovery at all.',
    },
  ];
}

function poolerClientsSaturated(ctx: RuleContext, maxClientConnections: number): Alert {
  const clients = (m: string) => `sum by (namespace, pod) (${ctx.sel(`cnpg_pgbouncer_pools_${m}`, CNPG_POOLER_POD)})`;
  return {
    alert: 'CnpgPoolerClientsSaturated',
    expr: `(${clients('cl_active')} + ${clients('cl_waiting')})\n/ ${maxClientConnections}\n> ${fraction(CNPG_POOLER_CLIENTS_PERCENT)}`,
    for: '5m',
    urgency: 'ticket',
    summary: `PgBouncer {{ $labels.namespace }}/{{ $labels.pod }} uses more than ${CNPG_POOLER_CLIENTS_PERCENT}% of its client connections.`,
    description:
      `PgBouncer pod {{ $labels.namespace }}/{{ $labels.pod }} has held {{ $value | humanizePercentage }} of its max_client_conn (${maxClientConnections}) ` +
      `for 5 minutes (threshold ${CNPG_POOLER_CLIENTS_PERCENT}%). When none are left, new app connections are refused.`,
  };
}

function poolerClientsWaiting(ctx: RuleContext, defaultPoolSize: number): Alert {
  return {
    alert: 'CnpgPoolerClientsWaiting',
    expr: `max by (namespace, pod, database) (${ctx.sel('cnpg_pgbouncer_pools_maxwait', CNPG_POOLER_POD)}) > ${CNPG_POOLER_MAX_WAIT_SECONDS}`,
    for: '5m',
    urgency: 'ticket',
    summary: 'Clients of PgBouncer {{ $labels.namespace }}/{{ $labels.pod }} wait for a server connection.',
    description:
      'The oldest client of pool {{ $labels.database }} on {{ $labels.namespace }}/{{ $labels.pod }} has waited {{ $value | humanizeDuration }} for a server connection ' +
      `(threshold ${CNPG_POOLER_MAX_WAIT_SECONDS}s): the pool's ${defaultPoolSize} server connections (default_pool_size) are all busy. Queries queue up and time out.`,
  };
}
