import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { containerEnv, jobContainer, listDir, mountedFiles, runContainer, startContainer, tempDir, writeConfigMap } from '../support/jobs';
import { PgServer, startPostgres } from '../support/postgres';
import { environment, objectsOf } from '../support/synth';
import { describeWithTool, postgresBinDir } from '../support/tools';

// A backup killed midway (the node dies, the Job hits its deadline) must leave nothing
// that looks like a finished backup, and the next run must clean up after it.

const objects = objectsOf(environment('prod'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeWithTool('PostgreSQL server binaries', postgresBinDir(), 'an interrupted PostgreSQL backup', () => {
  let pg: PgServer;
  let scripts: string;
  let backupDir: string;
  const backup = jobContainer(objects, 'postgresql-backup', 'backup');
  const mounts: string[] = [];
  /** libpq settings and the mounted credentials of `container` of `cronJob`, pointed at the test server. */
  const jobEnv = (cronJob: string, container: string) => {
    const { PATH, PGPASSWORD, ...libpq } = pg.clientEnv;
    const files = mountedFiles(objects, cronJob, container, { 'postgresql-credentials': { 'postgres-password': PGPASSWORD } });
    mounts.push(...files.dirs);
    return { overrides: { ...libpq, ...files.env }, PATH };
  };
  const envFor = () => {
    const { overrides, PATH } = jobEnv('postgresql-backup', 'backup');
    return { env: containerEnv(backup, { BACKUP_DIR: backupDir, ...overrides }), base: { PATH } };
  };

  beforeAll(async () => {
    pg = await startPostgres();
    pg.psql('CREATE DATABASE app_small');
    pg.psql("CREATE TABLE t AS SELECT i, 'row ' || i AS v FROM generate_series(1, 100) i", { db: 'app_small' });
    // Big enough that pg_dump writes for a while: the kill lands while it writes.
    pg.psql('CREATE DATABASE bulk');
    pg.psql("CREATE TABLE big AS SELECT i, md5(i::text) || md5((i + 1)::text) || md5((i + 2)::text) AS v FROM generate_series(1, 250000) i", { db: 'bulk' });
    scripts = writeConfigMap(objects, 'backup-scripts');
    backupDir = tempDir('backup-interrupt');
  }, 30_000);

  afterAll(() => {
    pg?.stop();
    for (const d of [scripts, backupDir, ...mounts]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  test('killed while pg_dump writes: only .partial files for what was unfinished', async () => {
    const { env, base } = envFor();
    const child = startContainer(backup, scripts, env, base);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise((r) => child.on('exit', r));

    // Databases are dumped in name order: app_small, bulk, postgres. Wait until bulk's dump has data.
    const deadline = Date.now() + 15_000;
    let partial: string | undefined;
    while (!partial) {
      partial = listDir(backupDir).find((f) => /^bulk-.*\.dump\.partial$/.test(f) && fs.statSync(path.join(backupDir, f)).size > 64 * 1024);
      if (Date.now() > deadline) throw new Error(`no partial dump of bulk appeared\n${stderr}`);
      await sleep(5);
    }
    process.kill(-child.pid!, 'SIGKILL');
    await exited;

    const files = listDir(backupDir);
    const stamp = partial.slice('bulk-'.length, 'bulk-'.length + 16);
    // Nothing of bulk got a final name or a checksum; the globals were never started.
    expect(files.filter((f) => f.startsWith('bulk-'))).toEqual([`bulk-${stamp}.dump.partial`, `bulk-${stamp}.manifest.partial`]);
    expect(files.some((f) => f.startsWith('globals-') || f.startsWith('postgres-'))).toBe(false);
    // What did get its final name is whole: its checksum matches and pg_restore reads it.
    expect(files).toEqual(expect.arrayContaining([`app_small-${stamp}.dump`, `app_small-${stamp}.dump.sha256`]));
    execFileSync('sha256sum', ['--check', '--strict', ...files.filter((f) => f.endsWith('.sha256'))], { cwd: backupDir });
    execFileSync(path.join(pg.binDir, 'pg_restore'), ['--list', `app_small-${stamp}.dump`], { cwd: backupDir });
  }, 30_000);

  test('restore ignores the unfinished dump, and the next backup cleans it up', async () => {
    const restore = jobContainer(objects, 'postgresql-restore', 'restore');
    const { overrides, PATH } = jobEnv('postgresql-restore', 'restore');
    const r = runContainer(restore, scripts, containerEnv(restore, { BACKUP_DIR: backupDir, DATABASE: 'bulk', ...overrides }), { PATH });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/no complete dump of bulk/);

    await sleep(1100); // a new stamp
    const { env, base } = envFor();
    const again = runContainer(backup, scripts, env, base);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/removing bulk-.*\.dump\.partial left by an interrupted run/);
    const files = listDir(backupDir);
    expect(files.filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect(files.filter((f) => /^bulk-.*\.dump$/.test(f))).toHaveLength(1);
    execFileSync('sha256sum', ['--check', '--strict', ...files.filter((f) => f.endsWith('.sha256'))], { cwd: backupDir });
  }, 30_000);
});
