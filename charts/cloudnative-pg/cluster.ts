import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import {
  Cluster,
  ClusterSpecBootstrap,
  ClusterSpecBootstrapInitdbImportType,
  ClusterSpecEphemeralVolumesSizeLimitShm,
  ClusterSpecExternalClusters,
  ClusterSpecPrimaryUpdateMethod,
  ClusterSpecPrimaryUpdateStrategy,
  ClusterSpecResourcesLimits,
  ClusterSpecResourcesRequests,
} from '../../imports/postgresql.cnpg.io';
import { SecretFile } from '../../lib/database-engine';
import { imageReference } from '../../lib/image';
import { KEEP_ON_SYNC } from '../../lib/storage';
import { postgresSettings } from '../postgres';
import { BARMAN_PLUGIN, CLUSTER_NAME, clusterServices, CNPG_POSTGRES_PORT, CNPG_SECRETS, instancePodLabels, OBJECT_STORE_NAME } from './names';

/**
 * Where a cluster's WAL and base backups live: a Barman Cloud plugin ObjectStore and the
 * folder in it (`serverName`) of one cluster's backups.
 */
export interface ObjectStoreRef {
  /** Name of the ObjectStore (barmancloud.cnpg.io/v1). @default OBJECT_STORE_NAME ('postgresql') */
  readonly objectStoreName?: string;
  /** The folder of the cluster's backups in the store (Barman's server name). @default the cluster's name */
  readonly serverName?: string;
}

/** A server the import bootstrap reads from (bootstrap.initdb.import, type microservice). */
export interface ImportSource {
  /** Service name (or host) of the server to import from, e.g. the StatefulSet's `postgresql`. */
  readonly fromService: string;
  /** @default 5432 */
  readonly port?: number;
  /** The role the import logs in as: it must be able to read the whole database. @default 'postgres' */
  readonly user?: string;
  /** Where that role's password is. */
  readonly password: SecretFile;
  /** The database to import; it becomes the new cluster's application database. */
  readonly database: string;
  /** libpq sslmode towards the source. @default 'prefer' */
  readonly sslMode?: 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full';
}

/**
 * How a new cluster gets its data:
 * * `initdb`: an empty database `postgres.database` owned by `postgres.user`;
 * * `recovery`: a physical restore from an ObjectStore's base backup and WAL, to `targetTime`
 *   (RFC 3339) or, without it, to the end of the archived WAL (point-in-time recovery);
 * * `import`: initdb, then a logical copy (pg_dump | pg_restore) of one database from a
 *   running server (the migration from the StatefulSet).
 */
export type CnpgBootstrap =
  | { readonly kind: 'initdb' }
  | { readonly kind: 'recovery'; readonly source: ObjectStoreRef; readonly targetTime?: string }
  | ({ readonly kind: 'import' } & ImportSource);

export interface CnpgClusterProps {
  readonly env: EnvironmentConfig;
  readonly bootstrap: CnpgBootstrap;
  /** The Cluster's name: its Services are `<name>-rw`, `-ro`, `-r`. @default CLUSTER_NAME ('postgresql') */
  readonly name?: string;
  /** Where the cluster archives its WAL (plugins[].isWALArchiver). @default the environment's ObjectStore, folder `name` */
  readonly archive?: ObjectStoreRef;
  /** The basic-auth Secret (username, password) of the database owner. @default CNPG_SECRETS.app */
  readonly appSecretName?: string;
  /** The basic-auth Secret of the `postgres` superuser. @default CNPG_SECRETS.superuser */
  readonly superuserSecretName?: string;
  /** Extra labels of the Cluster object (not of its pods). */
  readonly labels?: Record<string, string>;
}

/**
 * CloudNativePG's fixed and blocked parameters: the operator ignores or refuses them in
 * spec.postgresql.parameters (pkg/postgres/configuration.go FixedConfigurationParameters,
 * v1.30.0). The settings we pass the StatefulSet's server that are in this list are the
 * operator's business in this mode (listen_addresses, hba_file, ident_file).
 */
export const CNPG_FIXED_PARAMETERS: ReadonlySet<string> = new Set([
  'allow_system_table_mods', 'archive_mode', 'bonjour', 'bonjour_name', 'cluster_name', 'config_file', 'data_directory',
  'data_sync_retry', 'event_source', 'external_pid_file', 'hba_file', 'hot_standby', 'ident_file', 'jit_provider',
  'listen_addresses', 'logging_collector', 'port', 'primary_conninfo', 'primary_slot_name', 'recovery_target',
  'recovery_target_action', 'recovery_target_inclusive', 'recovery_target_lsn', 'recovery_target_name',
  'recovery_target_time', 'recovery_target_timeline', 'recovery_target_xid', 'restore_command',
  'shared_preload_libraries', 'temp_tablespaces', 'unix_socket_directories', 'unix_socket_group',
  'unix_socket_permissions', 'archive_cleanup_command', 'archive_command', 'log_destination', 'log_directory',
  'log_file_mode', 'log_filename', 'log_rotation_age', 'log_rotation_size', 'log_truncate_on_rotation',
  'pg_failover_slots.primary_dsn', 'pg_failover_slots.standby_slot_names', 'promote_trigger_file',
  'recovery_end_command', 'recovery_min_apply_delay', 'restart_after_crash', 'ssl', 'ssl_ca_file', 'ssl_cert_file',
  'ssl_crl_file', 'ssl_dh_params_file', 'ssl_ecdh_curve', 'ssl_key_file', 'ssl_passphrase_command',
  'ssl_passphrase_command_supports_reload', 'ssl_prefer_server_ciphers', 'stats_temp_directory',
  'synchronous_standby_names', 'synchronized_standby_slots', 'syslog_facility', 'syslog_ident',
  'syslog_sequence_numbers', 'syslog_split_messages',
]);

/**
 * spec.postgresql.parameters: the StatefulSet server's settings (same config fields, same
 * meaning) without what the operator owns, and hot_standby_feedback on: the logical dumps
 * read from a standby, and without feedback a long pg_dump there is cancelled when vacuum on
 * the primary removes rows its snapshot still sees ("conflict with recovery").
 */
export function cnpgParameters(env: EnvironmentConfig): Record<string, string> {
  const kept = Object.entries(postgresSettings(env)).filter(([name]) => !CNPG_FIXED_PARAMETERS.has(name));
  return { ...Object.fromEntries(kept), hot_standby_feedback: 'on' };
}

const EXTERNAL_SOURCE = 'origin';

/**
 * A CloudNativePG Cluster: `instances` PostgreSQL pods (a primary and hot standbys), a data
 * and a WAL volume each, WAL archived to the Barman Cloud plugin ObjectStore, anti-affinity
 * across nodes and a spread across zones. Argo CD never prunes or deletes it.
 */
export class CnpgCluster extends Construct {
  readonly name: string;
  /** The Services the operator creates for it. */
  readonly services: { readonly rw: string; readonly ro: string; readonly r: string };
  /** Labels of its instance pods. */
  readonly podLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: CnpgClusterProps) {
    super(scope, id);
    const { env } = props;
    const pg = env.postgres;
    const cfg = pg.cloudnativePg;
    this.name = props.name ?? CLUSTER_NAME;
    this.services = clusterServices(this.name);
    this.podLabels = instancePodLabels(this.name);
    const archive = props.archive ?? {};
    const appSecret = props.appSecretName ?? CNPG_SECRETS.app;
    const zones = 'topology.kubernetes.io/zone';
    new Cluster(this, 'Resource', {
      metadata: { name: this.name, labels: props.labels, annotations: KEEP_ON_SYNC },
      spec: {
        description: `llm-stack ${env.name}: the app database ${pg.database}`,
        instances: cfg.instances,
        imageName: imageReference(cfg.image),
        imagePullPolicy: 'IfNotPresent',
        bootstrap: bootstrapSpec(props.bootstrap, { database: pg.database, owner: pg.user, secret: appSecret }),
        externalClusters: externalClusters(props.bootstrap),
        enableSuperuserAccess: true,
        superuserSecret: { name: props.superuserSecretName ?? CNPG_SECRETS.superuser },
        postgresql: { parameters: cnpgParameters(env) },
        storage: { size: pg.storage.size, storageClass: pg.storage.storageClassName },
        walStorage: { size: cfg.walStorage.size, storageClass: cfg.walStorage.storageClassName },
        resources: {
          requests: { cpu: ClusterSpecResourcesRequests.fromString(pg.resources.requests.cpu), memory: ClusterSpecResourcesRequests.fromString(pg.resources.requests.memory) },
          limits: { cpu: ClusterSpecResourcesLimits.fromString(pg.resources.limits.cpu), memory: ClusterSpecResourcesLimits.fromString(pg.resources.limits.memory) },
        },
        // The same /dev/shm budget as the StatefulSet's memory-backed emptyDir.
        ephemeralVolumesSizeLimit: { shm: ClusterSpecEphemeralVolumesSizeLimitShm.fromString(pg.shmSizeLimit) },
        // One instance per node (required: two on one node fail together); the operator's
        // affinity takes one topology key, so zones get a spread constraint, best effort
        // on clusters with fewer zones than instances.
        affinity: {
          enablePodAntiAffinity: true,
          topologyKey: 'kubernetes.io/hostname',
          podAntiAffinityType: cfg.instances > 1 ? 'required' : 'preferred',
        },
        topologySpreadConstraints: [{ maxSkew: 1, topologyKey: zones, whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: this.podLabels } }],
        // A single instance has no standby to move to: its PodDisruptionBudget would block
        // every node drain, so there is none then (as for the StatefulSet's single primary).
        enablePdb: cfg.instances > 1,
        primaryUpdateStrategy: cfg.primaryUpdateStrategy === 'supervised' ? ClusterSpecPrimaryUpdateStrategy.SUPERVISED : ClusterSpecPrimaryUpdateStrategy.UNSUPERVISED,
        primaryUpdateMethod: cfg.primaryUpdateMethod === 'switchover' ? ClusterSpecPrimaryUpdateMethod.SWITCHOVER : ClusterSpecPrimaryUpdateMethod.RESTART,
        switchoverDelay: cfg.switchoverDelay,
        plugins: [
          {
            name: BARMAN_PLUGIN,
            isWalArchiver: true,
            parameters: { barmanObjectName: archive.objectStoreName ?? OBJECT_STORE_NAME, serverName: archive.serverName ?? this.name },
          },
        ],
      },
    });
  }
}

interface AppDatabase {
  readonly database: string;
  readonly owner: string;
  readonly secret: string;
}

function bootstrapSpec(b: CnpgBootstrap, app: AppDatabase): ClusterSpecBootstrap {
  const owner = { database: app.database, owner: app.owner, secret: { name: app.secret } };
  switch (b.kind) {
    case 'initdb':
      return { initdb: { ...owner, dataChecksums: true } };
    case 'recovery':
      return { recovery: { ...owner, source: EXTERNAL_SOURCE, recoveryTarget: b.targetTime ? { targetTime: b.targetTime } : undefined } };
    case 'import':
      return {
        initdb: {
          ...owner,
          dataChecksums: true,
          import: { type: ClusterSpecBootstrapInitdbImportType.MICROSERVICE, databases: [b.database], source: { externalCluster: EXTERNAL_SOURCE } },
        },
      };
  }
}

function externalClusters(b: CnpgBootstrap): ClusterSpecExternalClusters[] | undefined {
  switch (b.kind) {
    case 'initdb':
      return undefined;
    case 'recovery':
      return [
        {
          name: EXTERNAL_SOURCE,
          plugin: { name: BARMAN_PLUGIN, parameters: { barmanObjectName: b.source.objectStoreName ?? OBJECT_STORE_NAME, serverName: b.source.serverName ?? CLUSTER_NAME } },
        },
      ];
    case 'import':
      return [
        {
          name: EXTERNAL_SOURCE,
          connectionParameters: {
            host: b.fromService,
            port: String(b.port ?? CNPG_POSTGRES_PORT),
            user: b.user ?? 'postgres',
            dbname: b.database,
            sslmode: b.sslMode ?? 'prefer',
          },
          password: { name: b.password.secretName, key: b.password.key },
        },
      ];
  }
}
