import { execFileSync, spawn } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { containerEnv, jobContainer, listDir, runContainer, stampDaysAgo, tempDir, writeConfigMap } from '../support/jobs';
import { environment, environmentWith, objectsOf } from '../support/synth';
import { describeWithTool, which } from '../support/tools';

// The mechanics of Chroma's unsafe-live-archive mode (the file copy, its checksum, the
// retention, the restore), run with the rendered scripts and containers on a directory
// laid out like Chroma's /data: a real SQLite database (chroma.sqlite3, WAL mode) that
// another process keeps writing to during the backup, and vector segment files. That the
// mode restores corrupt indexes under a real Chroma is shown by test/chroma-real/.

const objects = objectsOf(environmentWith('prod', { backup: { chroma: { mode: 'unsafe-live-archive' } } }));
const sqlite = (db: string, sql: string) => execFileSync('sqlite3', [db, sql], { encoding: 'utf8' }).trim();
const tools = !!which('sqlite3') && !!which('python3');

describeWithTool('sqlite3 and python3', tools, 'Chroma unsafe-live-archive backup and restore mechanics', () => {
  let scripts: string;
  let dataDir: string;
  let backupDir: string;
  const dirs: string[] = [];
  const segment = 'b5e2a5a0-1a3c-4c7e-9f0e-3d1f5c9e7a11';
  const segmentFiles: Record<string, Buffer> = {
    [`${segment}/header.bin`]: crypto.randomBytes(100),
    [`${segment}/data_level0.bin`]: crypto.randomBytes(256 * 1024),
    [`${segment}/link_lists.bin`]: crypto.randomBytes(4096),
  };
  const archiveOf = (dir: string) => listDir(dir).filter((f) => f.endsWith('.tar.gz'));
  const newDir = (prefix: string) => {
    const d = tempDir(prefix);
    dirs.push(d);
    return d;
  };

  beforeAll(() => {
    scripts = writeConfigMap(objects, 'backup-scripts');
    dataDir = newDir('chroma-data');
    backupDir = newDir('chroma-backup');
    const db = path.join(dataDir, 'chroma.sqlite3');
    sqlite(db, "PRAGMA journal_mode=WAL; CREATE TABLE embeddings (id INTEGER PRIMARY KEY, doc TEXT, vec BLOB); CREATE TABLE collections (name TEXT);" +
      "INSERT INTO collections VALUES ('api_docs');" +
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) INSERT INTO embeddings (doc, vec) SELECT 'Dokument ' || i || ' — ü', randomblob(768) FROM n;");
    for (const [f, bytes] of Object.entries(segmentFiles)) {
      fs.mkdirSync(path.dirname(path.join(dataDir, f)), { recursive: true });
      fs.writeFileSync(path.join(dataDir, f), bytes);
    }
  });
  afterAll(() => {
    for (const d of [scripts, ...dirs]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  const archive = jobContainer(objects, 'chroma-backup', 'archive');
  const restore = jobContainer(objects, 'chroma-restore', 'restore');

  test('backup while a writer commits: the archive opens, passes integrity_check and holds a consistent state', async () => {
    const db = path.join(dataDir, 'chroma.sqlite3');
    const before = Number(sqlite(db, 'SELECT count(*) FROM embeddings'));
    // A writer committing small transactions as fast as it can, as Chroma does on ingest.
    const writer = spawn('bash', ['-c', `seq 1 200000 | awk '{ print "INSERT INTO embeddings (doc, vec) VALUES (\\x27w" $1 "\\x27, randomblob(768));" }' | sqlite3 -cmd '.timeout 10000' "$0"`, db], {
      stdio: 'ignore',
      detached: true,
    });
    try {
      // Let it get going.
      const start = Date.now();
      while (Number(sqlite(db, 'SELECT count(*) FROM embeddings')) < before + 500) {
        if (Date.now() - start > 10_000) throw new Error('the writer did not start');
        await new Promise((r) => setTimeout(r, 20));
      }
      const r = runContainer(archive, scripts, containerEnv(archive, { DATA_DIR: dataDir, BACKUP_DIR: backupDir }));
      if (r.status !== 0) throw new Error(`backup failed: ${r.stderr}`);
      const during = Number(sqlite(db, 'SELECT count(*) FROM embeddings'));
      expect(writer.exitCode).toBeNull(); // still writing after the backup finished

      const [name] = archiveOf(backupDir);
      expect(name).toMatch(/^chroma-\d{8}T\d{6}Z\.tar\.gz$/);
      execFileSync('sha256sum', ['--check', '--strict', `${name}.sha256`], { cwd: backupDir });
      const members = execFileSync('tar', ['-tzf', path.join(backupDir, name)], { encoding: 'utf8' }).split('\n').filter(Boolean);
      expect(members).toContain('./chroma.sqlite3');
      expect(members.filter((m) => /chroma\.sqlite3-(wal|shm|journal)$/.test(m))).toEqual([]);

      const out = newDir('chroma-extract');
      execFileSync('tar', ['-xzf', path.join(backupDir, name), '-C', out]);
      const copy = path.join(out, 'chroma.sqlite3');
      expect(sqlite(copy, 'PRAGMA integrity_check')).toBe('ok');
      const rows = Number(sqlite(copy, 'SELECT count(*) FROM embeddings'));
      // A state between the start and the end of the backup, with every row whole.
      expect(rows).toBeGreaterThanOrEqual(before + 500);
      expect(rows).toBeLessThanOrEqual(during);
      expect(sqlite(copy, 'SELECT count(*) FROM embeddings WHERE length(vec) <> 768 OR doc IS NULL')).toBe('0');
      expect(sqlite(copy, 'SELECT max(id) = count(*) FROM embeddings')).toBe('1');
      expect(sqlite(copy, "SELECT doc FROM embeddings WHERE id = 7")).toBe('Dokument 7 — ü');
      for (const [f, bytes] of Object.entries(segmentFiles)) expect(fs.readFileSync(path.join(out, f)).equals(bytes)).toBe(true);
    } finally {
      process.kill(-writer.pid!, 'SIGKILL');
    }
  }, 30_000);

  test('retention: archives older than the retention go, the newest stays', async () => {
    await new Promise((r) => setTimeout(r, 1100)); // a new stamp
    const days = environment('prod').backup.retentionDays;
    const old = `chroma-${stampDaysAgo(days + 1)}.tar.gz`;
    const young = `chroma-${stampDaysAgo(days - 1)}.tar.gz`;
    for (const f of [old, `${old}.sha256`, young, `${young}.sha256`]) fs.writeFileSync(path.join(backupDir, f), '');
    const before = archiveOf(backupDir);
    const r = runContainer(archive, scripts, containerEnv(archive, { DATA_DIR: dataDir, BACKUP_DIR: backupDir }));
    expect(r.status).toBe(0);
    const after = archiveOf(backupDir);
    expect(after).not.toContain(old);
    expect(after).toContain(young);
    expect(after.length).toBe(before.length); // one new, one deleted
    expect(listDir(backupDir).filter((f) => f.includes(old))).toEqual([]);
  }, 30_000);

  test('restore: verifies the archive, moves the current data aside and puts the backup in place', () => {
    const target = newDir('chroma-restore');
    fs.writeFileSync(path.join(target, 'chroma.sqlite3'), 'the damaged database');
    fs.mkdirSync(path.join(target, 'stale-segment'));
    const r = runContainer(restore, scripts, containerEnv(restore, { DATA_DIR: target, BACKUP_DIR: backupDir }));
    if (r.status !== 0) throw new Error(r.stderr);
    const newest = archiveOf(backupDir).pop()!;
    expect(r.stderr).toContain(`restoring ${newest}`);
    expect(sqlite(path.join(target, 'chroma.sqlite3'), 'PRAGMA integrity_check')).toBe('ok');
    for (const [f, bytes] of Object.entries(segmentFiles)) expect(fs.readFileSync(path.join(target, f)).equals(bytes)).toBe(true);
    const [aside] = fs.readdirSync(target).filter((f) => f.startsWith('.pre-restore-'));
    expect(fs.readdirSync(path.join(target, aside)).sort()).toEqual(['chroma.sqlite3', 'stale-segment']);
    expect(fs.readdirSync(target).filter((f) => f.startsWith('.restore-'))).toEqual([]);
  });

  test('restore refuses a corrupt archive and leaves the data alone', () => {
    const copy = newDir('chroma-corrupt');
    const name = archiveOf(backupDir).pop()!;
    for (const f of [name, `${name}.sha256`]) fs.copyFileSync(path.join(backupDir, f), path.join(copy, f));
    const bytes = fs.readFileSync(path.join(copy, name));
    bytes[bytes.length >> 1] ^= 0xff;
    fs.writeFileSync(path.join(copy, name), bytes);
    const target = newDir('chroma-untouched');
    fs.writeFileSync(path.join(target, 'chroma.sqlite3'), 'current');
    const r = runContainer(restore, scripts, containerEnv(restore, { DATA_DIR: target, BACKUP_DIR: copy, ARCHIVE: name }));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/checksum mismatch: .* is corrupt, refusing to use it/);
    expect(fs.readdirSync(target)).toEqual(['chroma.sqlite3']);
    expect(fs.readFileSync(path.join(target, 'chroma.sqlite3'), 'utf8')).toBe('current');
  });
});
