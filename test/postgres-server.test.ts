import { initLikeTheImage, PgServer, settingsFromArgs, startPostgres } from './support/postgres';
import { environment, find, objectsOf } from './support/synth';
import { describeWithTool, postgresBinDir } from './support/tools';

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
const appPassword = `app-${Math.random().toString(36).slice(2)}-ü`;

describeWithTool('PostgreSQL server binaries', postgresBinDir(), 'PostgreSQL with the rendered settings', () => {
  let pg: PgServer;

  beforeAll(async () => {
    // listen_addresses=* becomes 127.0.0.1: the test server must not listen beyond this machine.
    pg = await startPostgres({ settings });
    initLikeTheImage(pg, initScript, {
      POSTGRES_DB: envValue('POSTGRES_DB'),
      APP_DB_USER: envValue('APP_DB_USER'),
      APP_DB_PASSWORD: appPassword,
    });
  }, 30_000);
  afterAll(() => pg?.stop());

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
    for (const source of Object.values(sources)) expect(source).toBe('command line');
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
