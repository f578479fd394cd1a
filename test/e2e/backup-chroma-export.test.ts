import * as crypto from 'crypto';
import * as fs from 'fs';
import { spawn } from 'child_process';
import * as path from 'path';
import * as zlib from 'zlib';
import { checkAgainstWrites, chromaAvailable, CLEAN, freePort, localConfig, problemsOf, startChroma, startWriter, stopAllChroma, Writer } from '../support/chroma';
import { containerEnv, jobContainer, listDir, runContainer, tempDir, writeConfigMap } from '../support/jobs';
import { environment, objectsOf, REPO_ROOT } from '../support/synth';
import { describeWithTool } from '../support/tools';

// Chroma's default backup mode (export) against a real Chroma server started from the
// rendered config file: exports taken while a writer keeps adding, updating and deleting,
// each restored with the rendered restore container into a fresh server and compared
// with every write the server acknowledged; and the weekly restore verification's own
// container against a scratch server started from its rendered config. The long run
// (>= 10 backups, and the old live-copy mode's corruption) is test/chroma-real/
// (npm run test:chroma); the rendered server settings on a real server are in
// test/chroma-server.test.ts (npm test).

const objects = objectsOf(environment('prod'));
const SEED = 11;
const DIM = 32;

describeWithTool('npm chromadb (chroma run) and python3', chromaAvailable(), 'Chroma export backups against a real Chroma server', () => {
  let scripts: string;
  let root: string;
  let backupDir: string;
  let pairedDir: string;
  const exports: { archive: string; start: number; end: number }[] = [];
  let writer: Writer | undefined;

  beforeAll(() => {
    scripts = writeConfigMap(objects, 'backup-scripts');
    root = tempDir('chroma-export');
    backupDir = path.join(root, 'chroma');
    pairedDir = path.join(root, 'postgresql');
    fs.mkdirSync(pairedDir);
    // PostgreSQL's newest complete backup run, as postgres-backup.sh leaves it.
    fs.writeFileSync(path.join(pairedDir, 'globals-20260101T020000Z.sql'), '-- globals\n');
    fs.writeFileSync(path.join(pairedDir, 'globals-20260101T020000Z.sql.sha256'), 'x  globals-20260101T020000Z.sql\n');
  });
  afterAll(async () => {
    await writer?.stop().catch(() => undefined);
    await stopAllChroma();
    for (const d of [scripts, root]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  const serverFromRendered = async (configMap: string, key: string) => {
    const dataDir = tempDir('chroma-data');
    const port = await freePort();
    return startChroma(localConfig(objects, configMap, key, dataDir, port), dataDir, port);
  };

  test('exports taken during writes restore with every acknowledged record, readable and queryable', async () => {
    const source = await serverFromRendered('chroma-config', 'config.yaml');
    const exporter = jobContainer(objects, 'chroma-backup', 'export');
    writer = startWriter(source.url, { collections: 2, dim: DIM, seed: SEED, initial: 400, syncThreshold: 20 });
    await writer.ready();
    for (let i = 0; i < 2; i++) {
      await new Promise((r) => setTimeout(r, 1100)); // a new stamp, more writes
      const start = Date.now() / 1000;
      const r = runContainer(exporter, scripts, containerEnv(exporter, { CHROMA_URL: source.url, BACKUP_DIR: backupDir, PAIRED_BACKUP_DIR: pairedDir }));
      if (r.status !== 0) throw new Error(`export failed: ${r.stderr}`);
      exports.push({ archive: listDir(backupDir).filter((f) => f.endsWith('.jsonl.gz')).pop()!, start, end: Date.now() / 1000 });
    }
    await writer.stop();
    await source.stop();

    const restore = jobContainer(objects, 'chroma-restore', 'restore');
    for (const e of exports) {
      const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, e.archive.replace(/\.jsonl\.gz$/, '.manifest')), 'utf8'));
      expect(manifest.paired_backup).toEqual({ store: 'postgresql', file: 'globals-20260101T020000Z.sql', stamp: '20260101T020000Z' });
      expect(manifest.records).toBeGreaterThan(800);
      const target = await serverFromRendered('chroma-config', 'config.yaml');
      try {
        const r = runContainer(restore, scripts, containerEnv(restore, { CHROMA_URL: target.url, BACKUP_DIR: backupDir, ARCHIVE: e.archive }));
        if (r.status !== 0) throw new Error(`restore failed: ${r.stderr}`);
        expect(r.stderr).toContain('restore complete');
        const check = checkAgainstWrites(target.url, writer!, SEED, DIM, e.start, e.end);
        expect(problemsOf(check)).toEqual(CLEAN);
        expect(check.records).toBe(manifest.records);
      } finally {
        await target.stop();
      }
    }
  }, 240_000);

  test('the restore verification boots on the newest export and passes; a wrong manifest fails it', async () => {
    const verify = jobContainer(objects, 'chroma-restore-verify', 'verify');
    const scratch = await serverFromRendered('backup-scripts', 'chroma-scratch.yaml');
    try {
      const r = runContainer(verify, scripts, containerEnv(verify, { CHROMA_URL: scratch.url, BACKUP_DIR: backupDir }));
      if (r.status !== 0) throw new Error(`verify failed: ${r.stderr}`);
      expect(r.stderr).toContain(`restore verification of ${exports[exports.length - 1].archive} passed`);
    } finally {
      await scratch.stop();
    }

    // The same archive, with a manifest that claims one record more in one collection
    // (its checksum made to match): the verification must notice.
    const bad = tempDir('chroma-bad');
    try {
      const archive = exports[exports.length - 1].archive;
      const manifestName = archive.replace(/\.jsonl\.gz$/, '.manifest');
      for (const f of [archive, `${archive}.sha256`]) fs.copyFileSync(path.join(backupDir, f), path.join(bad, f));
      const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, manifestName), 'utf8'));
      manifest.collections[0].count += 1;
      const text = `${JSON.stringify(manifest)}\n`;
      fs.writeFileSync(path.join(bad, manifestName), text);
      fs.writeFileSync(path.join(bad, `${manifestName}.sha256`), `${crypto.createHash('sha256').update(text).digest('hex')}  ${manifestName}\n`);
      const scratch2 = await serverFromRendered('backup-scripts', 'chroma-scratch.yaml');
      try {
        const r = runContainer(verify, scripts, containerEnv(verify, { CHROMA_URL: scratch2.url, BACKUP_DIR: bad }));
        expect(r.status).not.toBe(0);
        expect(r.stderr).toMatch(/count is \d+, the manifest says \d+/);
      } finally {
        await scratch2.stop();
      }
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  }, 120_000);

  test('a read torn by a write (document and embedding of two states) is read again, never archived; one torn every time fails the export', async () => {
    // A quiet server with known records, behind a proxy that tears get answers as Chroma
    // can (test/support/chroma-torn-proxy.py): what the export archives must be what the
    // server holds.
    const server = await serverFromRendered('chroma-config', 'config.yaml');
    const api = `${server.url}/api/v2/tenants/default_tenant/databases/default_database`;
    const post = async (p: string, body: unknown): Promise<any> => {
      const r = await fetch(`${api}${p}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!r.ok) throw new Error(`${p}: HTTP ${r.status} ${await r.text()}`);
      return r.json();
    };
    const coll = await post('/collections', { name: 'torn' });
    const ids = Array.from({ length: 40 }, (_, i) => `t${i}`);
    await post(`/collections/${coll.id}/add`, { ids, embeddings: ids.map((_, i) => [i, -i, i / 7, 1]), documents: ids.map((id) => `doc ${id}`) });
    const truth = await post(`/collections/${coll.id}/get`, { ids, include: ['embeddings'] });
    const f32 = (v: number[]) => Buffer.from(new Float32Array(v).buffer).toString('base64');
    const want = Object.fromEntries(truth.ids.map((id: string, i: number) => [id, f32(truth.embeddings[i])]));
    const exporter = jobContainer(objects, 'chroma-backup', 'export');
    const run = async (mode: string, base: Record<string, string>) => {
      const port = await freePort();
      const events = path.join(tempDir('torn-events'), 'events');
      const proxy = spawn('python3', [path.join(REPO_ROOT, 'test/support/chroma-torn-proxy.py'), server.url, String(port), mode, events], { stdio: ['ignore', 'pipe', 'inherit'] });
      try {
        await new Promise((resolve, reject) => {
          proxy.stdout!.once('data', resolve);
          proxy.once('exit', (code) => reject(new Error(`proxy exited with ${code}`)));
        });
        const dir = tempDir('torn-export');
        const r = runContainer(exporter, scripts, containerEnv(exporter, { CHROMA_URL: `http://127.0.0.1:${port}`, BACKUP_DIR: dir, PAIRED_BACKUP_DIR: pairedDir }), { PATH: process.env.PATH ?? '', ...base });
        const torn = fs.existsSync(events) ? fs.readFileSync(events, 'utf8').trim().split('\n').length : 0;
        return { r, dir, torn };
      } finally {
        proxy.kill();
        await new Promise((r) => (proxy.exitCode === null ? proxy.once('exit', r) : r(undefined)));
      }
    };
    try {
      const once = await run('once', {});
      expect(once.torn).toBe(1);
      if (once.r.status !== 0) throw new Error(`export failed: ${once.r.stderr}`);
      const archive = listDir(once.dir).find((f) => f.endsWith('.jsonl.gz'))!;
      const lines = zlib.gunzipSync(fs.readFileSync(path.join(once.dir, archive))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
      const got: Record<string, string> = {};
      for (const l of lines.filter((x) => x.kind === 'records' && x.key.endsWith('/torn'))) l.ids.forEach((id: string, i: number) => (got[id] = l.embeddings[i]));
      expect(got).toEqual(want);
      expect(once.r.stderr).toMatch(/2 records changed between two reads; reading them again/);

      const always = await run('alternate', { CHROMA_CONFIRM_ROUNDS: '3' });
      expect(always.torn).toBeGreaterThanOrEqual(2);
      expect(always.r.status).not.toBe(0);
      expect(always.r.stderr).toMatch(/2 records differ between every two reads in 3 rounds \(first: 't[01]'\)/);
      expect(listDir(always.dir).filter((f) => f.endsWith('.jsonl.gz'))).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 120_000);

  test('a restore refuses an archive whose checksum does not match, before touching Chroma', () => {
    const copy = tempDir('chroma-corrupt');
    try {
      const archive = exports[0].archive;
      const manifestName = archive.replace(/\.jsonl\.gz$/, '.manifest');
      for (const f of [archive, `${archive}.sha256`, manifestName, `${manifestName}.sha256`]) fs.copyFileSync(path.join(backupDir, f), path.join(copy, f));
      const bytes = fs.readFileSync(path.join(copy, archive));
      bytes[bytes.length >> 1] ^= 0xff;
      fs.writeFileSync(path.join(copy, archive), bytes);
      const restore = jobContainer(objects, 'chroma-restore', 'restore');
      // A URL nothing listens on: the script must stop before it tries Chroma.
      const r = runContainer(restore, scripts, containerEnv(restore, { CHROMA_URL: 'http://127.0.0.1:9', BACKUP_DIR: copy, ARCHIVE: archive }));
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/checksum mismatch: .* is corrupt, refusing to use it/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
