import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { listDir, stampDaysAgo, tempDir, writeConfigMap } from '../support/jobs';
import { environment, objectsOf } from '../support/synth';

// Retention, run over dated files with the rendered backup-lib.sh: it deletes what is
// older than the retention and keeps the rest, and never the newest complete backup.

const objects = objectsOf(environment('prod'));
let scripts: string;
let dir: string;

beforeAll(() => {
  scripts = writeConfigMap(objects, 'backup-scripts');
});
afterAll(() => fs.rmSync(scripts, { recursive: true, force: true }));
beforeEach(() => {
  dir = tempDir('retention');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs bash with the rendered library loaded. */
function lib(command: string, ...args: string[]) {
  const r = spawnSync('bash', ['-c', `. "$0"; ${command}`, path.join(scripts, 'backup-lib.sh'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return r;
}

/** A complete PostgreSQL backup of `db` (dump and manifest, each with a checksum) `daysAgo` days old. */
function pgBackup(db: string, daysAgo: number, complete = true): string[] {
  const stamp = stampDaysAgo(daysAgo);
  const files = [`${db}-${stamp}.dump`, `${db}-${stamp}.manifest`];
  if (complete) files.push(`${db}-${stamp}.dump.sha256`, `${db}-${stamp}.manifest.sha256`);
  for (const f of files) fs.writeFileSync(path.join(dir, f), f);
  return files.sort();
}

test('keeps what is younger than the retention, deletes what is older, per series', () => {
  const young = [...pgBackup('assistant', 1), ...pgBackup('assistant', 6.5)];
  const old = [...pgBackup('assistant', 7.5), ...pgBackup('assistant', 40)];
  const otherSeries = pgBackup('other', 50);
  const r = lib('prune "$1" assistant .dump 7', dir);
  expect(listDir(dir)).toEqual([...young, ...otherSeries].sort());
  for (const f of old) expect(r.stderr).toContain(`retention: deleting ${f} (older than 7 days)`);
});

test('never deletes the newest complete backup, however old, but does delete older incomplete ones', () => {
  const newestComplete = pgBackup('assistant', 40);
  pgBackup('assistant', 60);
  // A newer dump without its checksum (its run was killed between the two renames): not a backup to keep.
  pgBackup('assistant', 20, false);
  lib('prune "$1" assistant .dump 7', dir);
  expect(listDir(dir)).toEqual(newestComplete);
});

test('keeps exactly the retention window with the production setting (30 days)', () => {
  const days = environment('prod').backup.retentionDays;
  expect(days).toBe(30);
  const kept = [0, 1, 7, 14, 29.5].flatMap((d) => pgBackup('assistant', d));
  [30.5, 31, 45, 365].forEach((d) => pgBackup('assistant', d));
  const globals = `globals-${stampDaysAgo(2)}.sql`;
  fs.writeFileSync(path.join(dir, globals), '');
  fs.writeFileSync(path.join(dir, `${globals}.sha256`), '');
  fs.writeFileSync(path.join(dir, `globals-${stampDaysAgo(31)}.sql`), '');
  lib('while read -r s; do prune "$1" "$s" "$([ "$s" = globals ] && echo .sql || echo .dump)" "$2"; done < <(series_in "$1")', dir, String(days));
  expect(listDir(dir)).toEqual([...kept, globals, `${globals}.sha256`].sort());
});

test('the development retention (7 days) comes from config', () => {
  const c = objectsOf(environment('dev')).find((o) => o.kind === 'CronJob' && o.metadata.name === 'postgresql-backup')!;
  const backup = c.spec.jobTemplate.spec.template.spec.containers.find((x: any) => x.name === 'backup');
  expect(backup.env).toContainEqual({ name: 'RETENTION_DAYS', value: '7' });
});

test('clean_stale removes what an interrupted run left, and nothing else', () => {
  const kept = pgBackup('assistant', 1);
  const stamp = stampDaysAgo(0);
  for (const f of [`assistant-${stamp}.dump.partial`, `assistant-${stamp}.manifest.sha256`]) fs.writeFileSync(path.join(dir, f), '');
  fs.mkdirSync(path.join(dir, `.tmp-chroma-${stamp}`));
  lib('clean_stale "$1"', dir);
  expect(fs.readdirSync(dir).sort()).toEqual(kept);
});
