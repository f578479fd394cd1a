import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/schema';
import { Scripts } from '../scripts';
import { checksum } from '../lib/checksum';
import { disruptionBudget } from '../lib/disruption';
import { namespacedPeer, podPeer, tcpPort } from '../lib/endpoint';
import { recommendedLabels, selectorLabels } from '../lib/labels';
import { DatabaseEngine, SecretFile } from '../lib/database-engine';
import { ServiceEndpoint } from '../lib/endpoint';
import { SecretSource } from '../lib/secret-source';
import { RunAs } from '../lib/security';
import { statefulServices } from '../lib/services';
import { singleInstanceStatefulSet } from '../lib/stateful-set';
import { container, execProbe, memoryVolume, podTemplate, scratchVolume } from '../lib/workload';
import { DatabaseConnection } from './app';
import { identity, podLabels } from './identities';
import { imageVersion } from '../lib/image';
import { EXPORTER_ARGS, EXPORTER_QUERIES, EXPORTER_QUERIES_DIR, EXPORTER_QUERIES_FILE } from './monitoring/exporter';

export const POSTGRES_NAME = 'postgresql';
export const POSTGRES_PORT = 5432;
export const EXPORTER_PORT = 9187;
export const POSTGRES_DATA_MOUNT = '/var/lib/postgresql/data';
/** A subdirectory, so initdb never meets the volume's lost+found. */
export const PGDATA = `${POSTGRES_DATA_MOUNT}/pgdata`;
/** The official image's postgres user. */
export const POSTGRES_RUN_AS: RunAs = { user: 999, group: 999, fsGroup: 999 };
const EXPORTER_RUN_AS: RunAs = { user: 65534, group: 65534 };
export const CREDENTIALS_SECRET = 'postgresql-credentials';
/** Where the postgresql pod, and the backup jobs, mount the credentials Secret (one file per key). */
export const CREDENTIALS_DIR = '/var/run/secrets/postgresql';
/** pg_hba.conf and pg_ident.conf from the ConfigMap postgresql-auth. */
const AUTH_DIR = '/etc/postgresql/auth';
/**
 * Only for a new data directory (the image passes them to initdb; docker-library/postgres
 * 17/bookworm/docker-entrypoint.sh at 17.6, docker_init_database_dir): never trust, so the
 * data directory's own pg_hba.conf is safe too, although the server reads AUTH_DIR's.
 */
export const INITDB_ARGS = '--auth-local=peer --auth-host=scram-sha-256';

/** `postgres -c name=value` settings; the real-database test starts a server with these. */
export function postgresSettings(env: EnvironmentConfig): Record<string, string> {
  return {
    listen_addresses: '*',
    max_connections: String(env.postgres.maxConnections),
    shared_buffers: env.postgres.sharedBuffers,
    password_encryption: 'scram-sha-256',
    log_min_duration_statement: '1000',
    log_connections: 'off',
    log_line_prefix: '%m [%p] %q%u@%d ',
    // Client authentication from the ConfigMap (scripts/postgres/pg_hba.conf): it holds for
    // data directories initialised before it, too. The image's init-time server gets these
    // arguments as well (docker_temp_server_start passes "$@").
    hba_file: `${AUTH_DIR}/pg_hba.conf`,
    ident_file: `${AUTH_DIR}/pg_ident.conf`,
  };
}

export interface PostgresChartProps {
  readonly env: EnvironmentConfig;
  readonly scripts: Scripts;
}

/** PostgreSQL: one primary in a StatefulSet, a postgres-exporter sidecar, credentials by reference. */
export class PostgresChart extends Chart implements DatabaseEngine {
  readonly connection: DatabaseConnection;
  readonly credentials: SecretSource;
  /** The one server: the dumps read from it and the restores write to it. */
  readonly dumpSource: ServiceEndpoint;
  readonly primary: ServiceEndpoint;
  readonly superuserPassword: SecretFile;

  constructor(scope: Construct, id: string, props: PostgresChartProps) {
    const { env } = props;
    const cfg = env.postgres;
    const ident = identity('postgres', env.namespace, imageVersion(cfg.image));
    super(scope, id, { namespace: env.namespace, labels: recommendedLabels(ident) });
    const selector = selectorLabels(ident);

    this.credentials = new SecretSource(this, 'credentials', {
      name: CREDENTIALS_SECRET,
      secrets: env.secrets,
      keys: {
        password: env.secrets.remoteKeys.postgresPassword,
        'postgres-password': env.secrets.remoteKeys.postgresSuperuserPassword,
      },
    });
    const credentials = this.credentials;

    const initScripts = new k8s.KubeConfigMap(this, 'init-scripts', {
      metadata: { name: `${POSTGRES_NAME}-init` },
      data: { 'init-app-user.sh': props.scripts.postgresInit },
    });
    const auth = new k8s.KubeConfigMap(this, 'auth', {
      metadata: { name: `${POSTGRES_NAME}-auth` },
      data: {
        'pg_hba.conf': props.scripts.postgresHba,
        'pg_ident.conf': props.scripts.postgresIdent,
        'sync-passwords.sh': props.scripts.postgresPasswordSync,
      },
    });
    // The exporter's custom queries (charts/monitoring/exporter.ts: what the alerts read).
    const exporterQueries = new k8s.KubeConfigMap(this, 'exporter-queries', {
      metadata: { name: `${POSTGRES_NAME}-exporter-queries` },
      data: { [EXPORTER_QUERIES_FILE]: EXPORTER_QUERIES },
    });
    const credentialsMount: k8s.VolumeMount = { name: 'credentials', mountPath: CREDENTIALS_DIR, readOnly: true };

    new k8s.KubeServiceAccount(this, 'service-account', {
      metadata: { name: POSTGRES_NAME },
      automountServiceAccountToken: false,
    });
    const services = statefulServices(this, {
      name: POSTGRES_NAME,
      selector,
      ports: [
        { name: 'postgresql', port: POSTGRES_PORT },
        { name: 'metrics', port: EXPORTER_PORT },
      ],
    });

    const pgIsReady = ['pg_isready', '--host=127.0.0.1', `--port=${POSTGRES_PORT}`, '--username=postgres', '--dbname=postgres', '--timeout=3'];
    const postgres = container({
      name: 'postgresql',
      image: cfg.image,
      runAs: POSTGRES_RUN_AS,
      resources: cfg.resources,
      args: Object.entries(postgresSettings(env)).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
      ports: [{ name: 'postgresql', containerPort: POSTGRES_PORT }],
      env: [
        { name: 'PGDATA', value: PGDATA },
        { name: 'POSTGRES_DB', value: cfg.database },
        { name: 'APP_DB_USER', value: cfg.user },
        // Files of the mounted Secret, not env values: the image reads POSTGRES_PASSWORD_FILE
        // (file_env), init-app-user.sh reads APP_DB_PASSWORD_FILE. Both only initialise an
        // empty data directory; the password-sync sidecar applies later changes.
        { name: 'POSTGRES_PASSWORD_FILE', value: credentials.file(CREDENTIALS_DIR, 'postgres-password') },
        { name: 'APP_DB_PASSWORD_FILE', value: credentials.file(CREDENTIALS_DIR, 'password') },
        { name: 'POSTGRES_INITDB_ARGS', value: INITDB_ARGS },
      ],
      volumeMounts: [
        { name: 'data', mountPath: POSTGRES_DATA_MOUNT },
        { name: 'run', mountPath: '/var/run/postgresql' },
        { name: 'tmp', mountPath: '/tmp' },
        // Parallel queries' dynamic shared memory (dynamic_shared_memory_type posix); the
        // runtime's default /dev/shm is 64 MiB.
        { name: 'shm', mountPath: '/dev/shm' },
        { name: 'init-scripts', mountPath: '/docker-entrypoint-initdb.d', readOnly: true },
        { name: 'auth', mountPath: AUTH_DIR, readOnly: true },
        credentialsMount,
      ],
      probes: {
        // initdb and crash recovery can take minutes on a large volume.
        startup: execProbe(pgIsReady, { periodSeconds: 5, failureThreshold: 120, timeoutSeconds: 5 }),
        readiness: execProbe(pgIsReady, { periodSeconds: 10, failureThreshold: 3, timeoutSeconds: 5 }),
        liveness: execProbe(pgIsReady, { periodSeconds: 20, failureThreshold: 6, timeoutSeconds: 5 }),
      },
    });

    // The exporter logs in as the password-less "metrics" role (pg_monitor) over the
    // Unix socket both containers share: peer authentication maps its uid 65534 ("nobody")
    // to metrics and to nothing else (pg_hba.conf, pg_ident.conf). No credentials, nothing
    // on the network.
    const exporter = container({
      name: 'postgres-exporter',
      image: cfg.exporter.image,
      runAs: EXPORTER_RUN_AS,
      resources: cfg.exporter.resources,
      ports: [{ name: 'metrics', containerPort: EXPORTER_PORT }],
      args: [...EXPORTER_ARGS],
      env: [{ name: 'DATA_SOURCE_NAME', value: 'postgresql://metrics@/postgres?host=/var/run/postgresql&sslmode=disable' }],
      volumeMounts: [
        { name: 'run', mountPath: '/var/run/postgresql', readOnly: true },
        { name: 'exporter-queries', mountPath: EXPORTER_QUERIES_DIR, readOnly: true },
      ],
      probes: {
        readiness: { httpGet: { path: '/', port: k8s.IntOrString.fromString('metrics') }, periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 3 },
        liveness: { httpGet: { path: '/', port: k8s.IntOrString.fromString('metrics') }, periodSeconds: 30, timeoutSeconds: 5, failureThreshold: 3 },
      },
    });

    const passwordSync = this.passwordSyncContainer(env, credentialsMount);

    // One primary; replication is out of scope, so scaling up would only add idle, empty servers.
    singleInstanceStatefulSet(this, {
      name: POSTGRES_NAME,
      serviceName: services.headless,
      selector,
      template: podTemplate({
        labels: recommendedLabels(ident),
        // The server reads pg_hba.conf and pg_ident.conf at start: a change of them rolls the
        // pod. A new sync-passwords.sh is not worth a database restart: the sidecar runs it from
        // its next start, and `--once` (kubectl exec) always runs the mounted, current text. A
        // Secret change needs no restart at all (password-sync applies it).
        annotations: {
          'checksum/init-scripts': checksum(initScripts.toJson().data),
          'checksum/auth': checksum({ hba: props.scripts.postgresHba, ident: props.scripts.postgresIdent }),
        },
        serviceAccountName: POSTGRES_NAME,
        runAs: POSTGRES_RUN_AS,
        containers: [postgres, exporter, passwordSync],
        volumes: [
          scratchVolume('run', '16Mi'),
          scratchVolume('tmp'),
          memoryVolume('shm', cfg.shmSizeLimit),
          { name: 'init-scripts', configMap: { name: initScripts.name, defaultMode: 0o555 } },
          { name: 'auth', configMap: { name: auth.name, defaultMode: 0o444 } },
          { name: 'exporter-queries', configMap: { name: exporterQueries.name, defaultMode: 0o444 } },
          credentials.volume('credentials'),
        ],
        // A clean shutdown (smart -> fast) avoids crash recovery on the next start.
        terminationGracePeriodSeconds: 120,
      }),
      data: cfg.storage,
    });

    // A single primary: as for Chroma, drains may proceed (see docs/architecture.md).
    disruptionBudget(this, POSTGRES_NAME, selector, 1);

    const ns = env.namespace;
    new k8s.KubeNetworkPolicy(this, 'netpol', {
      metadata: { name: POSTGRES_NAME },
      spec: {
        podSelector: { matchLabels: selector },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [podPeer(podLabels('app', ns)), podPeer(podLabels('migration', ns)), podPeer(podLabels('postgresBackup', ns))],
            ports: [tcpPort(POSTGRES_PORT)],
          },
          { from: [namespacedPeer(env.monitoring.prometheusNamespace)], ports: [tcpPort(EXPORTER_PORT)] },
        ],
      },
    });

    this.primary = { host: services.client, port: POSTGRES_PORT, podLabels: selector };
    this.dumpSource = this.primary;
    this.superuserPassword = { secretName: credentials.secretName, key: 'postgres-password' };
    this.connection = {
      ...this.primary,
      database: cfg.database,
      user: cfg.user,
      passwordEnv: (envName) => credentials.envVar(envName, 'password'),
    };
  }

  /**
   * password-sync: keeps the postgres and app roles' passwords equal to the mounted Secret
   * (scripts/postgres/sync-passwords.sh), over the pod-local socket as the OS user postgres.
   * Its probes only watch the loop's heartbeat, so a failing ALTER ROLE never takes the
   * database out of its Service; it logs an ERROR instead.
   */
  private passwordSyncContainer(env: EnvironmentConfig, credentialsMount: k8s.VolumeMount): k8s.Container {
    const cfg = env.postgres.passwordSync;
    const heartbeat = '/tmp/password-sync.alive';
    // Stale after three rounds plus the 60 s a round may take.
    const staleMinutes = Math.ceil((3 * cfg.intervalSeconds + 60) / 60);
    const alive = ['bash', '-c', `[ -n "$(find ${heartbeat} -mmin -${staleMinutes} 2>/dev/null)" ]`];
    return container({
      name: 'password-sync',
      // psql and pg_isready of the server's own version, and the image's user 999 "postgres".
      image: env.postgres.image,
      runAs: POSTGRES_RUN_AS,
      resources: cfg.resources,
      command: ['bash', `${AUTH_DIR}/sync-passwords.sh`],
      env: [
        { name: 'CREDENTIALS_DIR', value: CREDENTIALS_DIR },
        { name: 'APP_DB_USER', value: env.postgres.user },
        { name: 'SYNC_INTERVAL_SECONDS', value: String(cfg.intervalSeconds) },
        { name: 'HEARTBEAT_FILE', value: heartbeat },
        { name: 'PGHOST', value: '/var/run/postgresql' },
        { name: 'PGPORT', value: String(POSTGRES_PORT) },
        { name: 'PGCONNECT_TIMEOUT', value: '10' },
      ],
      volumeMounts: [
        { name: 'run', mountPath: '/var/run/postgresql' },
        { name: 'tmp', mountPath: '/tmp' },
        { name: 'auth', mountPath: AUTH_DIR, readOnly: true },
        credentialsMount,
      ],
      probes: {
        readiness: execProbe(alive, { periodSeconds: 10, failureThreshold: 6, timeoutSeconds: 5 }),
        liveness: execProbe(alive, { periodSeconds: 30, failureThreshold: 3, timeoutSeconds: 5 }),
      },
    });
  }
}
