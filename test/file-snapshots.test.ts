import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FileSnapshots, updatingSnapshots } from './support/file-snapshots';

// The per-environment snapshot files of test/snapshot.test.ts: never written silently,
// written and pruned only in update mode, obsolete ones named with the command that removes them.

let dir: string;
let update = false;
let snaps: FileSnapshots;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-snapshots-'));
  update = false;
  snaps = new FileSnapshots(dir, '.yaml', () => update);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('this run is not in update mode (jest ci: true, no -u), so snapshot.test.ts writes nothing', () => {
  expect(updatingSnapshots()).toBe(false);
});

test('a missing snapshot fails, names the file and the command, and writes nothing', () => {
  expect(() => snaps.check('qa', 'a: 1\n')).toThrow(/^no snapshot .*qa\.yaml: review the output, then run `npm run test:update` to write it$/);
  expect(fs.readdirSync(dir)).toEqual([]);
});

test('update mode writes it; then the same text passes and a different one fails', () => {
  update = true;
  snaps.check('qa', 'a: 1\n');
  expect(fs.readFileSync(path.join(dir, 'qa.yaml'), 'utf8')).toBe('a: 1\n');
  update = false;
  expect(() => snaps.check('qa', 'a: 1\n')).not.toThrow();
  const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    expect(() => snaps.check('qa', 'a: 2\n')).toThrow();
  } finally {
    write.mockRestore();
  }
  expect(fs.readFileSync(path.join(dir, 'qa.yaml'), 'utf8')).toBe('a: 1\n');
});

test('snapshots of names that are gone are reported with the command; update mode removes only those', () => {
  for (const f of ['dev.yaml', 'qa.yaml', 'notes.txt']) fs.writeFileSync(path.join(dir, f), 'x');
  expect(() => snaps.checkObsolete(['dev'])).toThrow(/^obsolete snapshots \(no such environment any more\): .*qa\.yaml; remove them with `npm run test:update` or `rm .*qa\.yaml`$/);
  expect(() => snaps.checkObsolete(['dev', 'qa'])).not.toThrow();
  update = true;
  snaps.checkObsolete(['dev']);
  expect(fs.readdirSync(dir).sort()).toEqual(['dev.yaml', 'notes.txt']);
});
