import { EnvironmentConfig } from '../../config/schema';
import type { PanelSpec, RowSpec } from './dashboard';
import {
  CNPG_INSTANCE_POD,
  CNPG_POOLER_CLIENTS_PERCENT,
  CNPG_POOLER_MAX_WAIT_SECONDS,
  CNPG_POOLER_POD,
  CNPG_REPLICATION_LAG_SECONDS,
  PLUGIN_LAST_BACKUP,
} from './rules/cloudnative-pg';
import { fraction, selector } from './rules/promql';

// The dashboard rows of the cloudnative-pg engine (dashboard.ts databaseRows picks them): the
// same PostgreSQL panels as the statefulset's, from the instance exporter's cnpg_* names
// (test/metrics-catalogue/cloudnative-pg.yaml), and a row for the Cluster itself.

const rate = (s: string) => `rate(${s}[$__rate_interval])`;

function instanceSel(env: EnvironmentConfig): (metric: string, ...matchers: string[]) => string {
  return (metric, ...matchers) => selector(metric, [`namespace="${env.namespace}"`, CNPG_INSTANCE_POD, ...matchers]);
}

/** The PostgreSQL row, per instance: the primary and its standbys each serve their own statistics. */
export function cnpgPostgresRow(env: EnvironmentConfig): RowSpec {
  const sel = instanceSel(env);
  const t = env.monitoring.thresholds;
  const databases = 'datname!~"template.*"';
  return {
    title: 'PostgreSQL',
    panels: [
      {
        title: 'Connections',
        description: `Backends by instance and state, and max_connections. PostgresqlTooManyConnections fires above ${t.postgresConnectionsPercent}%.`,
        unit: 'short',
        min: 0,
        targets: [
          { expr: `sum by (pod, state) (${sel('cnpg_backends_total')})`, legendFormat: '{{pod}} {{state}}' },
          { expr: `max(${sel('cnpg_pg_settings_setting', 'name="max_connections"')})`, legendFormat: 'max_connections' },
        ],
      },
      {
        title: 'Transactions',
        description: 'Commits and rollbacks per second, by database (the primary\'s; standbys commit none).',
        unit: 'ops',
        min: 0,
        targets: [
          { expr: `sum by (datname) (${rate(sel('cnpg_pg_stat_database_xact_commit', databases))})`, legendFormat: '{{datname}} commits' },
          { expr: `sum by (datname) (${rate(sel('cnpg_pg_stat_database_xact_rollback', databases))})`, legendFormat: '{{datname}} rollbacks' },
        ],
      },
      {
        title: 'Database size',
        description: 'Size on disk of each database.',
        unit: 'bytes',
        min: 0,
        targets: [{ expr: `max by (datname) (${sel('cnpg_pg_database_size_bytes', databases)})`, legendFormat: '{{datname}}' }],
      },
      {
        title: 'Deadlocks',
        description: 'Deadlocks in the past 10 minutes, by database.',
        unit: 'short',
        min: 0,
        targets: [{ expr: `sum by (datname) (increase(${sel('cnpg_pg_stat_database_deadlocks')}[10m]))`, legendFormat: '{{datname}}' }],
      },
      {
        title: 'Oldest transaction',
        description: `Age of the oldest active and idle-in-transaction transaction. PostgresqlLongTransaction fires above ${t.postgresLongTransactionSeconds}s, PostgresqlIdleInTransaction above ${t.postgresIdleInTransactionSeconds}s.`,
        unit: 's',
        min: 0,
        targets: [{ expr: `max by (state) (${sel('cnpg_backends_max_tx_duration_seconds', 'state=~"active|idle in transaction.*"')})`, legendFormat: '{{state}}' }],
      },
      {
        title: 'Transaction ID age',
        description: `Age of each database's oldest unfrozen transaction ID, as a share of the 2^31 before wraparound. PostgresqlTxidWraparound fires above ${t.postgresWraparoundPercent}%.`,
        unit: 'percentunit',
        min: 0,
        threshold: fraction(t.postgresWraparoundPercent),
        targets: [{ expr: `max by (datname) (${sel('cnpg_pg_database_xid_age')}) / ${2 ** 31}`, legendFormat: '{{datname}}' }],
      },
      {
        title: 'Up',
        description: 'cnpg_collector_up: 1 when an instance\'s exporter can connect to its PostgreSQL.',
        unit: 'short',
        min: 0,
        max: 1,
        targets: [{ expr: `max by (pod) (${sel('cnpg_collector_up')})`, legendFormat: '{{pod}}' }],
      },
    ],
  };
}

/** The Cluster: roles, standbys, replication lag, WAL archiving, base backups, and the Pooler where there is one. */
export function cnpgClusterRow(env: EnvironmentConfig): RowSpec {
  const sel = instanceSel(env);
  const { instances, pooler } = env.postgres.cloudnativePg;
  const onPrimary = `(${sel('cnpg_pg_replication_in_recovery')} == 0)`;
  const panels: PanelSpec[] = [
    {
      title: 'Instance roles',
      description: '1: a standby (in recovery), 0: the primary. A change is a failover or a switchover (CnpgPrimaryChanged); no 0 at all is CnpgPrimaryMissing.',
      unit: 'short',
      min: 0,
      max: 1,
      targets: [{ expr: `max by (pod) (${sel('cnpg_pg_replication_in_recovery')})`, legendFormat: '{{pod}}' }],
    },
    {
      title: 'Streaming standbys',
      description: `Standbys streaming from the primary; the Cluster's ${instances} instances give ${instances - 1}. CnpgStandbyMissing fires below that for 10 minutes.`,
      unit: 'short',
      min: 0,
      targets: [
        { expr: `max(${sel('cnpg_pg_replication_streaming_replicas')} and on (namespace, pod) ${onPrimary})`, legendFormat: 'streaming' },
        { expr: `vector(${instances - 1})`, legendFormat: 'expected' },
      ],
    },
    {
      title: 'Replication lag',
      description: `How far each standby's replay is behind the primary. CnpgReplicationLagHigh fires above ${CNPG_REPLICATION_LAG_SECONDS}s.`,
      unit: 's',
      min: 0,
      threshold: CNPG_REPLICATION_LAG_SECONDS,
      targets: [{ expr: `max by (pod) (${sel('cnpg_pg_replication_lag')})`, legendFormat: '{{pod}}' }],
    },
    {
      title: 'WAL archiving',
      description: 'WAL files the primary archived and failed to archive per second (through the Barman Cloud plugin). CnpgWalArchivingFailing fires while failures continue with no success since.',
      unit: 'ops',
      min: 0,
      targets: [
        { expr: `sum by (pod) (${rate(sel('cnpg_pg_stat_archiver_archived_count'))})`, legendFormat: '{{pod}} archived' },
        { expr: `sum by (pod) (${rate(sel('cnpg_pg_stat_archiver_failed_count'))})`, legendFormat: '{{pod}} failed' },
      ],
    },
    {
      title: 'Time since last archived WAL',
      description: 'Seconds since the primary last archived a WAL file (-1: never). It grows on an idle database too: PostgreSQL only switches WAL segments when something was written.',
      unit: 's',
      targets: [{ expr: `max by (pod) (${sel('cnpg_pg_stat_archiver_seconds_since_last_archival')})`, legendFormat: '{{pod}}' }],
    },
    {
      title: 'Base backup age',
      description: `Time since the newest successful base backup in the object store (the Barman Cloud plugin's metric; empty: none yet). CnpgBackupStale fires above ${env.monitoring.thresholds.backupMaxAgeHours}h.`,
      unit: 's',
      min: 0,
      threshold: env.monitoring.thresholds.backupMaxAgeHours * 3600,
      targets: [{ expr: `time() - max(${sel(PLUGIN_LAST_BACKUP)} != 0)`, legendFormat: 'base backup' }],
    },
  ];
  if (pooler.enabled) panels.push(...poolerPanels(env, pooler.maxClientConn));
  return { title: 'CloudNativePG', panels };
}

function poolerPanels(env: EnvironmentConfig, maxClientConn: number): PanelSpec[] {
  const sel = (metric: string) => selector(metric, [`namespace="${env.namespace}"`, CNPG_POOLER_POD]);
  return [
    {
      title: 'Pooler client connections',
      description: `Client connections of each PgBouncer pod, active and waiting, and its max_client_conn. CnpgPoolerClientsSaturated fires above ${CNPG_POOLER_CLIENTS_PERCENT}%.`,
      unit: 'short',
      min: 0,
      threshold: Math.round(maxClientConn * fraction(CNPG_POOLER_CLIENTS_PERCENT)),
      targets: [
        { expr: `sum by (pod) (${sel('cnpg_pgbouncer_pools_cl_active')})`, legendFormat: '{{pod}} active' },
        { expr: `sum by (pod) (${sel('cnpg_pgbouncer_pools_cl_waiting')})`, legendFormat: '{{pod}} waiting' },
        { expr: `vector(${maxClientConn})`, legendFormat: 'max_client_conn' },
      ],
    },
    {
      title: 'Pooler wait',
      description: `How long the oldest client of each pool has waited for a server connection. CnpgPoolerClientsWaiting fires above ${CNPG_POOLER_MAX_WAIT_SECONDS}s.`,
      unit: 's',
      min: 0,
      threshold: CNPG_POOLER_MAX_WAIT_SECONDS,
      targets: [{ expr: `max by (pod, database) (${sel('cnpg_pgbouncer_pools_maxwait')})`, legendFormat: '{{pod}} {{database}}' }],
    },
  ];
}
