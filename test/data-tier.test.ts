import * as fs from 'fs';
import * as path from 'path';
import { PostgresChart } from '../charts/postgres';
import { environment, environmentWith, find, K8sObject, kinds, objectsOf, REPO_ROOT, SCRIPTS, synthEnvironment, testApp } from './support/synth';
import { referencedSecrets } from './support/secret-refs';

const charts = (name: string) => synthEnvironment(environment(name));

describe('Chroma', () => {
  const objects = charts('prod').get('chroma')!;
  const sts = find(objects, 'StatefulSet', 'chroma');
  const container = sts.spec.template.spec.containers[0];

  test('one replica, pinned 1.x image, port 8000, data on a retained claim', () => {
    expect(sts.spec.replicas).toBe(1);
    expect(container.image).toMatch(/^chromadb\/chroma:1\.\d+\.\d+$/);
    expect(container.ports).toEqual([{ name: 'http', containerPort: 8000, protocol: 'TCP' }]);
    expect(container.volumeMounts).toContainEqual({ name: 'data', mountPath: '/data' });
    expect(sts.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('10Gi');
    expect(sts.spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: 'Retain', whenScaled: 'Retain' });
    expect(kinds(objects, 'HorizontalPodAutoscaler')).toEqual([]);
  });

  test('storage size and class per environment', () => {
    const env = environmentWith('dev', { chroma: { storage: { size: '2Gi', storageClassName: 'fast' } } });
    const claim = find(synthEnvironment(env).get('chroma')!, 'StatefulSet', 'chroma').spec.volumeClaimTemplates[0];
    expect(claim.spec).toMatchObject({ storageClassName: 'fast', resources: { requests: { storage: '2Gi' } } });
  });

  test('1.x probe routes, settings in the config file 1.x reads (reset off), explicit uid/gid/fsGroup', () => {
    // Ready once /api/v2/healthcheck answers 200 (503 until then); alive while /api/v2/heartbeat answers.
    expect(['startupProbe', 'readinessProbe', 'livenessProbe'].map((p) => container[p].httpGet.path)).toEqual(['/api/v2/healthcheck', '/api/v2/healthcheck', '/api/v2/heartbeat']);
    // Chroma 1.x reads CHROMA_* variables or its config file; ALLOW_RESET / ANONYMIZED_TELEMETRY do nothing.
    expect(container.env).toBeUndefined();
    expect(container.args).toEqual(['run', '/config.yaml']);
    expect(find(objects, 'ConfigMap', 'chroma-config').data['config.yaml']).toMatch(/^allow_reset: false$/m);
    expect(sts.spec.template.metadata.annotations['checksum/config']).toMatch(/^[0-9a-f]{16,}$/);
    expect(sts.spec.template.spec.securityContext).toMatchObject({ runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000 });
  });

  test('headless and client Services; never an Ingress', () => {
    expect(find(objects, 'Service', 'chroma-headless').spec.clusterIP).toBe('None');
    expect(sts.spec.serviceName).toBe('chroma-headless');
    expect(find(objects, 'Service', 'chroma').spec.ports[0].port).toBe(8000);
    const ingressBackends = kinds(objectsOf(environment('prod')), 'Ingress').flatMap((i) => i.spec.rules.flatMap((r: any) => r.http.paths.map((p: any) => p.backend.service.name)));
    expect(ingressBackends).not.toContain('chroma');
  });

  test('NetworkPolicy admits only the app and the Chroma backup pods, on 8000', () => {
    const policy = find(objects, 'NetworkPolicy', 'chroma');
    const peers = policy.spec.ingress.flatMap((r: any) => r.from.map((f: any) => f.podSelector.matchLabels['app.kubernetes.io/name'] + '/' + f.podSelector.matchLabels['app.kubernetes.io/component']));
    expect(peers).toEqual(['api-integration-assistant/app', 'chroma/backup']);
    expect(policy.spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 8000 }]);
  });
});

describe('PostgreSQL', () => {
  const objects = charts('prod').get('postgresql')!;
  const sts = find(objects, 'StatefulSet', 'postgresql');
  const [postgres, exporter] = sts.spec.template.spec.containers;
  const envVar = (name: string) => postgres.env.find((e: any) => e.name === name);

  test('official postgres 17 image, pinned, with PGDATA in a subdirectory of the volume', () => {
    expect(postgres.image).toMatch(/^postgres:17\.\d+/);
    expect(envVar('PGDATA').value).toBe('/var/lib/postgresql/data/pgdata');
    expect(postgres.volumeMounts).toContainEqual({ name: 'data', mountPath: '/var/lib/postgresql/data' });
  });

  test('volumeClaimTemplates, retained on delete and scale-down, never pruned by Argo CD', () => {
    const [claim] = sts.spec.volumeClaimTemplates;
    expect(claim.metadata.annotations['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
    expect(sts.spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: 'Retain', whenScaled: 'Retain' });
  });

  test('pg_isready probes', () => {
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) expect(postgres[probe].exec.command[0]).toBe('pg_isready');
  });

  test('credentials are files of the mounted Secret, not env values', () => {
    expect(envVar('POSTGRES_PASSWORD')).toBeUndefined();
    expect(envVar('APP_DB_PASSWORD')).toBeUndefined();
    expect(envVar('POSTGRES_PASSWORD_FILE').value).toBe('/var/run/secrets/postgresql/postgres-password');
    expect(envVar('APP_DB_PASSWORD_FILE').value).toBe('/var/run/secrets/postgresql/password');
    expect(postgres.volumeMounts).toContainEqual({ name: 'credentials', mountPath: '/var/run/secrets/postgresql', readOnly: true });
    expect(sts.spec.template.spec.volumes).toContainEqual({ name: 'credentials', secret: { secretName: 'postgresql-credentials', defaultMode: 0o440 } });
  });

  test('initdb never trusts: peer on the socket, SCRAM over TCP; the server reads pg_hba.conf from the ConfigMap', () => {
    expect(envVar('POSTGRES_INITDB_ARGS').value).toBe('--auth-local=peer --auth-host=scram-sha-256');
    expect(postgres.args).toEqual(expect.arrayContaining(['-c', 'hba_file=/etc/postgresql/auth/pg_hba.conf', '-c', 'ident_file=/etc/postgresql/auth/pg_ident.conf']));
    const auth = find(objects, 'ConfigMap', 'postgresql-auth').data;
    expect(auth['pg_hba.conf']).not.toMatch(/^\s*(local|host)\S*\s.*\btrust\b/m);
    expect(sts.spec.template.metadata.annotations['checksum/auth']).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a change of pg_hba.conf or pg_ident.conf rolls the pod; a new sync script does not restart the database', () => {
    const annotation = (scripts: typeof SCRIPTS) =>
      find(new PostgresChart(testApp(), 'pg', { env: environment('prod'), scripts }).toJson(), 'StatefulSet', 'postgresql').spec.template.metadata.annotations['checksum/auth'];
    const base = annotation(SCRIPTS);
    expect(annotation({ ...SCRIPTS, postgresHba: `${SCRIPTS.postgresHba}# changed\n` })).not.toBe(base);
    expect(annotation({ ...SCRIPTS, postgresIdent: `${SCRIPTS.postgresIdent}# changed\n` })).not.toBe(base);
    expect(annotation({ ...SCRIPTS, postgresPasswordSync: `${SCRIPTS.postgresPasswordSync}# changed\n` })).toBe(base);
  });

  test('/dev/shm is a memory-backed emptyDir of postgres.shmSizeLimit', () => {
    expect(postgres.volumeMounts).toContainEqual({ name: 'shm', mountPath: '/dev/shm' });
    expect(sts.spec.template.spec.volumes).toContainEqual({ name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: '256Mi' } });
    const small = find(synthEnvironment(environmentWith('dev', { postgres: { shmSizeLimit: '128Mi' } })).get('postgresql')!, 'StatefulSet', 'postgresql');
    expect(small.spec.template.spec.volumes).toContainEqual({ name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: '128Mi' } });
  });

  test('shared_buffers, /dev/shm and the connections must fit in the memory limit', () => {
    const error = (postgresOverrides: unknown) => {
      try {
        environmentWith('prod', { postgres: postgresOverrides });
        return undefined;
      } catch (e) {
        return (e as Error).message;
      }
    };
    // 1Gi + 768Mi + 100 x 2Mi = 1992Mi fits in 2Gi; 1Gi + 1Gi + 200Mi does not.
    expect(error({ sharedBuffers: '1GB', shmSizeLimit: '768Mi' })).toBeUndefined();
    expect(error({ sharedBuffers: '1GB', shmSizeLimit: '1Gi' })).toBe(
      'config[prod].postgres.shmSizeLimit: shared_buffers 1GB + /dev/shm 1Gi + 100 connections x 2Mi = 2248Mi must fit in postgres.resources.limits.memory (2Gi), got "1Gi"',
    );
    expect(error({ maxConnections: 900 })).toMatch(/^config\[prod\]\.postgres\.shmSizeLimit: shared_buffers 256MB \+ \/dev\/shm 256Mi \+ 900 connections x 2Mi = 2312Mi must fit/);
  });

  test('password-sync sidecar: the image\'s user, the socket and the Secret, its probes on its own heartbeat only', () => {
    const sync = sts.spec.template.spec.containers.find((c: any) => c.name === 'password-sync');
    expect(sync.image).toBe(postgres.image);
    expect(sync.securityContext).toMatchObject({ runAsUser: 999, runAsGroup: 999 });
    expect(sync.command).toEqual(['bash', '/etc/postgresql/auth/sync-passwords.sh']);
    expect(sync.volumeMounts).toEqual(
      expect.arrayContaining([
        { name: 'run', mountPath: '/var/run/postgresql' },
        { name: 'credentials', mountPath: '/var/run/secrets/postgresql', readOnly: true },
      ]),
    );
    for (const probe of [sync.readinessProbe, sync.livenessProbe]) expect(probe.exec.command.join(' ')).toContain('/tmp/password-sync.alive');
  });

  test('database, user and max_connections are configurable', () => {
    const env = environmentWith('staging', { postgres: { database: 'docs', user: 'docs_app', maxConnections: 250 } });
    const pg = find(synthEnvironment(env).get('postgresql')!, 'StatefulSet', 'postgresql').spec.template.spec.containers[0];
    expect(pg.args).toEqual(expect.arrayContaining(['-c', 'max_connections=250']));
    expect(pg.env).toEqual(expect.arrayContaining([{ name: 'POSTGRES_DB', value: 'docs' }, { name: 'APP_DB_USER', value: 'docs_app' }]));
    const config = find(synthEnvironment(env).get('app')!, 'ConfigMap', 'assistant-config').data;
    expect(config).toMatchObject({ DATABASE_NAME: 'docs', DATABASE_USER: 'docs_app' });
  });

  test('postgres-exporter sidecar on 9187, over the pod-local socket without credentials', () => {
    expect(exporter.ports).toEqual([{ name: 'metrics', containerPort: 9187, protocol: 'TCP' }]);
    expect(exporter.env).toContainEqual({ name: 'DATA_SOURCE_NAME', value: expect.stringContaining('metrics@/postgres?host=/var/run/postgresql') });
    expect(exporter.env.filter((e: any) => e.valueFrom?.secretKeyRef)).toEqual([]);
    expect(exporter.volumeMounts).toContainEqual({ name: 'run', mountPath: '/var/run/postgresql', readOnly: true });
    expect(exporter.volumeMounts.map((m: any) => m.name)).not.toContain('credentials');
  });

  test('runs as the image user 999 with a matching fsGroup', () => {
    expect(sts.spec.template.spec.securityContext).toMatchObject({ runAsUser: 999, runAsGroup: 999, fsGroup: 999 });
  });

  test('NetworkPolicy admits the app, the migration and backup jobs on 5432, Prometheus on 9187', () => {
    const policy = find(objects, 'NetworkPolicy', 'postgresql');
    const components = policy.spec.ingress[0].from.map((f: any) => f.podSelector.matchLabels['app.kubernetes.io/component']);
    expect(components).toEqual(['app', 'migration', 'backup']);
    expect(policy.spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 5432 }]);
    expect(policy.spec.ingress[1]).toEqual({
      from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }],
      ports: [{ protocol: 'TCP', port: 9187 }],
    });
  });
});

describe('migration Job', () => {
  const objects = charts('prod').get('migration')!;
  const job = kinds(objects, 'Job')[0];

  test('runs the app image migration command as an Argo CD Sync hook', () => {
    const migrate = job.spec.template.spec.containers[0];
    expect(migrate.image).toBe('ghcr.io/example/api-integration-assistant:1.0.0');
    expect(migrate.command).toEqual(['alembic', 'upgrade', 'head']);
    expect(job.metadata.name).toBe('assistant-migrate-1-0-0');
    expect(job.metadata.annotations).toMatchObject({ 'argocd.argoproj.io/hook': 'Sync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' });
  });

  test('bounded: backoffLimit and activeDeadlineSeconds', () => {
    expect(job.spec).toMatchObject({ backoffLimit: 2, activeDeadlineSeconds: 600 });
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
  });

  test('waits for the database, then runs; its wave is after the data tier and before the app', () => {
    expect(job.spec.template.spec.initContainers[0].command.join(' ')).toContain('pg_isready --host="postgresql" --port="5432"');
    const wave = (o: K8sObject) => Number(o.metadata.annotations!['argocd.argoproj.io/sync-wave']);
    const all = charts('prod');
    const dataWaves = [...all.get('postgresql')!, ...all.get('chroma')!].filter((o) => o.kind === 'StatefulSet').map(wave);
    expect(wave(job)).toBeGreaterThan(Math.max(...dataWaves));
    expect(wave(job)).toBeLessThan(wave(find(all.get('app')!, 'Deployment', 'assistant')));
  });
});

describe('wiring: every host and port given to the app is a Service in the manifests that exposes it', () => {
  test.each(['dev', 'staging', 'prod'])('%s', (name) => {
    const objects = objectsOf(environment(name));
    const config = find(objects, 'ConfigMap', 'assistant-config').data;
    for (const [hostKey, portKey] of [
      ['CHROMA_HOST', 'CHROMA_PORT'],
      ['DATABASE_HOST', 'DATABASE_PORT'],
    ]) {
      const svc = find(objects, 'Service', config[hostKey]);
      expect(svc.metadata.namespace).toBe(environment(name).namespace);
      expect(svc.spec.ports.map((p: any) => String(p.port))).toContain(config[portKey]);
    }
    const migration = kinds(objects, 'Job')[0].spec.template.spec;
    expect(migration.containers[0].envFrom).toEqual([{ configMapRef: { name: 'assistant-config' } }]);
  });
});

/** Secret name -> keys, for every Secret a pod references. */
describe('secrets', () => {
  test('external-secrets mode: one ExternalSecret per referenced Secret, with exactly its keys', () => {
    const objects = objectsOf(environment('prod'));
    const externals = kinds(objects, 'ExternalSecret');
    const fromExternal = new Map(externals.map((e) => [e.spec.target.name, new Set<string>(e.spec.data.map((d: any) => d.secretKey))]));
    expect(fromExternal).toEqual(referencedSecrets(objects));
    for (const e of externals) expect(e.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'llm-stack' });
  });

  test('existing mode: no ExternalSecret, and the README creates exactly the Secrets the manifests reference', () => {
    const objects = objectsOf(environmentWith('prod', { secrets: { mode: 'existing' } }));
    expect(kinds(objects, 'ExternalSecret')).toEqual([]);
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.split('<!-- existing-secrets:start -->')[1]?.split('<!-- existing-secrets:end -->')[0] ?? '';
    const documented = new Map<string, Set<string>>();
    for (const command of section.replace(/\\\n\s*/g, ' ').split('\n').filter((l) => l.includes('create secret generic'))) {
      const name = command.match(/create secret generic (\S+)/)![1];
      documented.set(name, new Set([...command.matchAll(/--from-(?:literal|file)=([^=\s]+)=/g)].map((m) => m[1])));
    }
    expect(documented).toEqual(referencedSecrets(objects));
  });

  test('the remote keys are configurable', () => {
    const env = environmentWith('staging', { secrets: { storeName: 'vault', remoteKeys: { groqApiKey: { key: 'prod/llm', property: 'groq' } } } });
    const external = find(objectsOf(env), 'ExternalSecret', 'assistant-llm');
    expect(external.spec.secretStoreRef.name).toBe('vault');
    expect(external.spec.data).toEqual([{ secretKey: 'GROQ_API_KEY', remoteRef: { key: 'prod/llm', property: 'groq' } }]);
  });
});
