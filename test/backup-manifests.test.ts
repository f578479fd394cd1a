import * as fs from 'fs';
import * as path from 'path';
import { ConfigError, parseEnvironment } from '../config/load';
import { containerEnv, jobContainer, mountedFiles, runContainer, tempDir, writeConfigMap } from './support/jobs';
import { manifestValidator } from './support/schema-validator';
import { allObjects, environment, environmentWith, find, K8sObject, kinds, objectsOf, podSpecOf, synthEnvironment } from './support/synth';

// The backup objects as rendered: names the alerts and the runbook use, schedules,
// deadlines, where the pods run and what they mount, RBAC, network policy and off-site upload.

const prod = objectsOf(environment('prod'));
const dev = objectsOf(environment('dev'));
const snapshot = objectsOf(environmentWith('prod', { backup: { chroma: { mode: 'snapshot', volumeSnapshotClassName: 'csi-snapclass' } } }));
const live = objectsOf(environmentWith('prod', { backup: { chroma: { mode: 'unsafe-live-archive' } } }));
const cronJob = (objects: K8sObject[], name: string) => find(objects, 'CronJob', name);
const pod = (objects: K8sObject[], name: string) => podSpecOf(cronJob(objects, name)).spec;
const containersOf = (objects: K8sObject[], name: string): any[] => [...(pod(objects, name).initContainers ?? []), ...pod(objects, name).containers];

describe('CronJobs', () => {
  test('the names the alerts and the runbook use, in the backup chart, in the data wave', () => {
    const chart = synthEnvironment(environment('prod')).get('backup')!;
    expect(kinds(chart, 'CronJob').map((c) => c.metadata.name).sort()).toEqual([
      'chroma-backup', 'chroma-restore', 'chroma-restore-verify', 'postgresql-backup', 'postgresql-restore', 'postgresql-restore-verify',
    ]);
    for (const c of kinds(chart, 'CronJob')) expect(c.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('3');
  });

  test('daily backups at 02:00 in the configured time zone; weekly verification; restore templates suspended', () => {
    for (const name of ['postgresql-backup', 'chroma-backup']) {
      expect(cronJob(prod, name).spec).toMatchObject({ schedule: '0 2 * * *', timeZone: 'Etc/UTC' });
      expect(cronJob(prod, name).spec.suspend).toBeUndefined();
    }
    expect(cronJob(prod, 'postgresql-restore-verify').spec).toMatchObject({ schedule: '0 4 * * 0', timeZone: 'Etc/UTC' });
    for (const name of ['postgresql-restore', 'chroma-restore']) {
      expect(cronJob(prod, name).spec).toMatchObject({ suspend: true, schedule: '0 0 31 2 *' });
      expect(cronJob(prod, name).spec.jobTemplate.spec).toMatchObject({ backoffLimit: 0, ttlSecondsAfterFinished: 604800 });
    }
    const berlin = objectsOf(environmentWith('prod', { backup: { timeZone: 'Europe/Berlin', schedule: '30 1 * * *' } }));
    expect(cronJob(berlin, 'postgresql-backup').spec).toMatchObject({ schedule: '30 1 * * *', timeZone: 'Europe/Berlin' });
  });

  test('Forbid concurrency, deadlines and history limits on every CronJob', () => {
    for (const c of kinds(prod, 'CronJob')) {
      expect(c.spec).toMatchObject({ concurrencyPolicy: 'Forbid', startingDeadlineSeconds: 3600, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 3 });
      expect(c.spec.jobTemplate.spec.activeDeadlineSeconds).toBe(3600);
      expect(podSpecOf(c).spec.restartPolicy).toBe('Never');
    }
  });

  test('retention 30 days in prod, 7 in dev', () => {
    const retention = (objects: K8sObject[], name: string, container: string) => jobContainer(objects, name, container).env.find((e: any) => e.name === 'RETENTION_DAYS').value;
    expect(retention(prod, 'postgresql-backup', 'backup')).toBe('30');
    expect(retention(prod, 'chroma-backup', 'export')).toBe('30');
    expect(retention(dev, 'postgresql-backup', 'backup')).toBe('7');
    expect(retention(dev, 'chroma-backup', 'export')).toBe('7');
  });

  test('the scripts come from the backup-scripts ConfigMap, identical to the files in scripts/', () => {
    const data = find(prod, 'ConfigMap', 'backup-scripts').data;
    for (const [key, text] of Object.entries<string>(data)) {
      // The scratch Chroma's config file is rendered (charts/chroma.ts), not a script.
      if (key === 'chroma-scratch.yaml') continue;
      expect(text).toBe(fs.readFileSync(path.join(__dirname, '..', 'scripts', 'backup', key), 'utf8'));
    }
    for (const c of kinds(prod, 'CronJob')) {
      for (const container of containersOf(prod, c.metadata.name)) {
        // The verification's scratch Chroma runs the image's own command.
        if (container.restartPolicy === 'Always') continue;
        expect(container.command[0]).toBe('bash');
        expect(Object.keys(data)).toContain(container.command[1].replace('/scripts/', ''));
      }
      expect(pod(prod, c.metadata.name).volumes).toContainEqual({ name: 'scripts', configMap: { name: 'backup-scripts', defaultMode: 0o444 } });
    }
  });
});

describe('PostgreSQL jobs', () => {
  test('pg_dump from the server image, as the superuser from the credentials Secret, to the postgresql-backup claim', () => {
    const backup = jobContainer(prod, 'postgresql-backup', 'backup');
    expect(backup.image).toBe(`postgres:${environment('prod').postgres.image.tag}`);
    expect(backup.env).toEqual(
      expect.arrayContaining([
        { name: 'PGHOST', value: 'postgresql' },
        { name: 'PGPORT', value: '5432' },
        { name: 'PGUSER', value: 'postgres' },
        { name: 'POSTGRES_PASSWORD_FILE', value: '/var/run/secrets/postgresql/postgres-password' },
        { name: 'PGPASSFILE', value: '/var/run/libpq/pgpass' },
      ]),
    );
    expect(backup.env.filter((e: any) => e.valueFrom)).toEqual([]);
    expect(backup.volumeMounts).toEqual(
      expect.arrayContaining([
        { name: 'credentials', mountPath: '/var/run/secrets/postgresql', readOnly: true },
        { name: 'libpq', mountPath: '/var/run/libpq' },
      ]),
    );
    expect(pod(prod, 'postgresql-backup').volumes).toContainEqual({ name: 'backup', persistentVolumeClaim: { claimName: 'postgresql-backup' } });
    const claim = find(prod, 'PersistentVolumeClaim', 'postgresql-backup');
    expect(claim.spec.resources.requests.storage).toBe('20Gi');
    expect(claim.metadata.annotations['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
    expect(find(dev, 'PersistentVolumeClaim', 'postgresql-backup').spec.resources.requests.storage).toBe('5Gi');
  });

  test('restore and verification only read the backup volume', () => {
    for (const [name, container] of [['postgresql-restore', 'restore'], ['postgresql-restore-verify', 'verify']]) {
      expect(jobContainer(prod, name, container).volumeMounts).toContainEqual({ name: 'backup', mountPath: '/backup', readOnly: true });
    }
  });

  test('restore restores the app database, owned by the app user, newest dump unless DUMP is set', () => {
    expect(jobContainer(prod, 'postgresql-restore', 'restore').env).toEqual(
      expect.arrayContaining([
        { name: 'DATABASE', value: 'assistant' },
        { name: 'DATABASE_OWNER', value: 'assistant' },
        { name: 'DUMP', value: '' },
        { name: 'TARGET_DATABASE', value: '' },
      ]),
    );
  });
});

describe('Chroma jobs', () => {
  test('export mode (default): Chroma\'s API into the shared postgresql-backup claim, as its owner, recording PostgreSQL\'s newest backup', () => {
    const spec = pod(prod, 'chroma-backup');
    const exporter = jobContainer(prod, 'chroma-backup', 'export');
    expect(exporter.image).toMatch(/^python:3\.\d+\.\d+-slim-bookworm$/);
    expect(exporter.command).toEqual(['bash', '/scripts/chroma-export.sh']);
    expect(exporter.env).toEqual(
      expect.arrayContaining([
        { name: 'CHROMA_URL', value: 'http://chroma:8000' },
        { name: 'BACKUP_DIR', value: '/backup/chroma' },
        { name: 'PAIRED_BACKUP_DIR', value: '/backup/postgresql' },
      ]),
    );
    expect(spec.volumes).toContainEqual({ name: 'backup', persistentVolumeClaim: { claimName: 'postgresql-backup' } });
    expect(spec.volumes.filter((v: any) => v.persistentVolumeClaim?.claimName === 'data-chroma-0')).toEqual([]);
    expect(spec.securityContext).toMatchObject({ runAsUser: 999, runAsGroup: 999, fsGroup: 999 });
    expect(pod(prod, 'postgresql-backup').securityContext).toMatchObject({ runAsUser: 999, runAsGroup: 999, fsGroup: 999 });
    expect(kinds(prod, 'PersistentVolumeClaim').map((c) => c.metadata.name)).not.toContain('chroma-backup');
    // PostgreSQL's backup records Chroma's newest export in turn.
    expect(jobContainer(prod, 'postgresql-backup', 'backup').env).toContainEqual({ name: 'PAIRED_BACKUP_DIR', value: '/backup/chroma' });
    expect(jobContainer(live, 'postgresql-backup', 'backup').env.map((e: any) => e.name)).not.toContain('PAIRED_BACKUP_DIR');
  });

  test('export mode: the restore imports into the running Chroma, refusing to overwrite unless told', () => {
    const restore = jobContainer(prod, 'chroma-restore', 'restore');
    expect(restore.command).toEqual(['bash', '/scripts/chroma-import.sh']);
    expect(restore.env).toEqual(expect.arrayContaining([{ name: 'ARCHIVE', value: '' }, { name: 'ON_CONFLICT', value: 'fail' }]));
    expect(restore.volumeMounts).toContainEqual({ name: 'backup', mountPath: '/backup', readOnly: true });
  });

  test('export mode: the weekly verification runs a scratch Chroma of the production image as a sidecar, on loopback', () => {
    for (const objects of [prod, dev]) {
      const verify = cronJob(objects, 'chroma-restore-verify');
      expect(verify.spec).toMatchObject({ schedule: '0 4 * * 0' });
      expect(verify.spec.suspend).toBeUndefined();
      const spec = pod(objects, 'chroma-restore-verify');
      const [sidecar] = spec.initContainers;
      const sts = find(objects, 'StatefulSet', 'chroma').spec.template.spec.containers[0];
      expect(sidecar).toMatchObject({ name: 'chroma', restartPolicy: 'Always', image: sts.image, args: ['run', '/config.yaml'] });
      expect(sidecar.startupProbe.httpGet).toMatchObject({ path: '/api/v2/healthcheck' });
      expect(sidecar.volumeMounts).toEqual(
        expect.arrayContaining([
          { name: 'scratch', mountPath: '/data' },
          { name: 'scripts', mountPath: '/config.yaml', subPath: 'chroma-scratch.yaml', readOnly: true },
        ]),
      );
      expect(spec.volumes).toContainEqual({ name: 'scratch', emptyDir: { sizeLimit: expect.any(String) } });
      expect(spec.containers.map((c: any) => c.name)).toEqual(['verify']);
      expect(spec.containers[0].env).toContainEqual({ name: 'CHROMA_URL', value: 'http://127.0.0.1:8000' });
      const scratchConfig = find(objects, 'ConfigMap', 'backup-scripts').data['chroma-scratch.yaml'];
      // The kubelet probes the pod IP: a scratch server bound to loopback never starts up
      // (test/stack-full.test.ts runs it), so it listens on the pod's addresses.
      expect(scratchConfig).toMatch(/^listen_address: "0\.0\.0\.0"$/m);
      expect(scratchConfig).toMatch(/^persist_path: "\/data"$/m);
    }
    expect(kinds(snapshot, 'CronJob').map((c) => c.metadata.name)).not.toContain('chroma-restore-verify');
  });

  test('unsafe-live-archive mode: on the Chroma pod\'s node, Chroma\'s claim mounted read-only, as Chroma\'s uid', () => {
    const prod = live;
    const spec = pod(prod, 'chroma-backup');
    const chromaPods = find(prod, 'StatefulSet', 'chroma').spec.selector.matchLabels;
    expect(spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution).toEqual([
      { labelSelector: { matchLabels: chromaPods }, topologyKey: 'kubernetes.io/hostname' },
    ]);
    expect(spec.volumes).toContainEqual({ name: 'data', persistentVolumeClaim: { claimName: 'data-chroma-0', readOnly: true } });
    expect(jobContainer(prod, 'chroma-backup', 'archive').volumeMounts).toContainEqual({ name: 'data', mountPath: '/data', readOnly: true });
    expect(spec.securityContext).toMatchObject({ runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000 });
    expect(jobContainer(prod, 'chroma-backup', 'archive').image).toMatch(/^python:3\.\d+\.\d+-slim-bookworm$/);
    expect(find(prod, 'PersistentVolumeClaim', 'chroma-backup').spec.accessModes).toEqual(['ReadWriteOnce']);
  });

  test('unsafe-live-archive restore never runs beside a running Chroma and writes the data claim', () => {
    const spec = pod(live, 'chroma-restore');
    expect(spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey).toBe('kubernetes.io/hostname');
    expect(spec.volumes).toContainEqual({ name: 'data', persistentVolumeClaim: { claimName: 'data-chroma-0' } });
  });

  test('snapshot mode: kubectl jobs, VolumeSnapshot templates, no archive volume', () => {
    expect(kinds(snapshot, 'PersistentVolumeClaim').map((c) => c.metadata.name)).toEqual(['postgresql-backup']);
    const backup = jobContainer(snapshot, 'chroma-backup', 'snapshot');
    expect(backup.image).toMatch(/^docker\.io\/bitnamilegacy\/kubectl:1\.\d+\.\d+$/);
    expect(pod(snapshot, 'chroma-backup').automountServiceAccountToken).toBe(false);
    expect(backup.volumeMounts).toContainEqual({ name: 'kube-api-access', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true });
    const data = find(snapshot, 'ConfigMap', 'backup-scripts').data;
    const template = JSON.parse(data['snapshot.json']);
    expect(template).toEqual({
      apiVersion: 'snapshot.storage.k8s.io/v1',
      kind: 'VolumeSnapshot',
      metadata: { name: '__NAME__', namespace: 'llm-stack-prod', labels: expect.not.objectContaining({ 'app.kubernetes.io/instance': expect.anything() }) },
      spec: { volumeSnapshotClassName: 'csi-snapclass', source: { persistentVolumeClaimName: 'data-chroma-0' } },
    });
    const selector = backup.env.find((e: any) => e.name === 'SNAPSHOT_SELECTOR').value;
    expect(Object.fromEntries(selector.split(',').map((kv: string) => kv.split('=')))).toEqual(template.metadata.labels);
    const claim = JSON.parse(data['restore-claim.json']);
    const rendered = find(snapshot, 'StatefulSet', 'chroma').spec.volumeClaimTemplates[0];
    expect(claim.metadata).toMatchObject({ name: 'data-chroma-0', labels: rendered.metadata.labels });
    expect(claim.spec).toMatchObject({
      accessModes: rendered.spec.accessModes,
      resources: rendered.spec.resources,
      dataSource: { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: '__SNAPSHOT__' },
    });
  });

  test('snapshot mode RBAC: the backup may only create, list and delete VolumeSnapshots', () => {
    expect(find(snapshot, 'Role', 'chroma-backup').rules).toEqual([
      { apiGroups: ['snapshot.storage.k8s.io'], resources: ['volumesnapshots'], verbs: ['create', 'list', 'delete'] },
    ]);
    const restoreRules = find(snapshot, 'Role', 'chroma-restore').rules;
    for (const rule of restoreRules) {
      expect(rule.verbs).not.toContain('*');
      if (rule.verbs.includes('delete') || rule.verbs.includes('get')) expect(rule.resourceNames).toBeDefined();
    }
    for (const name of ['chroma-backup', 'chroma-restore']) {
      expect(find(snapshot, 'RoleBinding', name)).toMatchObject({
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
        subjects: [{ kind: 'ServiceAccount', name, namespace: 'llm-stack-prod' }],
      });
      expect(pod(snapshot, name).serviceAccountName).toBe(name);
    }
    expect(kinds(prod, 'Role')).toEqual([]);
  });
});

describe('network policy', () => {
  const egressOf = (objects: K8sObject[], name: string) => find(objects, 'NetworkPolicy', name).spec.egress ?? [];

  test('PostgreSQL backup pods reach PostgreSQL on 5432 and, with off-site upload, the object store on 443 only', () => {
    const policy = find(prod, 'NetworkPolicy', 'postgresql-backup');
    expect(policy.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(policy.spec.ingress).toBeUndefined();
    const postgresPods = find(prod, 'StatefulSet', 'postgresql').spec.selector.matchLabels;
    expect(egressOf(prod, 'postgresql-backup')).toEqual([
      { to: [{ podSelector: { matchLabels: postgresPods } }], ports: [{ protocol: 'TCP', port: 5432 }] },
      { to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ protocol: 'TCP', port: 443 }] },
    ]);
    expect(egressOf(dev, 'postgresql-backup')).toHaveLength(1);
    // The policy selects the pods of all three PostgreSQL jobs, which PostgreSQL admits.
    for (const name of ['postgresql-backup', 'postgresql-restore', 'postgresql-restore-verify']) {
      expect(podSpecOf(cronJob(prod, name)).metadata.labels).toMatchObject(policy.spec.podSelector.matchLabels);
    }
  });

  test('Chroma backup pods: Chroma\'s API (export mode), the object store, or the API server (snapshot mode)', () => {
    const chromaPods = { to: [{ podSelector: { matchLabels: find(prod, 'StatefulSet', 'chroma').spec.selector.matchLabels } }], ports: [{ protocol: 'TCP', port: 8000 }] };
    expect(egressOf(prod, 'chroma-backup')).toEqual([chromaPods, { to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ protocol: 'TCP', port: 443 }] }]);
    expect(egressOf(dev, 'chroma-backup')).toHaveLength(1);
    expect(egressOf(live, 'chroma-backup')).toEqual([{ to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ protocol: 'TCP', port: 443 }] }]);
    // Chroma admits the backup pods (all three export-mode jobs carry the selected labels).
    const chromaPolicy = find(prod, 'NetworkPolicy', 'chroma');
    const selector = find(prod, 'NetworkPolicy', 'chroma-backup').spec.podSelector.matchLabels;
    expect(chromaPolicy.spec.ingress[0].from).toContainEqual({ podSelector: { matchLabels: selector } });
    for (const name of ['chroma-backup', 'chroma-restore', 'chroma-restore-verify']) {
      expect(podSpecOf(cronJob(prod, name)).metadata.labels).toMatchObject(selector);
    }
    expect(egressOf(snapshot, 'chroma-backup')).toEqual([
      { to: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ protocol: 'TCP', port: 443 }, { protocol: 'TCP', port: 6443 }] },
    ]);
  });

  test('a MinIO endpoint on its own port opens that port, to the configured addresses', () => {
    const minio = objectsOf(environmentWith('prod', { backup: { offsite: { endpoint: 'http://minio.storage:9000', egressCidrs: ['10.20.0.0/16'] } } }));
    expect(egressOf(minio, 'postgresql-backup')[1]).toEqual({ to: [{ ipBlock: { cidr: '10.20.0.0/16' } }], ports: [{ protocol: 'TCP', port: 9000 }] });
  });
});

describe('off-site upload', () => {
  test('prod uploads after the backup, from a pinned aws-cli image, with credentials by reference', () => {
    const spec = pod(prod, 'postgresql-backup');
    expect(spec.initContainers.map((c: any) => c.name)).toEqual(['backup']);
    expect(spec.containers.map((c: any) => c.name)).toEqual(['upload']);
    const upload = spec.containers[0];
    expect(upload.image).toMatch(/^amazon\/aws-cli:2\.\d+\.\d+$/);
    expect(upload.volumeMounts).toContainEqual({ name: 'backup', mountPath: '/backup', readOnly: true });
    expect(upload.env).toEqual(
      expect.arrayContaining([
        { name: 'S3_ENDPOINT', value: 'https://s3.eu-central-1.amazonaws.com' },
        { name: 'S3_BUCKET', value: 'example-llm-stack-backups' },
        { name: 'S3_PREFIX', value: 'llm-stack-prod/postgresql' },
        { name: 'AWS_ACCESS_KEY_ID_FILE', value: '/var/run/secrets/backup-s3/access-key-id' },
      ]),
    );
    expect(upload.env.filter((e: any) => e.valueFrom)).toEqual([]);
    expect(upload.volumeMounts).toContainEqual({ name: 's3-credentials', mountPath: '/var/run/secrets/backup-s3', readOnly: true });
    expect(find(prod, 'ExternalSecret', 'backup-s3-credentials').spec.data.map((d: any) => d.secretKey)).toEqual(['access-key-id', 'secret-access-key']);
    expect(pod(prod, 'chroma-backup').containers.map((c: any) => c.name)).toEqual(['upload']);
  });

  test('aws-cli is 2.23 or later wherever the checksum variables are set (older releases ignore them)', () => {
    const checked: string[] = [];
    for (const { where, obj } of allObjects()) {
      const spec = podSpecOf(obj)?.spec;
      for (const c of spec ? [...(spec.initContainers ?? []), ...spec.containers] : []) {
        if (!(c.env ?? []).some((e: any) => /^AWS_(REQUEST_CHECKSUM_CALCULATION|RESPONSE_CHECKSUM_VALIDATION)$/.test(e.name))) continue;
        const version = /^amazon\/aws-cli:(\d+)\.(\d+)\.(\d+)(@sha256:[0-9a-f]{64})?$/.exec(c.image);
        expect([where, c.image, version !== null]).toEqual([where, c.image, true]);
        const [major, minor] = [Number(version![1]), Number(version![2])];
        expect([where, c.image, major > 2 || (major === 2 && minor >= 23)]).toEqual([where, c.image, true]);
        checked.push(`${where}/${c.name}`);
      }
    }
    expect(checked.length).toBeGreaterThan(0);
  });

  test('an aws-cli tag older than 2.23.0 is refused at config time', () => {
    expect(() => environmentWith('prod', { backup: { offsite: { image: { tag: '2.17.0' } } } })).toThrow(
      'config[prod].backup.offsite.image.tag: must be aws-cli 2.23.0 or later: older releases ignore AWS_REQUEST_CHECKSUM_CALCULATION and AWS_RESPONSE_CHECKSUM_VALIDATION, which the upload sets for S3-compatible stores, got "2.17.0"',
    );
    expect(environmentWith('prod', { backup: { offsite: { image: { tag: '2.23.0' } } } }).backup.offsite.image.tag).toBe('2.23.0');
  });

  test('dev has no upload, no S3 credentials', () => {
    expect(pod(dev, 'postgresql-backup').initContainers).toBeUndefined();
    expect(pod(dev, 'postgresql-backup').containers.map((c: any) => c.name)).toEqual(['backup']);
    expect(dev.filter((o) => o.metadata.name === 'backup-s3-credentials')).toEqual([]);
  });

  test('existing-secrets mode references the Secret without an ExternalSecret', () => {
    const existing = objectsOf(environmentWith('prod', { secrets: { mode: 'existing' } }));
    expect(existing.filter((o) => o.metadata.name === 'backup-s3-credentials')).toEqual([]);
    expect(jobContainer(existing, 'postgresql-backup', 'upload').env).toContainEqual({
      name: 'AWS_SECRET_ACCESS_KEY_FILE',
      value: '/var/run/secrets/backup-s3/secret-access-key',
    });
    expect(pod(existing, 'postgresql-backup').volumes).toContainEqual({ name: 's3-credentials', secret: { secretName: 'backup-s3-credentials', defaultMode: 0o440 } });
  });

  test('the upload script syncs finished files only, to <bucket>/<prefix>, through the endpoint', () => {
    // aws itself needs a network; a stand-in records how the rendered script calls it.
    const scripts = writeConfigMap(prod, 'backup-scripts');
    const bin = tempDir('fake-aws');
    const dirs: string[] = [];
    try {
      fs.writeFileSync(path.join(bin, 'aws'), '#!/usr/bin/env bash\nprintf "%s\\n" "$@"\n', { mode: 0o755 });
      const upload = jobContainer(prod, 'postgresql-backup', 'upload');
      const files = mountedFiles(prod, 'postgresql-backup', 'upload', { 'backup-s3-credentials': { 'access-key-id': 'id', 'secret-access-key': 'secret' } });
      dirs.push(...files.dirs);
      const r = runContainer(upload, scripts, containerEnv(upload, { BACKUP_DIR: '/backups', ...files.env }), {
        PATH: `${bin}:${process.env.PATH}`,
      });
      expect(r.status).toBe(0);
      expect(r.stdout.trim().split('\n')).toEqual([
        '--endpoint-url=https://s3.eu-central-1.amazonaws.com', 's3', 'sync', '/backups/', 's3://example-llm-stack-backups/llm-stack-prod/postgresql/',
        '--exclude=*.partial', '--exclude=.tmp-*', '--exclude=lost+found/*', '--no-progress',
      ]);
    } finally {
      for (const d of [scripts, bin, ...dirs]) fs.rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('configuration', () => {
  const errorOf = (override: unknown) => {
    try {
      parseEnvironment('prod', { app: { image: { tag: '1.0.0' } } }, override);
      return undefined;
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return (e as Error).message;
    }
  };

  test('off-site upload needs an endpoint and a bucket', () => {
    expect(errorOf({ backup: { offsite: { enabled: true } } })).toBe(
      'config[prod].backup.offsite.endpoint: is required when offsite.enabled is true, got nothing\n' +
        'config[prod].backup.offsite.bucket: is required when offsite.enabled is true, got nothing',
    );
  });

  test('bad values are named with what is allowed', () => {
    expect(errorOf({ backup: { offsite: { endpoint: 's3.amazonaws.com' } } })).toMatch(
      /^config\[prod\]\.backup\.offsite\.endpoint: must be an http\(s\) URL of an S3 API.*, got "s3\.amazonaws\.com"$/,
    );
    expect(errorOf({ backup: { offsite: { bucket: 'My_Bucket' } } })).toMatch(/^config\[prod\]\.backup\.offsite\.bucket: must be an S3 bucket name/);
    expect(errorOf({ backup: { offsite: { egressCidrs: ['10.0.0.0/33'] } } })).toBe(
      'config[prod].backup.offsite.egressCidrs[0]: must be an IPv4 CIDR such as 10.0.0.0/8, got "10.0.0.0/33"',
    );
    expect(errorOf({ backup: { chroma: { mode: 'rsync' } } })).toBe('config[prod].backup.chroma.mode: must be one of "export", "snapshot", "unsafe-live-archive", got "rsync"');
    expect(errorOf({ backup: { verifySchedule: 'weekly' } })).toMatch(/^config\[prod\]\.backup\.verifySchedule: must be a five-field cron expression/);
    expect(errorOf({ backup: { offsite: { image: { tag: 'latest' } } } })).toBe('config[prod].backup.offsite.image.tag: must be a pinned version, not "latest", got "latest"');
    expect(errorOf({ platform: { kubernetesApi: { ports: [0] } } })).toBe('config[prod].platform.kubernetesApi.ports[0]: must be >= 1, got 0');
  });
});

describe('strict schema validation of what the default environments do not render', () => {
  const validator = manifestValidator();
  const backupChart = (overrides: unknown) => synthEnvironment(environmentWith('prod', overrides)).get('backup')!;

  test.each([
    ['snapshot mode', { backup: { chroma: { mode: 'snapshot', volumeSnapshotClassName: 'csi-snapclass' } } }],
    ['existing secrets, MinIO endpoint', { secrets: { mode: 'existing' }, backup: { offsite: { endpoint: 'http://minio.storage:9000' } } }],
  ])('%s: every backup object', (_label, overrides) => {
    for (const obj of backupChart(overrides)) expect({ obj: `${obj.kind}/${obj.metadata.name}`, problems: validator.validate(obj) }).toEqual({ obj: `${obj.kind}/${obj.metadata.name}`, problems: [] });
  });

  test('the VolumeSnapshot and claim templates the snapshot jobs create', () => {
    const data = find(backupChart({ backup: { chroma: { mode: 'snapshot' } } }), 'ConfigMap', 'backup-scripts').data;
    const snap = JSON.parse(data['snapshot.json'].replace('__NAME__', 'chroma-20250101t020000z'));
    const claim = JSON.parse(data['restore-claim.json'].replace('__SNAPSHOT__', 'chroma-20250101t020000z'));
    expect(validator.validate(snap)).toEqual([]);
    expect(validator.validate(claim)).toEqual([]);
  });
});
