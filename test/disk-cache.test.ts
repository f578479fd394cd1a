import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { computeOnce } from './support/disk-cache';

// test/support/disk-cache.ts: a cache file computed by one jest worker while the others wait.

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-disk-cache-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('computes and stores once; later calls read the file', () => {
  const file = path.join(dir, 'sub', 'value.json');
  let runs = 0;
  expect(computeOnce(file, () => `computed ${++runs}`)).toBe('computed 1');
  expect(computeOnce(file, () => `computed ${++runs}`)).toBe('computed 1');
  expect(runs).toBe(1);
  expect(fs.readdirSync(path.dirname(file))).toEqual(['value.json']);
});

test('while a live process holds the lock, waits for its file instead of computing', async () => {
  const file = path.join(dir, 'value.json');
  // The holder publishes as computeOnce does (write aside, rename): a plain writeFileSync would let
  // the waiter see the file created and still empty (it did, once, in CI).
  const publish = `const fs = require('fs'); fs.writeFileSync(${JSON.stringify(`${file}.tmp`)}, 'from the holder'); fs.renameSync(${JSON.stringify(`${file}.tmp`)}, ${JSON.stringify(file)})`;
  const holder = spawn(process.execPath, ['-e', `setTimeout(() => { ${publish} }, 300)`]);
  try {
    fs.writeFileSync(`${file}.lock`, String(holder.pid));
    expect(computeOnce(file, () => 'computed here')).toBe('from the holder');
  } finally {
    await new Promise((resolve) => (holder.exitCode !== null ? resolve(undefined) : holder.on('exit', resolve)));
  }
});

test('a lock left by a dead process (a killed run) is removed and the value computed', () => {
  const file = path.join(dir, 'value.json');
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  fs.writeFileSync(`${file}.lock`, dead);
  expect(computeOnce(file, () => 'computed here')).toBe('computed here');
  expect(fs.existsSync(`${file}.lock`)).toBe(false);
  expect(fs.readFileSync(file, 'utf8')).toBe('computed here');
});

test('a compute that throws leaves no lock behind', () => {
  const file = path.join(dir, 'value.json');
  expect(() => computeOnce(file, () => { throw new Error('bad YAML'); })).toThrow('bad YAML');
  expect(fs.readdirSync(dir)).toEqual([]);
});
