import { parseCron, toCnpgSchedule } from '../config/cron';
import { EnvironmentConfig } from '../config/schema';
import { Chart } from 'cdk8s';
import { CnpgBootstrap, CnpgCluster, CNPG_FIXED_PARAMETERS } from '../charts/cloudnative-pg/cluster';
import * as fs from 'fs';
import * as path from 'path';
import { manifestValidator } from './support/schema-validator';
import { referencedSecrets } from './support/secret-refs';
import { configErrorOf, environment, environmentWith, find, K8sObject, kinds, objectsOf, podSpecOf, REPO_ROOT, synthEnvironment, testApp } from './support/synth';

// The CloudNativePG engine (`postgres.engine: cloudnative-pg`, issue 12): the switch, the
// Cluster and its backups, the pooler, and what the other charts connect to in that mode.

/** The quota a production environment needs in this mode (3 instances, the pooler); prod-ha sets the same. */
const HA_QUOTA = { platform: { quota: { limitsCpu: '32' } } };
const cnpg = (extra: object = {}) => ({ postgres: { engine: 'cloudnative-pg', ...extra } });

/** prod switched to the CloudNativePG engine, nothing else changed but the quota. */
const PROD_CNPG = environmentWith('prod', { ...cnpg(), ...HA_QUOTA });
const PROD_POOLED = environmentWith('prod', { ...cnpg({ cloudnativePg: { pooler: { enabled: true } } }), ...HA_QUOTA });

const envVar = (container: any, name: string) => container.env.find((e: any) => e.name === name);
const containerOf = (obj: K8sObject, name: string) => {
  const spec = podSpecOf(obj).spec;
  return [...(spec.initContainers ?? []), ...spec.containers].find((c: any) => c.name === name);
};

describe('cron: five fields as Kubernetes reads them -> CloudNativePG six fields, seconds first', () => {
  test.each([
    ['0 2 * * *', '0 0 2 * * *'],
    ['30 4 * * 0', '0 30 4 * * 0'],
    ['*/15 1-5 * JAN-MAR mon-fri', '0 */15 1-5 * JAN-MAR mon-fri'],
    ['0,30  2\t* * ?', '0 0,30 2 * * ?'],
    ['5/10 * 1-31/2 * *', '0 5/10 * 1-31/2 * *'],
    // Descriptors spelled out as robfig/cron v1.2.0 parseDescriptor defines them.
    ['@daily', '0 0 0 * * *'],
    ['@midnight', '0 0 0 * * *'],
    ['@hourly', '0 0 * * * *'],
    ['@weekly', '0 0 0 * * 0'],
    ['@monthly', '0 0 0 1 * *'],
    ['@yearly', '0 0 0 1 1 *'],
    ['@annually', '0 0 0 1 1 *'],
  ])('%j -> %j', (five, six) => {
    expect(toCnpgSchedule(five)).toBe(six);
  });

  test('the converted schedule keeps the five fields after a seconds field of 0', () => {
    for (const spec of ['0 2 * * *', '*/5 * * * 1-5', '@weekly']) {
      const fields = toCnpgSchedule(spec).split(' ');
      expect(fields).toHaveLength(6);
      expect(fields[0]).toBe('0');
      // The last five fields are again a schedule Kubernetes accepts.
      expect(parseCron(fields.slice(1).join(' '))).toBeUndefined();
    }
  });

  test.each([
    ['@every 1h', /unrecognized descriptor/],
    ['TZ=UTC 0 2 * * *', /expected exactly 5 fields, found 6/],
    ['0 0 2 * * *', /expected exactly 5 fields, found 6/],
    ['0 2 * *', /expected exactly 5 fields, found 4/],
    ['60 * * * *', /minute: end of range \(60\) above maximum \(59\)/],
    ['0 2 * * 7', /day of week: end of range \(7\) above maximum \(6\)/],
    ['', /empty spec string/],
  ])('refuses %j, which cannot be converted', (spec, why) => {
    expect(() => toCnpgSchedule(spec)).toThrow(why);
  });
});

describe('config: the engine switch', () => {
  test('the default engine is statefulset, in every committed environment but prod-ha', () => {
    expect(environment('prod').postgres.engine).toBe('statefulset');
    expect(environment('prod-ha').postgres.engine).toBe('cloudnative-pg');
  });

  test('cloudnative-pg without off-site storage is refused with one line', () => {
    expect(configErrorOf('qa', cnpg())).toBe(
      'config[qa].postgres.engine: must be statefulset unless backup.offsite.enabled is true: cloudnative-pg archives WAL and base backups to that object storage, and without it there is no point-in-time recovery, got "cloudnative-pg"',
    );
    const offsite = { backup: { offsite: { enabled: true, endpoint: 'https://s3.example.net', bucket: 'llm-backups' } } };
    expect(configErrorOf('qa', { ...cnpg(), ...offsite })).toBeUndefined();
    expect(configErrorOf('qa', offsite)).toBeUndefined();
  });

  test('a base backup schedule in another time zone than UTC must be given in UTC', () => {
    const offsite = { enabled: true, endpoint: 'https://s3.example.net', bucket: 'llm-backups' };
    expect(configErrorOf('qa', { ...cnpg(), backup: { offsite, timeZone: 'Europe/Berlin' } })).toBe(
      "config[qa].postgres.cloudnativePg.baseBackupSchedule: is required when backup.timeZone is not UTC (Europe/Berlin): the CloudNativePG ScheduledBackup runs on the operator's UTC clock, so set the base backup's time in UTC, got nothing",
    );
    expect(configErrorOf('qa', { ...cnpg({ cloudnativePg: { baseBackupSchedule: '0 1 * * *' } }), backup: { offsite, timeZone: 'Europe/Berlin' } })).toBeUndefined();
  });

  test('the pooler may not open more server connections than max_connections', () => {
    const offsite = { enabled: true, endpoint: 'https://s3.example.net', bucket: 'llm-backups' };
    expect(configErrorOf('qa', { ...cnpg({ maxConnections: 100, cloudnativePg: { pooler: { enabled: true, instances: 5, defaultPoolSize: 20 } } }), backup: { offsite } })).toMatch(
      /^config\[qa\]\.postgres\.cloudnativePg\.pooler\.defaultPoolSize: must keep pooler\.instances x defaultPoolSize \(100\) below postgres\.maxConnections \(100\)/,
    );
  });

  test('instances by tier: production 3, staging 2, development 1', () => {
    expect(environment('prod').postgres.cloudnativePg.instances).toBe(3);
    expect(environment('staging').postgres.cloudnativePg.instances).toBe(2);
    expect(environment('dev').postgres.cloudnativePg.instances).toBe(1);
  });
});

describe.each([
  ['prod switched to cloudnative-pg', PROD_CNPG],
  ['prod-ha (committed)', environment('prod-ha')],
])('%s', (_, env: EnvironmentConfig) => {
  const objects = objectsOf(env);
  const cluster = find(objects, 'Cluster', 'postgresql');
  const externalSecret = (name: string) => find(objects, 'ExternalSecret', name);

  test('no StatefulSet PostgreSQL, and its Secret and Services are gone', () => {
    expect(kinds(objects, 'StatefulSet').map((o) => o.metadata.name)).not.toContain('postgresql');
    expect(objects.filter((o) => o.kind === 'ExternalSecret' && o.metadata.name === 'postgresql-credentials')).toEqual([]);
    expect(kinds(objects, 'Service').map((s) => s.metadata.name)).not.toContain('postgresql');
  });

  test('the Cluster: instances, a pinned image of the same major, storage and a WAL volume, resources from config', () => {
    const pg = env.postgres;
    expect(cluster.spec.instances).toBe(pg.cloudnativePg.instances);
    expect(cluster.spec.imageName).toBe('ghcr.io/cloudnative-pg/postgresql:17.6-standard-bookworm');
    expect(cluster.spec.imageName.split(':')[1].split('.')[0]).toBe(pg.image.tag!.split('.')[0]);
    expect(cluster.spec.storage).toEqual({ size: pg.storage.size });
    expect(cluster.spec.walStorage).toEqual({ size: pg.cloudnativePg.walStorage.size });
    expect(cluster.spec.resources).toEqual(pg.resources);
    expect(cluster.spec.primaryUpdateStrategy).toBe('unsupervised');
    expect(cluster.spec.switchoverDelay).toBe(300);
  });

  test('the parameters keep their meaning and avoid what the operator fixes', () => {
    const params = cluster.spec.postgresql.parameters;
    expect(params).toMatchObject({ max_connections: String(env.postgres.maxConnections), shared_buffers: env.postgres.sharedBuffers, password_encryption: 'scram-sha-256' });
    expect(Object.keys(params).filter((p) => CNPG_FIXED_PARAMETERS.has(p))).toEqual([]);
    expect(Object.values(params).every((v) => typeof v === 'string')).toBe(true);
  });

  test('bootstrap.initdb: the app database and owner, from a basic-auth Secret holding the same stored password', () => {
    const initdb = cluster.spec.bootstrap.initdb;
    expect(initdb).toMatchObject({ database: env.postgres.database, owner: env.postgres.user });
    const app = externalSecret(initdb.secret.name);
    expect(app.spec.target.template).toMatchObject({ type: 'kubernetes.io/basic-auth', data: { username: env.postgres.user } });
    expect(app.spec.data).toEqual([{ secretKey: 'password', remoteRef: { key: env.secrets.remoteKeys.postgresPassword.key } }]);
    expect(app.spec.target.template.data.password).toBe('{{ index . "password" }}');

    expect(cluster.spec.enableSuperuserAccess).toBe(true);
    const superuser = externalSecret(cluster.spec.superuserSecret.name);
    expect(superuser.spec.target.template).toMatchObject({ type: 'kubernetes.io/basic-auth', data: { username: 'postgres' }, metadata: { labels: { 'cnpg.io/reload': 'true' } } });
    expect(superuser.spec.data).toEqual([{ secretKey: 'password', remoteRef: { key: env.secrets.remoteKeys.postgresSuperuserPassword.key } }]);
  });

  test('anti-affinity across nodes, a spread across zones, both on the instance pods', () => {
    expect(cluster.spec.affinity).toEqual({ enablePodAntiAffinity: true, topologyKey: 'kubernetes.io/hostname', podAntiAffinityType: 'required' });
    expect(cluster.spec.topologySpreadConstraints).toEqual([
      { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { 'cnpg.io/cluster': 'postgresql', 'cnpg.io/podRole': 'instance' } } },
    ]);
  });

  test('WAL archiving through the plugin into the ObjectStore, whose credentials Secret exists', () => {
    expect(cluster.spec.plugins).toEqual([{ name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true, parameters: { barmanObjectName: 'postgresql', serverName: 'postgresql' } }]);
    const store = find(objects, 'ObjectStore', cluster.spec.plugins[0].parameters.barmanObjectName);
    const offsite = env.backup.offsite;
    expect(store.spec.retentionPolicy).toBe(`${env.backup.retentionDays}d`);
    expect(store.spec.configuration).toMatchObject({ destinationPath: `s3://${offsite.bucket}/${env.namespace}/cloudnative-pg`, endpointURL: offsite.endpoint });
    const creds = store.spec.configuration.s3Credentials;
    const secret = externalSecret(creds.accessKeyId.name);
    const keys = secret.spec.data.map((d: any) => d.secretKey);
    expect(keys).toEqual(expect.arrayContaining([creds.accessKeyId.key, creds.secretAccessKey.key]));
    expect(creds.secretAccessKey.name).toBe(secret.metadata.name);
  });

  test('the ScheduledBackup: method plugin, the Cluster, the backup schedule in six fields', () => {
    const [scheduled] = kinds(objects, 'ScheduledBackup');
    expect(scheduled.spec).toEqual({
      cluster: { name: cluster.metadata.name },
      schedule: '0 0 2 * * *',
      method: 'plugin',
      pluginConfiguration: { name: 'barman-cloud.cloudnative-pg.io' },
      immediate: true,
      backupOwnerReference: 'self',
    });
  });

  test('Argo CD: data wave for the Cluster, ObjectStore and ScheduledBackup; never prune or delete the Cluster and ObjectStore', () => {
    for (const kind of ['Cluster', 'ObjectStore', 'ScheduledBackup']) {
      for (const o of kinds(objects, kind)) expect([kind, o.metadata.annotations['argocd.argoproj.io/sync-wave']]).toEqual([kind, '3']);
    }
    for (const kind of ['Cluster', 'ObjectStore']) {
      for (const o of kinds(objects, kind)) expect(o.metadata.annotations['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
    }
    for (const o of kinds(objects, 'PodMonitor')) expect(o.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('6');
  });

  test("our PodMonitor selects the operator's instance pods on their metrics port", () => {
    // Pod labels the operator sets on instance pods at v1.30.0 (pkg/specs/pods.go, from
    // pkg/utils/labels_annotations.go), and the exporter's container port name `metrics`.
    const monitor = find(objects, 'PodMonitor', 'postgresql');
    expect(monitor.spec.selector).toEqual({ matchLabels: { 'cnpg.io/cluster': 'postgresql', 'cnpg.io/podRole': 'instance' } });
    expect(monitor.spec.podMetricsEndpoints.map((e: any) => e.port)).toEqual(['metrics']);
    expect(monitor.spec.namespaceSelector).toEqual({ matchNames: [env.namespace] });
    expect(monitor.metadata.labels).toMatchObject(env.monitoring.serviceMonitorLabels);
    expect(cluster.spec.monitoring?.enablePodMonitor).toBeUndefined();
  });

  test('every object passes strict schema validation', () => {
    const validator = manifestValidator();
    expect(objects.flatMap((o) => validator.validate(o).map((p) => `${o.kind}/${o.metadata.name}${p.path}: ${p.message}`))).toEqual([]);
  });
});

describe('the logical dumps in cloudnative-pg mode', () => {
  const cronJob = (objects: K8sObject[], name: string) => find(objects, 'CronJob', name);

  test.each([
    ['3 instances: the dump reads from the standbys (-ro)', PROD_CNPG, 'postgresql-ro'],
    ['1 instance: the dump reads from -r (no standby, -ro has no endpoints)', environmentWith('prod', { ...cnpg({ cloudnativePg: { instances: 1 } }), ...HA_QUOTA }), 'postgresql-r'],
  ])('%s; restore and verification write to the primary (-rw)', (_, env, dumpHost) => {
    const objects = objectsOf(env);
    const host = (cj: string, c: string) => envVar(containerOf(cronJob(objects, cj), c), 'PGHOST').value;
    expect(host('postgresql-backup', 'backup')).toBe(dumpHost);
    expect(host('postgresql-restore', 'restore')).toBe('postgresql-rw');
    expect(host('postgresql-restore-verify', 'verify')).toBe('postgresql-rw');
  });

  test("the jobs log in as postgres with the superuser Secret's password, which the Cluster uses too", () => {
    const objects = objectsOf(PROD_CNPG);
    const cluster = find(objects, 'Cluster', 'postgresql');
    for (const [name, step] of [['postgresql-backup', 'backup'], ['postgresql-restore', 'restore'], ['postgresql-restore-verify', 'verify']]) {
      const cj = cronJob(objects, name);
      const c = containerOf(cj, step);
      expect(envVar(c, 'PGUSER').value).toBe('postgres');
      const file = envVar(c, 'POSTGRES_PASSWORD_FILE').value as string;
      const mount = c.volumeMounts.find((m: any) => file.startsWith(`${m.mountPath}/`));
      const volume = podSpecOf(cj).spec.volumes.find((v: any) => v.name === mount.name);
      expect([volume.secret.secretName, file.slice(mount.mountPath.length + 1)]).toEqual([cluster.spec.superuserSecret.name, 'password']);
    }
  });
});

describe('what the app and the migration connect to', () => {
  const dbOf = (env: EnvironmentConfig) => {
    const objects = objectsOf(env);
    const config = kinds(objects, 'ConfigMap').find((c) => c.data?.DATABASE_HOST !== undefined)!;
    const migration = kinds(objects, 'Job').find((j) => j.metadata.name.startsWith('assistant-migrate'))!;
    return { objects, host: config.data.DATABASE_HOST, port: config.data.DATABASE_PORT, migration };
  };

  test('without the pooler: the primary Service postgresql-rw', () => {
    const { host, port, migration } = dbOf(PROD_CNPG);
    expect([host, port]).toEqual(['postgresql-rw', '5432']);
    expect(containerOf(migration, 'wait-for-database').command.join(' ')).toContain('--host="postgresql-rw"');
  });

  test('with the pooler: the Pooler Service, PgBouncer in transaction mode, sizes from config, its own PodMonitor', () => {
    const { objects, host, migration } = dbOf(PROD_POOLED);
    const pooler = find(objects, 'Pooler', host);
    const cfg = PROD_POOLED.postgres.cloudnativePg.pooler;
    expect(pooler.spec).toMatchObject({
      cluster: { name: 'postgresql' },
      type: 'rw',
      instances: cfg.instances,
      pgbouncer: { poolMode: 'transaction', parameters: { default_pool_size: String(cfg.defaultPoolSize), max_client_conn: String(cfg.maxClientConn) } },
    });
    expect(pooler.spec.template.spec.containers).toEqual([{ name: 'pgbouncer', resources: cfg.resources }]);
    expect(containerOf(migration, 'wait-for-database').command.join(' ')).toContain(`--host="${host}"`);
    // PgBouncer pods carry cnpg.io/poolerName (pkg/specs/pgbouncer/deployments.go, v1.30.0); metrics port `metrics` (9127).
    const monitor = find(objects, 'PodMonitor', host);
    expect(monitor.spec.selector).toEqual({ matchLabels: { 'cnpg.io/poolerName': host } });
    expect(monitor.spec.podMetricsEndpoints.map((e: any) => e.port)).toEqual(['metrics']);
  });

  test("the app's and the migration's password come from the owner's basic-auth Secret", () => {
    const { objects, migration } = dbOf(PROD_POOLED);
    const cluster = find(objects, 'Cluster', 'postgresql');
    const ref = envVar(containerOf(migration, 'migrate'), 'DATABASE_PASSWORD').valueFrom.secretKeyRef;
    expect(ref).toEqual({ name: cluster.spec.bootstrap.initdb.secret.name, key: 'password' });
  });

  test('the statefulset engine still renders its own Service and no CloudNativePG object', () => {
    const objects = objectsOf(environment('prod'));
    expect(dbOf(environment('prod')).host).toBe('postgresql');
    expect(objects.filter((o) => o.apiVersion.includes('cnpg.io'))).toEqual([]);
    expect([...synthEnvironment(environment('prod')).keys()]).toContain('postgresql');
  });
});

describe('every Secret the cloudnative-pg mode references exists', () => {
  /** `kubectl create secret generic NAME ... --from-literal=KEY=...` commands of a text: name -> keys. */
  const createdBy = (text: string) => {
    const out = new Map<string, Set<string>>();
    for (const command of text.replace(/\\\n\s*/g, ' ').split('\n').filter((l) => l.includes('create secret generic'))) {
      const name = command.match(/create secret generic (\S+)/)![1];
      out.set(name, new Set([...command.matchAll(/--from-(?:literal|file)=([^=\s]+)=/g)].map((m) => m[1])));
    }
    return out;
  };

  test('external-secrets mode: an ExternalSecret per referenced Secret (pods, Cluster, ObjectStore), with exactly its keys', () => {
    for (const env of [environment('prod-ha'), PROD_POOLED]) {
      const objects = objectsOf(env);
      const fromExternal = new Map(
        kinds(objects, 'ExternalSecret').map((e) => [e.spec.target.name, new Set<string>([...e.spec.data.map((d: any) => d.secretKey), ...Object.keys(e.spec.target.template?.data ?? {})])]),
      );
      const refs = referencedSecrets(objects);
      expect(refs.get('postgresql-app-credentials')).toEqual(new Set(['password', 'username']));
      expect(refs.get('backup-s3-credentials')).toEqual(new Set(['access-key-id', 'secret-access-key']));
      expect(fromExternal).toEqual(refs);
    }
  });

  test('existing mode: the documented commands (README, docs/deployment.md) create every referenced Secret with its keys', () => {
    const objects = objectsOf(environmentWith('prod-ha', { secrets: { mode: 'existing' } }));
    expect(kinds(objects, 'ExternalSecret')).toEqual([]);
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').split('<!-- existing-secrets:start -->')[1].split('<!-- existing-secrets:end -->')[0];
    const guide = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'deployment.md'), 'utf8');
    const cnpgSection = guide.slice(guide.indexOf('## CloudNativePG mode'), guide.indexOf('\n## ', guide.indexOf('## CloudNativePG mode') + 3));
    const documented = new Map([...createdBy(readme), ...createdBy(cnpgSection)]);
    for (const [name, keys] of referencedSecrets(objects)) expect([name, [...keys].filter((k) => !documented.get(name)?.has(k))]).toEqual([name, []]);
    for (const name of ['postgresql-app-credentials', 'postgresql-superuser-credentials']) {
      expect(cnpgSection).toMatch(new RegExp(`create secret generic ${name} --type=kubernetes.io/basic-auth`));
    }
  });
});

describe('CnpgCluster bootstrap variants (the PITR command and the import migration build on them)', () => {
  const render = (bootstrap: CnpgBootstrap, extra: object = {}) => {
    const chart = new Chart(testApp(), 'c', { namespace: 'ns' });
    new CnpgCluster(chart, 'cluster', { env: environment('prod-ha'), bootstrap, ...extra });
    const [cluster] = chart.toJson() as K8sObject[];
    expect(manifestValidator().validate(cluster)).toEqual([]);
    return cluster;
  };

  test('recovery: from the ObjectStore folder of the original cluster, to a time; archiving into a new folder', () => {
    const c = render({ kind: 'recovery', source: { objectStoreName: 'postgresql' }, targetTime: '2026-11-30T10:15:00Z' }, { name: 'postgresql-pitr', archive: { serverName: 'postgresql-pitr' } });
    expect(c.metadata.name).toBe('postgresql-pitr');
    expect(c.spec.bootstrap).toEqual({
      recovery: { database: 'assistant', owner: 'assistant', secret: { name: 'postgresql-app-credentials' }, source: 'origin', recoveryTarget: { targetTime: '2026-11-30T10:15:00Z' } },
    });
    expect(c.spec.externalClusters).toEqual([{ name: 'origin', plugin: { name: 'barman-cloud.cloudnative-pg.io', parameters: { barmanObjectName: 'postgresql', serverName: 'postgresql' } } }]);
    expect(c.spec.plugins[0].parameters).toEqual({ barmanObjectName: 'postgresql', serverName: 'postgresql-pitr' });
  });

  test('recovery without a time: to the end of the archived WAL', () => {
    expect(render({ kind: 'recovery', source: {} }).spec.bootstrap.recovery.recoveryTarget).toBeUndefined();
  });

  test('import: initdb, then the app database from the StatefulSet Service as postgres', () => {
    const c = render({ kind: 'import', fromService: 'postgresql', database: 'assistant', password: { secretName: 'postgresql-credentials', key: 'postgres-password' } });
    expect(c.spec.bootstrap.initdb).toMatchObject({
      database: 'assistant',
      owner: 'assistant',
      import: { type: 'microservice', databases: ['assistant'], source: { externalCluster: 'origin' } },
    });
    expect(c.spec.externalClusters).toEqual([
      {
        name: 'origin',
        connectionParameters: { host: 'postgresql', port: '5432', user: 'postgres', dbname: 'assistant', sslmode: 'prefer' },
        password: { name: 'postgresql-credentials', key: 'postgres-password' },
      },
    ]);
  });
});
