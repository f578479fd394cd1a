import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { freePort, initLikeTheImage, PgServer, secretVolume, settingsFromArgs, startPostgres } from '../support/postgres';
import { environment, find, objectsOf } from '../support/synth';
import { describeWithTool, postgresBinDir, testWithTool } from '../support/tools';

// The PostgreSQL StatefulSet's settings and init script, taken from the synthesized
// manifests, on a real server: it must start, and the app must connect the way its
// ConfigMap says. Only the port, the listen address and the socket directory differ.

const objects = objectsOf(environment('prod'));
const sts = find(objects, 'StatefulSet', 'postgresql');
const server = sts.spec.template.spec.containers.find((c: any) => c.name === 'postgresql');
const settings = settingsFromArgs(server.args);
const envValue = (name: string): string => {
  const e = server.env.find((v: any) => v.name === name);
  if (!e || e.value === undefined) throw new Error(`the postgresql container sets no plain ${name}`);
  return e.value;
};
const initScript: string = find(objects, 'ConfigMap', 'postgresql-init').data['init-app-user.sh'];
const appConfig: Record<string, string> = find(objects, 'ConfigMap', 'assistant-config').data;
const appPassword = `app-${Math.random().toString(36).slice(2)}-ü:\\'"`;
const mountOf = (volume: string): string => server.volumeMounts.find((m: any) => m.name === volume).mountPath;
const EXPORTER = '/usr/bin/prometheus-postgres-exporter';
const IS_ROOT = process.getuid?.() === 0;

/**
 * The rendered settings with the ConfigMap postgresql-auth written to a directory here in
 * place of its mount, so the server reads the very pg_hba.conf and pg_ident.conf the pod does.
 */
function withAuthFiles(dir: string): Record<string, string> {
  const data: Record<string, string> = find(objects, 'ConfigMap', 'postgresql-auth').data;
  for (const [key, text] of Object.entries(data)) fs.writeFileSync(path.join(dir, key), text, { mode: 0o444 });
  const mount = mountOf('auth');
  return Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, v.startsWith(`${mount}/`) ? path.join(dir, v.slice(mount.length + 1)) : v]));
}

interface RenderedServer {
  readonly pg: PgServer;
  readonly authDir: string;
  readonly secrets: string;
}

/**
 * A server started as the pod starts it: the rendered settings and auth files,
 * POSTGRES_INITDB_ARGS for initdb, then the rendered init script with the app's password
 * from a secret volume (which also holds `extraSecrets`).
 */
async function startRenderedServer(extraSecrets: (pg: PgServer) => Record<string, string> = () => ({})): Promise<RenderedServer> {
  const authDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-auth-'));
  fs.chmodSync(authDir, 0o755);
  // listen_addresses=* becomes 127.0.0.1: the test server must not listen beyond this machine.
  const pg = await startPostgres({ settings: withAuthFiles(authDir), initdbAuth: envValue('POSTGRES_INITDB_ARGS').split(' ') });
  const secrets = secretVolume({ password: appPassword, ...extraSecrets(pg) });
  initLikeTheImage(pg, initScript, {
    POSTGRES_DB: envValue('POSTGRES_DB'),
    APP_DB_USER: envValue('APP_DB_USER'),
    APP_DB_PASSWORD_FILE: envValue('APP_DB_PASSWORD_FILE').replace(mountOf('credentials'), secrets),
  });
  return { pg, authDir, secrets };
}

function stopRenderedServer(server: RenderedServer | undefined): void {
  server?.pg.stop();
  for (const d of [server?.authDir, server?.secrets]) if (d) fs.rmSync(d, { recursive: true, force: true });
}

describeWithTool('PostgreSQL server binaries', postgresBinDir(), 'PostgreSQL with the rendered settings', () => {
  let server: RenderedServer;
  let pg: PgServer;
  let authDir: string;

  beforeAll(async () => {
    server = await startRenderedServer((started) => ({ 'postgres-password': started.superuserPassword }));
    ({ pg, authDir } = server);
  }, 90_000);
  afterAll(() => stopRenderedServer(server));

  test('the manifest renders the settings the server is tested with', () => {
    expect(settings).toMatchObject({
      max_connections: String(environment('prod').postgres.maxConnections),
      shared_buffers: environment('prod').postgres.sharedBuffers,
      password_encryption: 'scram-sha-256',
      listen_addresses: '*',
    });
  });

  test('the server runs with every rendered setting, taken from its command line', () => {
    const rows = pg.psql(`SELECT name, source FROM pg_settings WHERE name IN (${Object.keys(settings).map((k) => `'${k}'`).join(', ')}) ORDER BY name`);
    const sources = Object.fromEntries(rows.split('\n').map((l) => l.split('|')));
    expect(Object.keys(sources).sort()).toEqual(Object.keys(settings).sort());
    // PostgreSQL re-sets the config file locations as an override once it has read them (guc.c SelectConfigFiles).
    for (const [name, source] of Object.entries(sources)) expect([name, source]).toEqual([name, /^(hba|ident)_file$/.test(name) ? 'override' : 'command line']);
    expect(pg.psql('SHOW hba_file')).toBe(path.join(authDir, 'pg_hba.conf'));
    // The rendered rules, as the server parsed them: peer on the socket, SCRAM over TCP.
    expect(pg.psql("SELECT type, user_name, auth_method, options FROM pg_hba_file_rules WHERE error IS NULL ORDER BY line_number")).toBe(
      ['local|{metrics}|peer|{map=exporter}', 'local|{all}|peer|', 'host|{metrics}|reject|', 'host|{all}|scram-sha-256|'].join('\n'),
    );
    expect(pg.psql("SELECT map_name, sys_name, pg_username FROM pg_ident_file_mappings WHERE error IS NULL")).toBe('exporter|nobody|metrics');
    expect(pg.psql('SHOW shared_buffers')).toBe(settings.shared_buffers);
    expect(pg.psql("SELECT '[' || current_setting('log_line_prefix') || ']'")).toBe(`[${settings.log_line_prefix}]`);
  });

  test('the app connects over TCP with its password, to its database, as in its ConfigMap', () => {
    const conn = { db: appConfig.DATABASE_NAME, user: appConfig.DATABASE_USER, password: appPassword };
    expect(pg.psql('SHOW max_connections', conn)).toBe(settings.max_connections);
    expect(pg.psql('SELECT current_user || \'@\' || current_database()', conn)).toBe(`${appConfig.DATABASE_USER}@${appConfig.DATABASE_NAME}`);
    // The app owns its database and can create its schema (Alembic), but is no superuser.
    expect(pg.psql('SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()', conn)).toBe(appConfig.DATABASE_USER);
    expect(pg.psql('SELECT rolsuper FROM pg_roles WHERE rolname = current_user', conn)).toBe('f');
    expect(pg.psql('CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY); DROP TABLE alembic_version; SELECT 1', conn)).toBe('1');
  });

  test('the app password is stored as SCRAM, and a wrong one is refused', () => {
    expect(pg.psql(`SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = '${appConfig.DATABASE_USER}'`)).toBe('t');
    const wrong = pg.tryPsql('SELECT 1', { db: appConfig.DATABASE_NAME, user: appConfig.DATABASE_USER, password: 'wrong' });
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/password authentication failed/);
  });

  test('the metrics role exists for postgres-exporter, with pg_monitor and no superuser', () => {
    expect(pg.psql("SELECT pg_has_role('metrics', 'pg_monitor', 'member'), rolsuper, rolcanlogin FROM pg_roles WHERE rolname = 'metrics'")).toBe('t|f|t');
  });
});

describeWithTool('PostgreSQL server binaries, run as root (to act as the OS users postgres and nobody)', postgresBinDir() && IS_ROOT, 'local connections need the OS user (peer), as the pod\'s containers are', () => {
  let server: RenderedServer;
  let pg: PgServer;

  beforeAll(async () => {
    server = await startRenderedServer();
    ({ pg } = server);
  }, 90_000);
  afterAll(() => stopRenderedServer(server));

  test('the image\'s own user postgres is the superuser on the socket, without a password', () => {
    expect(pg.psql('SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user')).toBe('postgres|t');
  });

  test('the exporter\'s uid 65534 ("nobody") logs in as metrics, with pg_monitor, and as nothing else', () => {
    const exporter = sts.spec.template.spec.containers.find((c: any) => c.name === 'postgres-exporter');
    expect(exporter.securityContext.runAsUser).toBe(65534);
    const asNobody = (user: string) => pg.tryPsql('SELECT current_user', { user, osUser: 'nobody' });
    expect(asNobody('metrics')).toMatchObject({ status: 0, stdout: 'metrics' });
    expect(pg.psql("SELECT pg_has_role('metrics', 'pg_monitor', 'member'), rolsuper FROM pg_roles WHERE rolname = 'metrics'")).toBe('t|f');
    for (const user of ['postgres', appConfig.DATABASE_USER]) {
      const r = asNobody(user);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/Peer authentication failed for user/);
    }
  });

  test('another OS user gets nothing on the socket, and metrics never logs in over TCP', () => {
    const root = pg.tryPsql('SELECT 1', { osUser: 'root' });
    expect(root.status).not.toBe(0);
    expect(root.stderr).toMatch(/Peer authentication failed for user "postgres"/);
    const tcp = pg.tryPsql('SELECT 1', { user: 'metrics', password: '' });
    expect(tcp.status).not.toBe(0);
    expect(tcp.stderr).toMatch(/pg_hba.conf rejects connection/);
  });

  testWithTool('prometheus-postgres-exporter', fs.existsSync(EXPORTER) && EXPORTER, 'the real postgres_exporter, as uid 65534 with the rendered DATA_SOURCE_NAME, reads the server', async () => {
    const exporter = sts.spec.template.spec.containers.find((c: any) => c.name === 'postgres-exporter');
    const dsn: string = exporter.env.find((e: any) => e.name === 'DATA_SOURCE_NAME').value;
    const socketMount = mountOf('run');
    expect(dsn).toContain(`host=${socketMount}`);
    const local = dsn.replace(`host=${socketMount}`, `host=${pg.socketDir}&port=${pg.port}`);
    const port = await freePort();
    const child = spawn('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', EXPORTER, `--web.listen-address=127.0.0.1:${port}`], {
      env: { PATH: process.env.PATH ?? '', DATA_SOURCE_NAME: local },
      detached: true,
      stdio: 'ignore',
    });
    try {
      let text = '';
      for (let i = 0; i < 50 && !/^pg_up 1$/m.test(text); i++) {
        await new Promise((r) => setTimeout(r, 200));
        text = await fetch(`http://127.0.0.1:${port}/metrics`).then((r) => r.text(), () => '');
      }
      expect(text).toMatch(/^pg_up 1$/m);
    } finally {
      process.kill(-child.pid!, 'SIGKILL');
    }
  }, 90_000);
});

describeWithTool('PostgreSQL server binaries, run as root (to act as the OS user nobody)', postgresBinDir() && IS_ROOT, 'a data directory initialised before this change (initdb trust)', () => {
  let pg: PgServer;
  let authDir: string;

  beforeAll(async () => {
    authDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-auth-'));
    fs.chmodSync(authDir, 0o755);
    // What the image's old default left in the data directory: trust for every local connection.
    pg = await startPostgres({ settings: withAuthFiles(authDir), initdbAuth: ['--auth=trust'] });
  }, 90_000);
  afterAll(() => {
    pg?.stop();
    if (authDir) fs.rmSync(authDir, { recursive: true, force: true });
  });

  test('is governed by the rendered pg_hba.conf, not by its own trusting one', () => {
    const r = pg.tryPsql('SELECT 1', { osUser: 'nobody' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Peer authentication failed for user "postgres"/);
    expect(pg.psql('SELECT 1')).toBe('1');
  });
});
