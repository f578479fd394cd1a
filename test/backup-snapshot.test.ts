import * as fs from 'fs';
import * as path from 'path';
import { containerEnv, jobContainer, runContainer, tempDir, writeConfigMap } from './support/jobs';
import { environmentWith, objectsOf } from './support/synth';

// Chroma's snapshot mode runs kubectl against the API server, and there is none here.
// A stand-in kubectl keeps VolumeSnapshots and the claim as files and answers the
// exact calls the rendered scripts make (anything else fails the test), so the
// scripts' own logic runs for real: which snapshot is kept, which is deleted, what is created.

const objects = objectsOf(environmentWith('prod', { backup: { chroma: { mode: 'snapshot' } } }));

const FAKE_KUBECTL = `#!/usr/bin/env bash
set -euo pipefail
state=$FAKE_STATE
echo "$*" >>"$state/calls"
case "$1 $2" in
  "get volumesnapshots")
    [[ "$3" == --selector=* ]] || exit 64
    for f in "$state"/snap/*; do [ -e "$f" ] && echo "$(cat "$f")"; done ;;
  "create --filename=-")
    manifest=$(cat)
    kind=$(sed -n 's/^  "kind": "\\(.*\\)",$/\\1/p' <<<"$manifest")
    name=$(sed -n 's/^    "name": "\\(.*\\)",$/\\1/p' <<<"$manifest" | head -n 1)
    if [ "$kind" = VolumeSnapshot ]; then
      printf '%s\\n' "$manifest" >"$state/created-$name.json"
      echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $name true" >"$state/snap/$name"
    else
      printf '%s\\n' "$manifest" >"$state/pvc"
    fi ;;
  "delete volumesnapshot") rm "$state/snap/$3" ;;
  "get statefulset") echo "$FAKE_REPLICAS" ;;
  "get persistentvolumeclaim") [ -e "$state/pvc" ] ;;
  "delete persistentvolumeclaim") rm "$state/pvc" ;;
  *) echo "unexpected kubectl call: $*" >&2; exit 64 ;;
esac
`;

const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');

let scripts: string;
let bin: string;
let state: string;
beforeAll(() => {
  scripts = writeConfigMap(objects, 'backup-scripts');
  bin = tempDir('fake-kubectl');
  fs.writeFileSync(path.join(bin, 'kubectl'), FAKE_KUBECTL, { mode: 0o755 });
});
afterAll(() => [scripts, bin].forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
beforeEach(() => {
  state = tempDir('fake-api');
  fs.mkdirSync(path.join(state, 'snap'));
});
afterEach(() => fs.rmSync(state, { recursive: true, force: true }));

const snapshot = (name: string, daysAgo: number, ready: boolean) => fs.writeFileSync(path.join(state, 'snap', name), `${iso(daysAgo)} ${name} ${ready}\n`);
const snapshots = () => fs.readdirSync(path.join(state, 'snap')).sort();
const run = (cronJob: string, container: string, overrides: Record<string, string> = {}, replicas = '0 ') => {
  const c = jobContainer(objects, cronJob, container);
  return runContainer(c, scripts, containerEnv(c, overrides), { PATH: `${bin}:${process.env.PATH}`, FAKE_STATE: state, FAKE_REPLICAS: replicas });
};

test('snapshot backup: creates a snapshot from the rendered template, then prunes old ones but the newest ready', () => {
  snapshot('chroma-old-ready', 40, true);
  snapshot('chroma-old-broken', 50, false);
  snapshot('chroma-recent', 2, true);
  const r = run('chroma-backup', 'snapshot');
  if (r.status !== 0) throw new Error(r.stderr);
  const created = snapshots().find((n) => /^chroma-\d{8}t\d{6}z$/.test(n))!;
  expect(snapshots()).toEqual(['chroma-recent', created].sort());
  const manifest = JSON.parse(fs.readFileSync(path.join(state, `created-${created}.json`), 'utf8'));
  const template = JSON.parse(objects.find((o) => o.metadata.name === 'backup-scripts')!.data['snapshot.json']);
  expect(manifest).toEqual({ ...template, metadata: { ...template.metadata, name: created } });
  expect(r.stderr).toMatch(/retention: deleting VolumeSnapshot chroma-old-ready/);
  expect(r.stderr).toMatch(/retention: deleting VolumeSnapshot chroma-old-broken .*ready: false/);
});

test('snapshot backup with a short retention keeps just the new snapshot', () => {
  snapshot('chroma-a', 90, true);
  snapshot('chroma-b', 60, true);
  // Retention of 1 day, and every other snapshot is older: the new one is the newest ready.
  const r = run('chroma-backup', 'snapshot', { RETENTION_DAYS: '1' });
  expect(r.status).toBe(0);
  expect(snapshots()).toHaveLength(1);
  expect(snapshots()[0]).toMatch(/^chroma-\d{8}t\d{6}z$/);
});

test('snapshot restore refuses while Chroma runs', () => {
  snapshot('chroma-recent', 1, true);
  fs.writeFileSync(path.join(state, 'pvc'), 'current claim');
  const r = run('chroma-restore', 'restore', {}, '1 1');
  expect(r.status).not.toBe(0);
  expect(r.stderr).toMatch(/Chroma is running .*scale it to 0 first/);
  expect(fs.readFileSync(path.join(state, 'pvc'), 'utf8')).toBe('current claim');
  expect(snapshots()).toEqual(['chroma-recent']);
});

test('snapshot restore: safety snapshot first, then the claim is re-created from the newest ready snapshot', () => {
  snapshot('chroma-older', 3, true);
  snapshot('chroma-newest', 1, true);
  snapshot('chroma-not-ready', 0.5, false);
  fs.writeFileSync(path.join(state, 'pvc'), 'current claim');
  const r = run('chroma-restore', 'restore');
  if (r.status !== 0) throw new Error(r.stderr);
  const claim = JSON.parse(fs.readFileSync(path.join(state, 'pvc'), 'utf8'));
  expect(claim).toMatchObject({ kind: 'PersistentVolumeClaim', metadata: { name: 'data-chroma-0' }, spec: { dataSource: { kind: 'VolumeSnapshot', name: 'chroma-newest' } } });
  expect(snapshots().filter((n) => n.startsWith('chroma-pre-restore-'))).toHaveLength(1);
  const calls = fs.readFileSync(path.join(state, 'calls'), 'utf8');
  // The safety snapshot is taken before the claim is deleted.
  expect(calls.indexOf('delete persistentvolumeclaim data-chroma-0')).toBeGreaterThan(calls.indexOf('create --filename=-'));
});

test('snapshot restore of a named snapshot, and refusal of an unknown one', () => {
  snapshot('chroma-older', 3, true);
  snapshot('chroma-newest', 1, true);
  expect(run('chroma-restore', 'restore', { SNAPSHOT: 'chroma-older' }).status).toBe(0);
  expect(JSON.parse(fs.readFileSync(path.join(state, 'pvc'), 'utf8')).spec.dataSource.name).toBe('chroma-older');
  const r = run('chroma-restore', 'restore', { SNAPSHOT: 'chroma-missing' });
  expect(r.status).not.toBe(0);
  expect(r.stderr).toMatch(/no ready VolumeSnapshot chroma-missing/);
});
