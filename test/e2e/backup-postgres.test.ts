import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { containerEnv, jobContainer, listDir, mountedFiles, runContainer, RunResult, tempDir, writeConfigMap } from '../support/jobs';
import { initLikeTheImage, PgServer, secretVolume, startPostgres } from '../support/postgres';
import { environment, find, objectsOf } from '../support/synth';
import { describeWithTool, postgresBinDir } from '../support/tools';

// Backup, restore and restore verification of PostgreSQL, run for real: the scripts are
// the text of the rendered backup-scripts ConfigMap, started with the command and the
// environment of the rendered CronJob containers, against a PostgreSQL server started here.
// Once per engine (`postgres.engine`): the StatefulSet's jobs (prod), and the CloudNativePG
// mode's (prod-ha), whose jobs read the superuser's password from another Secret and
// connect to the Cluster's Services (test/cloudnative-pg.test.ts checks which).

const APP_PASSWORD = 'app-password';
/** The superuser's password as each engine's jobs find it: Secret name -> key -> value. */
type SuperuserSecret = (password: string) => Record<string, Record<string, string>>;
interface EngineCase {
  readonly engine: string;
  readonly envName: string;
  readonly superuserSecret: SuperuserSecret;
  /** The Service the rendered dump job connects to (the run below points it at the test server). */
  readonly dumpHost: string;
}
const ENGINES: EngineCase[] = [
  { engine: 'statefulset', envName: 'prod', superuserSecret: (pw) => ({ 'postgresql-credentials': { 'postgres-password': pw } }), dumpHost: 'postgresql' },
  { engine: 'cloudnative-pg', envName: 'prod-ha', superuserSecret: (pw) => ({ 'postgresql-superuser-credentials': { password: pw } }), dumpHost: 'postgresql-ro' },
];

/** Tables and sequences of a database with their content checksums, computed independently of the scripts. */
function contentOf(pg: PgServer, db: string): Record<string, string> {
  const tables = pg
    .psql(
      `SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
      { db },
    )
    .split('\n')
    .filter(Boolean);
  const sequences = pg
    .psql(`SELECT format('%I.%I', sequence_schema, sequence_name) FROM information_schema.sequences ORDER BY 1`, { db })
    .split('\n')
    .filter(Boolean);
  const out: Record<string, string> = {};
  for (const t of tables) {
    out[`table ${t}`] = pg.psql(`SELECT count(*) || ' ' || coalesce(md5(string_agg(md5(x::text), ',' ORDER BY md5(x::text))), '-') FROM ${t} x`, { db });
  }
  for (const s of sequences) out[`sequence ${s}`] = pg.psql(`SELECT last_value || ' ' || is_called FROM ${s}`, { db });
  return out;
}

/** The database's schema as pg_dump prints it. */
function schemaOf(pg: PgServer, db: string): string {
  const text = execFileSync(path.join(pg.binDir, 'pg_dump'), ['--schema-only', db], { encoding: 'utf8', env: pg.clientEnv });
  // Newer pg_dump versions fence the script with a random \restrict key.
  return text.replace(/^\\(un)?restrict .*$/gm, '');
}

const SEED = `
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  email text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT '2024-02-29 12:34:56.789+01'
);
CREATE TABLE documents (
  id serial PRIMARY KEY,
  user_id bigint REFERENCES users (id),
  title text,
  body text,
  content bytea,
  meta jsonb,
  score double precision,
  tags text[]
);
CREATE INDEX documents_user ON documents (user_id);
CREATE SEQUENCE ticket_numbers START 1000 INCREMENT 7;
CREATE TABLE "Mixed Case" ("Key" int PRIMARY KEY, "välue" numeric(20, 5), note text);
CREATE SCHEMA history;
CREATE TABLE history.events (at timestamptz, kind text, payload jsonb);
CREATE VIEW user_documents AS SELECT u.name, d.title FROM users u JOIN documents d ON d.user_id = u.id;

INSERT INTO users (name, email) VALUES
  ('Zoë Ünal', 'zoe@example.com'), ('Jürgen Müller', 'jm@example.com'), ('李雷', 'li@example.cn'),
  ('Ольга', 'olga@example.ru'), ('👩‍💻 dev', NULL), (E'tab\\tnew\\nline \\\\ back', 'odd@example.com'), ('', 'empty@example.com');
INSERT INTO documents (user_id, title, body, content, meta, score, tags)
SELECT 1 + i % 7, 'doc ' || i || ' — ß', repeat('Grüße 🌍 ', i % 20),
       decode(md5(i::text) || md5((i * 31)::text), 'hex') || '\\x00ff00'::bytea,
       jsonb_build_object('i', i, 'ü', 'ñ', 'list', jsonb_build_array(i, i / 3.0)),
       i / 7.0, ARRAY['a' || i, 'ö']
FROM generate_series(1, 3000) AS i;
INSERT INTO documents (user_id, title, content) VALUES (NULL, NULL, '\\x'), (2, 'all bytes', (SELECT string_agg(set_byte('\\x00'::bytea, 0, b), ''::bytea) FROM generate_series(0, 255) b));
INSERT INTO "Mixed Case" SELECT i, i * 1.23456, CASE WHEN i % 2 = 0 THEN NULL ELSE 'ünïcödé' END FROM generate_series(1, 50) i;
INSERT INTO history.events SELECT '2024-01-01'::timestamptz + i * interval '1 hour', 'k' || (i % 3), '{"ok": true}' FROM generate_series(1, 200) i;
SELECT nextval('ticket_numbers') FROM generate_series(1, 5);
`;

describeWithTool('PostgreSQL server binaries', postgresBinDir(), 'PostgreSQL backup and restore, for real', () => {
  describe.each(ENGINES)('engine $engine ($envName)', (mode) => roundTrip(mode));
});

function roundTrip({ engine, envName, superuserSecret, dumpHost }: EngineCase): void {
  const env = environment(envName);
  if (env.postgres.engine !== engine) throw new Error(`${envName} runs engine ${env.postgres.engine}, not ${engine}`);
  const objects = objectsOf(env);
  const DB = env.postgres.database;
  const APP_USER = env.postgres.user;
  let pg: PgServer;
  let scripts: string;
  let backupDir: string;
  let original: Record<string, string>;
  let originalSchema: string;
  const scratchDirs: string[] = [];

  const container = (cronJob: string, name: string) => jobContainer(objects, cronJob, name);
  /** Runs a CronJob container against the test server and `dir` as its backup directory. */
  const run = (cronJob: string, name: string, dir: string, overrides: Record<string, string> = {}): RunResult => {
    const c = container(cronJob, name);
    // The superuser's password reaches the job as a file of the mounted Secret, as in the pod.
    const { PATH, PGPASSWORD, ...libpq } = pg.clientEnv;
    const files = mountedFiles(objects, cronJob, name, superuserSecret(PGPASSWORD));
    scratchDirs.push(...files.dirs);
    return runContainer(c, scripts, containerEnv(c, { BACKUP_DIR: dir, ...libpq, ...files.env, ...overrides }), { PATH });
  };
  const ok = (r: RunResult) => {
    if (r.status !== 0) throw new Error(`exit ${r.status}\n${r.stderr}`);
    return r;
  };
  /** A copy of the backup directory, for tests that damage it. */
  const copyOfBackups = () => {
    const dir = tempDir('backup-copy');
    scratchDirs.push(dir);
    fs.cpSync(backupDir, dir, { recursive: true });
    return dir;
  };
  const dumpsOf = (dir: string) => listDir(dir).filter((f) => f.startsWith(`${DB}-`) && f.endsWith('.dump'));

  beforeAll(async () => {
    pg = await startPostgres();
    const secrets = secretVolume({ password: APP_PASSWORD });
    scratchDirs.push(secrets);
    // The database and its owner as each engine creates them: the image's init script, or
    // what CloudNativePG's bootstrap.initdb does (an owner role with a password, its database).
    const statefulset = objectsOf(environment('prod'));
    if (engine === 'statefulset') {
      initLikeTheImage(pg, find(statefulset, 'ConfigMap', 'postgresql-init').data['init-app-user.sh'], {
        POSTGRES_DB: DB,
        APP_DB_USER: APP_USER,
        APP_DB_PASSWORD_FILE: path.join(secrets, 'password'),
      });
    } else {
      pg.psql(`CREATE ROLE "${APP_USER}" LOGIN PASSWORD '${APP_PASSWORD}'`);
      pg.psql(`CREATE DATABASE "${DB}" OWNER "${APP_USER}"`);
    }
    // The app creates its data as itself, so ownership must survive the round trip.
    pg.psql(SEED, { db: DB, user: APP_USER, password: APP_PASSWORD });
    original = contentOf(pg, DB);
    originalSchema = schemaOf(pg, DB);
    scripts = writeConfigMap(objects, 'backup-scripts');
    backupDir = tempDir('backup');
  }, 30_000);

  afterAll(() => {
    pg?.stop();
    for (const d of [scripts, backupDir, ...scratchDirs]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  test(`the jobs are ${engine}'s: the dump connects to ${dumpHost}`, () => {
    expect(container('postgresql-backup', 'backup').env).toContainEqual({ name: 'PGHOST', value: dumpHost });
  });

  test('the test data covers several tables, a schema, non-ASCII text, bytea and a sequence', () => {
    expect(Object.keys(original)).toEqual(
      expect.arrayContaining(['table public.users', 'table public.documents', 'table public."Mixed Case"', 'table history.events', 'sequence public.ticket_numbers']),
    );
    expect(original['table public.documents']).toMatch(/^3002 /);
    expect(original['sequence public.ticket_numbers']).toBe('1028 true');
  });

  test('backup: a manifest and a custom-format dump per database, the globals, each with a matching sha256', () => {
    const r = ok(run('postgresql-backup', 'backup', backupDir));
    expect(r.stderr).toMatch(/backup \d{8}T\d{6}Z complete/);
    const files = listDir(backupDir);
    const stamp = files.find((f) => f.startsWith(`${DB}-`))!.slice(DB.length + 1, DB.length + 17);
    expect(files).toEqual(
      [
        `${DB}-${stamp}.dump`, `${DB}-${stamp}.dump.sha256`, `${DB}-${stamp}.manifest`, `${DB}-${stamp}.manifest.sha256`,
        `globals-${stamp}.sql`, `globals-${stamp}.sql.sha256`,
        `postgres-${stamp}.dump`, `postgres-${stamp}.dump.sha256`, `postgres-${stamp}.manifest`, `postgres-${stamp}.manifest.sha256`,
        `recovery-point-${stamp}.json`, `recovery-point-${stamp}.json.sha256`,
      ].sort(),
    );
    // The matched pair with Chroma: the rendered PAIRED_BACKUP_DIR (/backup/chroma) holds no export here.
    expect(JSON.parse(fs.readFileSync(path.join(backupDir, `recovery-point-${stamp}.json`), 'utf8'))).toMatchObject({ store: 'postgresql', stamp, paired_backup: null });
    execFileSync('sha256sum', ['--check', '--strict', ...files.filter((f) => f.endsWith('.sha256'))], { cwd: backupDir });
    expect(fs.readFileSync(path.join(backupDir, `${DB}-${stamp}.dump`)).subarray(0, 5).toString()).toBe('PGDMP');
    expect(fs.readFileSync(path.join(backupDir, `globals-${stamp}.sql`), 'utf8')).toMatch(new RegExp(`CREATE ROLE ${APP_USER};`));
    expect(fs.readFileSync(path.join(backupDir, `${DB}-${stamp}.manifest`), 'utf8')).toMatch(/^table\|public\.documents\|3002\|-?\d+$/m);
  });

  test('round trip: restored into a fresh database, every table and sequence is identical', () => {
    ok(run('postgresql-restore', 'restore', backupDir, { TARGET_DATABASE: 'restored_copy' }));
    expect(contentOf(pg, 'restored_copy')).toEqual(original);
    expect(schemaOf(pg, 'restored_copy')).toBe(originalSchema);
    expect(pg.psql("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'restored_copy'")).toBe(APP_USER);
    expect(pg.psql("SELECT tableowner FROM pg_tables WHERE tablename = 'documents'", { db: 'restored_copy' })).toBe(APP_USER);
    // Non-ASCII text and bytes come back as they were.
    expect(pg.psql("SELECT name FROM users WHERE id = 3", { db: 'restored_copy' })).toBe('李雷');
    expect(pg.psql("SELECT encode(content, 'hex') FROM documents WHERE title = 'all bytes'", { db: 'restored_copy' })).toBe(
      Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0')).join(''),
    );
  });

  test('restore over the live database puts the backup in place and keeps the replaced one', () => {
    pg.psql("DELETE FROM documents WHERE id > 100; INSERT INTO users (name) VALUES ('written after the backup')", { db: DB, user: APP_USER, password: APP_PASSWORD });
    const changed = contentOf(pg, DB);
    expect(changed).not.toEqual(original);

    const r = ok(run('postgresql-restore', 'restore', backupDir));
    expect(contentOf(pg, DB)).toEqual(original);
    const kept = pg.psql(`SELECT datname FROM pg_database WHERE datname LIKE '${DB}\\_pre\\_restore\\_%'`);
    expect(r.stderr).toContain(`kept as ${kept}`);
    expect(pg.psql(`SELECT datallowconn FROM pg_database WHERE datname = '${kept}'`)).toBe('f');
    pg.psql(`ALTER DATABASE "${kept}" WITH ALLOW_CONNECTIONS true`);
    expect(contentOf(pg, kept)).toEqual(changed);
    // The app logs in to the restored database as before.
    expect(pg.psql('SELECT count(*) FROM users', { db: DB, user: APP_USER, password: APP_PASSWORD })).toBe('7');
  });

  test('a named dump is restored rather than the newest', async () => {
    await new Promise((r) => setTimeout(r, 1100)); // a new second, so a new stamp
    // Only the app's and the postgres database from here on: fewer databases to back up and verify.
    for (const d of pg.databases().filter((n) => n === 'restored_copy' || n.startsWith(`${DB}_pre_restore_`))) pg.psql(`DROP DATABASE "${d}"`);
    pg.psql("INSERT INTO users (name) VALUES ('second backup')", { db: DB, user: APP_USER, password: APP_PASSWORD });
    const second = contentOf(pg, DB);
    ok(run('postgresql-backup', 'backup', backupDir));
    const [first, newest] = dumpsOf(backupDir);
    expect(newest > first).toBe(true);

    ok(run('postgresql-restore', 'restore', backupDir, { DUMP: first, TARGET_DATABASE: 'restored_first' }));
    expect(contentOf(pg, 'restored_first')).toEqual(original);
    ok(run('postgresql-restore', 'restore', backupDir, { TARGET_DATABASE: 'restored_newest' }));
    expect(contentOf(pg, 'restored_newest')).toEqual(second);
  });

  test('restore verification passes on good backups and drops its scratch databases', () => {
    const r = ok(run('postgresql-restore-verify', 'verify', backupDir));
    // Every database the server had at the last backup, each from its newest dump.
    const newest = new Map(listDir(backupDir).filter((f) => f.endsWith('.dump')).map((f) => [f.replace(/-\d{8}T\d{6}Z\.dump$/, ''), f]));
    expect([...newest.keys()].sort()).toEqual([DB, 'postgres']);
    for (const dump of newest.values()) expect(r.stderr).toContain(`OK: ${dump} restores with the content it was taken with`);
    expect(r.stderr).toContain(`restore verification passed for ${newest.size} database(s)`);
    expect(pg.databases().filter((d) => d.startsWith('restore_verify'))).toEqual([]);
  });

  test('restore verification fails when the restored content differs from the manifest', () => {
    const dir = copyOfBackups();
    const manifest = path.join(dir, dumpsOf(dir).pop()!.replace(/\.dump$/, '.manifest'));
    // Change one table's hash and re-sign the manifest: only the content comparison can catch it.
    const text = fs.readFileSync(manifest, 'utf8').replace(/^(table\|public\.users\|\d+\|)(-?\d+)$/m, (_, head, hash) => `${head}${BigInt(hash) + 1n}`);
    fs.writeFileSync(manifest, text);
    const sum = execFileSync('sha256sum', [path.basename(manifest)], { cwd: dir, encoding: 'utf8' });
    fs.writeFileSync(`${manifest}.sha256`, sum);

    const r = run('postgresql-restore-verify', 'verify', dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/MISMATCH: table public\.users/);
    expect(r.stderr).toMatch(/1 backup\(s\) failed verification/);
    expect(pg.databases().filter((d) => d.startsWith('restore_verify'))).toEqual([]);
  });

  test('a corrupt dump fails its checksum: restore and verification refuse it and touch nothing', () => {
    const dir = copyOfBackups();
    const dump = path.join(dir, dumpsOf(dir).pop()!);
    const bytes = fs.readFileSync(dump);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    fs.writeFileSync(dump, bytes);
    const before = pg.databases();
    const content = contentOf(pg, DB);

    const restore = run('postgresql-restore', 'restore', dir);
    expect(restore.status).not.toBe(0);
    expect(restore.stderr).toMatch(/checksum mismatch: .* is corrupt, refusing to use it/);
    expect(pg.databases()).toEqual(before);
    expect(contentOf(pg, DB)).toEqual(content);

    const verify = run('postgresql-restore-verify', 'verify', dir);
    expect(verify.status).not.toBe(0);
    expect(verify.stderr).toMatch(/checksum mismatch/);
  });

  test('a dump without its checksum file is refused', () => {
    const dir = copyOfBackups();
    const dump = dumpsOf(dir).pop()!;
    fs.rmSync(path.join(dir, `${dump}.sha256`));
    const r = run('postgresql-restore', 'restore', dir, { DUMP: dump });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/has no checksum file: refusing to use it/);
  });
}
