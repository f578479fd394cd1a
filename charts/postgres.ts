import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/schema';
import { Scripts } from '../scripts';
import { checksum } from '../lib/checksum';
import { disruptionBudget } from '../lib/disruption';
import { namespacedPeer, podPeer, tcpPort } from '../lib/endpoint';
import { recommendedLabels, selectorLabels } from '../lib/labels';
import { SecretSource } from '../lib/secret-source';
import { RunAs } from '../lib/security';
import { statefulServices } from '../lib/services';
import { singleInstanceStatefulSet } from '../lib/stateful-set';
import { container, execProbe, podTemplate, scratchVolume } from '../lib/workload';
import { DatabaseConnection } from './app';
import { identity, podLabels } from './identities';

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
  };
}

export interface PostgresChartProps {
  readonly env: EnvironmentConfig;
  readonly scripts: Scripts;
}

/** PostgreSQL: one primary in a StatefulSet, a postgres-exporter sidecar, credentials by reference. */
export class PostgresChart extends Chart {
  readonly connection: DatabaseConnection;
  readonly credentials: SecretSource;

  constructor(scope: Construct, id: string, props: PostgresChartProps) {
    const { env } = props;
    const cfg = env.postgres;
    const ident = identity('postgres', env.namespace, cfg.image.tag);
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
        credentials.envVar('POSTGRES_PASSWORD', 'postgres-password'),
        credentials.envVar('APP_DB_PASSWORD', 'password'),
      ],
      volumeMounts: [
        { name: 'data', mountPath: POSTGRES_DATA_MOUNT },
        { name: 'run', mountPath: '/var/run/postgresql' },
        { name: 'tmp', mountPath: '/tmp' },
        { name: 'init-scripts', mountPath: '/docker-entrypoint-initdb.d', readOnly: true },
      ],
      probes: {
        // initdb and crash recovery can take minutes on a large volume.
        startup: execProbe(pgIsReady, { periodSeconds: 5, failureThreshold: 120, timeoutSeconds: 5 }),
        readiness: execProbe(pgIsReady, { periodSeconds: 10, failureThreshold: 3, timeoutSeconds: 5 }),
        liveness: execProbe(pgIsReady, { periodSeconds: 20, failureThreshold: 6, timeoutSeconds: 5 }),
      },
    });

    // The exporter logs in as the password-less "metrics" role (pg_monitor) over the
    // Unix socket both containers share: no credentials, nothing on the network.
    const exporter = container({
      name: 'postgres-exporter',
      image: cfg.exporter.image,
      runAs: EXPORTER_RUN_AS,
      resources: cfg.exporter.resources,
      ports: [{ name: 'metrics', containerPort: EXPORTER_PORT }],
      env: [{ name: 'DATA_SOURCE_NAME', value: 'postgresql://metrics@/postgres?host=/var/run/postgresql&sslmode=disable' }],
      volumeMounts: [{ name: 'run', mountPath: '/var/run/postgresql', readOnly: true }],
      probes: {
        readiness: { httpGet: { path: '/', port: k8s.IntOrString.fromString('metrics') }, periodSeconds: 20, timeoutSeconds: 5, failureThreshold: 3 },
        liveness: { httpGet: { path: '/', port: k8s.IntOrString.fromString('metrics') }, periodSeconds: 30, timeoutSeconds: 5, failureThreshold: 3 },
      },
    });

    // One primary; replication is out of scope, so scaling up would only add idle, empty servers.
    singleInstanceStatefulSet(this, {
      name: POSTGRES_NAME,
      serviceName: services.headless,
      selector,
      template: podTemplate({
        labels: recommendedLabels(ident),
        annotations: { 'checksum/init-scripts': checksum(initScripts.toJson().data) },
        serviceAccountName: POSTGRES_NAME,
        runAs: POSTGRES_RUN_AS,
        containers: [postgres, exporter],
        volumes: [
          scratchVolume('run', '16Mi'),
          scratchVolume('tmp'),
          { name: 'init-scripts', configMap: { name: initScripts.name, defaultMode: 0o555 } },
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

    this.connection = {
      host: services.client,
      port: POSTGRES_PORT,
      podLabels: selector,
      database: cfg.database,
      user: cfg.user,
      passwordEnv: (envName) => credentials.envVar(envName, 'password'),
    };
  }
}
