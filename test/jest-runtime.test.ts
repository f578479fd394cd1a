import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// tools/jest-runtime.js and tools/jest-environment.js: the test files of a jest worker share
// the modules they load and one set of built-ins; with LLM_STACK_JEST_ISOLATE=1 they share
// nothing, as in stock jest. Each mode runs two test files in one worker (jest -i).

const ROOT = path.resolve(__dirname, '..');
const JEST = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');

const FILES: Record<string, string> = {
  'shared.js': `
    globalThis.loads = (globalThis.loads ?? 0) + 1;
    exports.id = Math.random();
    exports.ObjectOfModule = Object;
    exports.later = () => require('./lazy').value;
  `,
  'lazy.js': `exports.value = 'loaded after the first file was torn down';`,
};
const TEST = `
  const fs = require('fs');
  const shared = require('./shared');
  test('records what it sees', () => {
    globalThis.files = (globalThis.files ?? 0) + 1;
    fs.appendFileSync(process.env.RECORD, JSON.stringify({
      id: shared.id,
      loads: globalThis.loads,
      sameBuiltIns: shared.ObjectOfModule === Object,
      lazy: globalThis.files === 2 ? shared.later() : null,
    }) + '\\n');
  });
`;

interface Seen {
  id: number;
  loads: number;
  sameBuiltIns: boolean;
  lazy: string | null;
}

function runTwoFiles(isolate: boolean): Promise<Seen[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-jest-runtime-'));
  for (const [name, text] of Object.entries({ ...FILES, 'a.test.js': TEST, 'b.test.js': TEST })) fs.writeFileSync(path.join(dir, name), text);
  const record = path.join(dir, 'record.jsonl');
  const config = {
    rootDir: dir,
    testEnvironment: path.join(ROOT, 'tools', 'jest-environment.js'),
    runtime: path.join(ROOT, 'tools', 'jest-runtime.js'),
    transform: {},
    cacheDirectory: path.join(dir, 'cache'),
  };
  const env = { ...process.env, RECORD: record, LLM_STACK_JEST_ISOLATE: isolate ? '1' : '' };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [JEST, '-i', '--config', JSON.stringify(config)], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      try {
        if (code !== 0) throw new Error(`jest exited ${code}:\n${stderr}`);
        resolve(fs.readFileSync(record, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Seen));
      } catch (e) {
        reject(e);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

let shared: Promise<Seen[]>;
let isolated: Promise<Seen[]>;
beforeAll(() => {
  shared = runTwoFiles(false);
  isolated = runTwoFiles(true);
});

test('shared: the second file gets the module the first one loaded, with the same built-ins, and its lazy require still works', async () => {
  const [first, second] = await shared;
  expect(second.id).toBe(first.id);
  expect([first.loads, second.loads]).toEqual([1, 1]);
  expect(second.sameBuiltIns).toBe(true);
  expect(second.lazy).toBe('loaded after the first file was torn down');
}, 90_000);

test('LLM_STACK_JEST_ISOLATE=1: every file loads its own module in its own context', async () => {
  const [first, second] = await isolated;
  expect(second.id).not.toBe(first.id);
  expect([first.loads, second.loads]).toEqual([1, 1]);
  expect([first.sameBuiltIns, second.sameBuiltIns]).toEqual([true, true]);
  expect(second.lazy).toBeNull();
}, 90_000);
