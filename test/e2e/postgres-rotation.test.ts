import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { containerEnv, jobContainer, jobPod, mountedFiles, runContainer, tempDir, writeConfigMap } from '../support/jobs';
import { initLikeTheImage, PgServer, secretVolume, settingsFromArgs, startPostgres, updateSecretVolume } from '../support/postgres';
import { environment, find, K8sObject, objectsOf, podSpecOf } from '../support/synth';
import { describeWithTool, postgresBinDir } from '../support/tools';

// Password rotation (issue 9, items 9 and 15). The postgres image applies the Secret's
// passwords to an empty data directory only, so rotating the Secret alone locked the app,
// the migrations and the backups out. The password-sync sidecar applies them with ALTER
// ROLE; here it runs, with the rendered script, command and environment, against a real
// PostgreSQL started with the rendered pg_hba.conf, as the pod's OS user postgres.

const objects = objectsOf(environment('prod'));
const pod = find(objects, 'StatefulSet', 'postgresql').spec.template.spec;
const byName = (name: string) => pod.containers.find((c: any) => c.name === name);
const server = byName('postgresql');
const sync = byName('password-sync');
const mountOf = (c: any, volume: string): string => c.volumeMounts.find((m: any) => m.name === volume).mountPath;
const envValue = (c: any, name: string): string => c.env.find((e: any) => e.name === name).value;
const IS_ROOT = process.getuid?.() === 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every container of every pod of the PostgreSQL chart and the PostgreSQL backup jobs. */
function postgresContainers(all: K8sObject[]): { where: string; c: any }[] {
  const owners = all.filter((o) => o.metadata.name === 'postgresql' || o.metadata.name.startsWith('postgresql-'));
  return owners.flatMap((o) => {
    const spec = podSpecOf(o)?.spec;
    return spec ? [...(spec.initContainers ?? []), ...spec.containers].map((c: any) => ({ where: `${o.kind}/${o.metadata.name}`, c })) : [];
  });
}

describe('PostgreSQL and backup credentials reach the containers as files', () => {
  test('no container of the database or its backup jobs, nor the upload, takes a secret from its environment', () => {
    const fromEnv = postgresContainers(objects).flatMap(({ where, c }) =>
      (c.env ?? []).filter((e: any) => e.valueFrom?.secretKeyRef).map((e: any) => `${where} ${c.name} ${e.name}`),
    );
    expect(fromEnv).toEqual([]);
    expect(postgresContainers(objects).map(({ c }) => c.name)).toEqual(expect.arrayContaining(['postgresql', 'password-sync', 'backup', 'upload', 'restore', 'verify']));
  });

  test('the Secret is a volume mounted without subPath (the kubelet updates it in place), never into the exporter', () => {
    expect(pod.volumes).toContainEqual({ name: 'credentials', secret: { secretName: 'postgresql-credentials', defaultMode: 0o440 } });
    for (const c of [server, sync]) expect(c.volumeMounts).toContainEqual({ name: 'credentials', mountPath: '/var/run/secrets/postgresql', readOnly: true });
    expect(byName('postgres-exporter').volumeMounts.map((m: any) => m.name)).not.toContain('credentials');
    expect(envValue(server, 'POSTGRES_PASSWORD_FILE')).toBe('/var/run/secrets/postgresql/postgres-password');
    const backupPod = jobPod(objects, 'postgresql-backup');
    expect(backupPod.volumes).toContainEqual({ name: 'credentials', secret: { secretName: 'postgresql-credentials', defaultMode: 0o440 } });
    expect(backupPod.volumes).toContainEqual({ name: 'libpq', emptyDir: { medium: 'Memory', sizeLimit: '1Mi' } });
  });

  test('the upload reads the S3 keys from files and gives aws-cli a credentials file on a tmpfs', () => {
    const upload = jobContainer(objects, 'postgresql-backup', 'upload');
    expect(upload.env).toEqual(
      expect.arrayContaining([
        { name: 'AWS_ACCESS_KEY_ID_FILE', value: '/var/run/secrets/backup-s3/access-key-id' },
        { name: 'AWS_SECRET_ACCESS_KEY_FILE', value: '/var/run/secrets/backup-s3/secret-access-key' },
        { name: 'AWS_SHARED_CREDENTIALS_FILE', value: '/var/run/aws/credentials' },
      ]),
    );
    const uploaders = objects.filter((o) => o.kind === 'CronJob' && podSpecOf(o).spec.containers.some((c: any) => c.name === 'upload'));
    expect(uploaders.map((o) => o.metadata.name)).toContain('postgresql-backup');
    for (const job of uploaders.map((o) => o.metadata.name)) {
      expect(jobPod(objects, job).volumes).toEqual(
        expect.arrayContaining([
          { name: 's3-credentials', secret: { secretName: 'backup-s3-credentials', defaultMode: 0o440 } },
          { name: 'aws', emptyDir: { medium: 'Memory', sizeLimit: '1Mi' } },
        ]),
      );
    }
  });

  test('the upload script writes the shared credentials file, private, from the mounted keys', () => {
    const scripts = writeConfigMap(objects, 'backup-scripts');
    const bin = tempDir('fake-aws');
    const files = mountedFiles(objects, 'postgresql-backup', 'upload', { 'backup-s3-credentials': { 'access-key-id': 'AKIDTEST', 'secret-access-key': 's3cr3t/Key+' } });
    try {
      // aws itself needs a network; a stand-in prints the credentials file it was given.
      fs.writeFileSync(path.join(bin, 'aws'), '#!/usr/bin/env bash\nstat -c %a "$AWS_SHARED_CREDENTIALS_FILE"\ncat "$AWS_SHARED_CREDENTIALS_FILE"\nenv | grep -c "^AWS_ACCESS_KEY_ID=\\|^AWS_SECRET_ACCESS_KEY=" || true\n', { mode: 0o755 });
      const upload = jobContainer(objects, 'postgresql-backup', 'upload');
      const r = runContainer(upload, scripts, containerEnv(upload, { BACKUP_DIR: '/backups', ...files.env }), { PATH: `${bin}:${process.env.PATH}` });
      expect(r.stderr).toContain('upload complete');
      expect(r.stdout).toBe('600\n[default]\naws_access_key_id = AKIDTEST\naws_secret_access_key = s3cr3t/Key+\n0\n');
    } finally {
      for (const d of [scripts, bin, ...files.dirs]) fs.rmSync(d, { recursive: true, force: true });
    }
  });
});

describeWithTool('PostgreSQL server binaries, run as root (to act as the OS user postgres)', postgresBinDir() && IS_ROOT, 'password rotation, for real', () => {
  let pg: PgServer;
  let authDir: string;
  let secrets: string;
  let backupScripts: string;
  const scratch: string[] = [];
  const app = envValue(server, 'APP_DB_USER');
  const db = envValue(server, 'POSTGRES_DB');
  let current = { app: `app-1-${Math.random().toString(36).slice(2)}`, su: '' };

  /** What the kubelet does when the Secret changes: both files swapped in at once under the same mount. */
  const rotate = (values: { app: string; su: string }) => updateSecretVolume(secrets, { password: values.app, 'postgres-password': values.su });
  const canLogin = (user: string, password: string) => pg.tryPsql('SELECT 1', { db: user === app ? db : 'postgres', user, password }).status === 0;
  /** The password-sync container's command and environment, pointed at the test server, as the OS user postgres. */
  const syncProcess = (extra: string[], overrides: Record<string, string> = {}) => {
    const heartbeat = path.join(tempDir('heartbeat'), 'alive');
    scratch.push(path.dirname(heartbeat));
    fs.chmodSync(path.dirname(heartbeat), 0o777);
    const env = containerEnv(sync, {
      CREDENTIALS_DIR: secrets,
      PGHOST: pg.socketDir,
      PGPORT: String(pg.port),
      HEARTBEAT_FILE: heartbeat,
      ...overrides,
    });
    const [cmd, ...args] = sync.command.map((a: string) => a.replace(mountOf(sync, 'auth'), authDir));
    return { cmd: 'runuser', args: ['-u', 'postgres', '--', cmd, ...args, ...extra], env: { ...env, PATH: pg.clientEnv.PATH }, heartbeat };
  };
  const syncOnce = () => {
    const p = syncProcess(['--once']);
    return spawnSync(p.cmd, p.args, { env: p.env, encoding: 'utf8', cwd: os.tmpdir(), timeout: 30_000 });
  };

  beforeAll(async () => {
    authDir = tempDir('pg-auth');
    fs.chmodSync(authDir, 0o755);
    const auth: Record<string, string> = find(objects, 'ConfigMap', 'postgresql-auth').data;
    for (const [key, text] of Object.entries(auth)) fs.writeFileSync(path.join(authDir, key), text, { mode: 0o444 });
    const settings = Object.fromEntries(
      Object.entries(settingsFromArgs(server.args)).map(([k, v]) => [k, v.replace(mountOf(server, 'auth'), authDir)]),
    );
    // log_statement=all on top: even then no password may reach the server log.
    pg = await startPostgres({ settings: { ...settings, log_statement: 'all' }, initdbAuth: envValue(server, 'POSTGRES_INITDB_ARGS').split(' ') });
    current = { ...current, su: pg.superuserPassword };
    secrets = secretVolume({ password: current.app, 'postgres-password': current.su });
    initLikeTheImage(pg, find(objects, 'ConfigMap', 'postgresql-init').data['init-app-user.sh'], {
      POSTGRES_DB: db,
      APP_DB_USER: app,
      APP_DB_PASSWORD_FILE: path.join(secrets, 'password'),
    });
    backupScripts = writeConfigMap(objects, 'backup-scripts');
  }, 90_000);

  afterAll(() => {
    pg?.stop();
    for (const d of [authDir, secrets, backupScripts, ...scratch]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  test('a rotated Secret alone changes nothing in the database; password-sync --once applies it', () => {
    expect(canLogin(app, current.app)).toBe(true);
    const next = { app: `app-2-${Math.random().toString(36).slice(2)}:'\\`, su: `su-2-${Math.random().toString(36).slice(2)}"` };
    rotate(next);
    // What the image does with a changed POSTGRES_PASSWORD_FILE on a used data directory: nothing.
    expect(canLogin(app, next.app)).toBe(false);

    const r = syncOnce();
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`passwords of postgres and ${app} set`);
    expect(canLogin(app, next.app)).toBe(true);
    expect(canLogin(app, current.app)).toBe(false);
    expect(canLogin('postgres', next.su)).toBe(true);
    expect(canLogin('postgres', current.su)).toBe(false);
    expect(pg.psql(`SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = '${app}'`)).toBe('t');
    current = next;
  });

  test('the sidecar applies a later change by itself, within its interval', async () => {
    const p = syncProcess([], { SYNC_INTERVAL_SECONDS: '1' });
    const child = spawn(p.cmd, p.args, { env: p.env, cwd: os.tmpdir(), detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr!.on('data', (d) => (log += d));
    try {
      for (let i = 0; i < 100 && !fs.existsSync(p.heartbeat); i++) await sleep(100);
      expect(fs.existsSync(p.heartbeat)).toBe(true);
      // The rendered probes pass on a fresh heartbeat and fail on a stale one.
      const probe = (c: any) => spawnSync(c[0], c.slice(1).map((a: string) => a.replace(envValue(sync, 'HEARTBEAT_FILE'), p.heartbeat))).status;
      for (const kind of ['readinessProbe', 'livenessProbe']) expect(probe(sync[kind].exec.command)).toBe(0);
      const stale = tempDir('stale');
      scratch.push(stale);
      fs.writeFileSync(path.join(stale, 'alive'), '');
      fs.utimesSync(path.join(stale, 'alive'), new Date(Date.now() - 10 * 60_000), new Date(Date.now() - 10 * 60_000));
      expect(spawnSync('bash', ['-c', sync.livenessProbe.exec.command[2].replace(envValue(sync, 'HEARTBEAT_FILE'), path.join(stale, 'alive'))]).status).toBe(1);
      const next = { app: `app-3-${Math.random().toString(36).slice(2)}`, su: `su-3-${Math.random().toString(36).slice(2)}` };
      rotate(next);
      // Both roles: the sidecar applies only after its fingerprint has seen the new files,
      // and reads them after that, so with the kubelet's swap it never applies a mix.
      const applied = () => canLogin(app, next.app) && canLogin('postgres', next.su);
      let ok = false;
      for (let i = 0; i < 60 && !ok; i++) {
        await sleep(250);
        ok = applied();
      }
      expect(ok ? 'applied' : `not applied within 15 s; sidecar log:\n${log}`).toBe('applied');
      expect(canLogin(app, current.app)).toBe(false);
      current = next;

      // A key missing from the Secret: the loop logs an ERROR and keeps running (a restart
      // would take the pod out of its Service), and its heartbeat goes on.
      fs.renameSync(path.join(secrets, 'password'), path.join(secrets, 'password.away'));
      const before = fs.statSync(p.heartbeat).mtimeMs;
      for (let i = 0; i < 40 && !/ERROR: cannot read/.test(log); i++) await sleep(100);
      expect(log).toMatch(/ERROR: cannot read/);
      await sleep(1500);
      expect(child.exitCode).toBeNull();
      expect(fs.statSync(p.heartbeat).mtimeMs).toBeGreaterThan(before);
      fs.renameSync(path.join(secrets, 'password.away'), path.join(secrets, 'password'));
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
    await sleep(300);
    expect(log).toContain(`passwords of postgres and ${app} set`);
  }, 90_000);

  test('the backup job uses the new superuser password from its own mount of the Secret, and a stale one fails', () => {
    const backup = jobContainer(objects, 'postgresql-backup', 'backup');
    const runBackup = (su: string) => {
      const { PATH, PGPASSWORD: _unused, ...libpq } = pg.clientEnv;
      const files = mountedFiles(objects, 'postgresql-backup', 'backup', { 'postgresql-credentials': { 'postgres-password': su } });
      const dir = tempDir('rotation-backup');
      scratch.push(dir, ...files.dirs);
      return runContainer(backup, backupScripts, containerEnv(backup, { BACKUP_DIR: dir, ...libpq, ...files.env }), { PATH });
    };
    const ok = runBackup(current.su);
    expect(ok.stderr).toMatch(/backup \d{8}T\d{6}Z complete/);
    expect(ok.status).toBe(0);
    const stale = runBackup(`${current.su}-old`);
    expect(stale.status).not.toBe(0);
    expect(stale.stderr).toMatch(/password authentication failed for user "postgres"/);
  }, 60_000);

  test('an empty Secret value is refused and changes nothing', () => {
    rotate({ app: '', su: current.su });
    const r = syncOnce();
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/password is empty: passwords not changed/);
    expect(canLogin(app, current.app)).toBe(true);
    rotate(current);
  });

  test('no password reaches the server log, even with log_statement=all', () => {
    const log = fs.readFileSync(path.join(pg.socketDir, 'server.log'), 'utf8');
    expect(log).toMatch(/statement: /); // log_statement=all is in effect
    for (const secret of [current.app, current.su]) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/PASSWORD '/i);
  });

  test('why the jobs copy the password: libpq ignores a group-readable password file, as a Secret file is under fsGroup', () => {
    const file = path.join(secrets, 'pgpass');
    fs.writeFileSync(file, `*:*:*:postgres:${current.su}\n`, { mode: 0o440 });
    fs.chmodSync(file, 0o440);
    try {
      const psql = path.join(pg.binDir, 'psql');
      const r = spawnSync(psql, ['-XAtq', '-w', '-h', '127.0.0.1', '-p', String(pg.port), '-U', 'postgres', '-d', 'postgres', '-c', 'SELECT 1'], {
        env: { PATH: pg.clientEnv.PATH, PGPASSFILE: file },
        encoding: 'utf8',
      });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/has group or world access; permissions should be u=rw \(0600\) or less/);
      fs.chmodSync(file, 0o600);
      const again = spawnSync(psql, ['-XAtq', '-w', '-h', '127.0.0.1', '-p', String(pg.port), '-U', 'postgres', '-d', 'postgres', '-c', 'SELECT 1'], {
        env: { PATH: pg.clientEnv.PATH, PGPASSFILE: file },
        encoding: 'utf8',
      });
      expect(again.stdout.trim()).toBe('1');
    } finally {
      fs.rmSync(file);
    }
  });
});
