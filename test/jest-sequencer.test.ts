import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// tools/jest-sequencer.js: on a cold run (no remembered durations) suites that start a
// PostgreSQL server go first, then those that start pods, scripts, promtool or node, then by size;
// with remembered durations, jest's own order (longest first).

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Sequencer = require('../tools/jest-sequencer.js');

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-sequencer-'));
  fs.writeFileSync(path.join(dir, 'big.test.ts'), `test('x', () => undefined);\n${'// filler\n'.repeat(500)}`);
  fs.writeFileSync(path.join(dir, 'scripts.test.ts'), "runContainer(c, dir, env);\n");
  fs.writeFileSync(path.join(dir, 'server.test.ts'), 'pg = await startPostgres();\n');
  fs.writeFileSync(path.join(dir, 'pods.test.ts'), 'node = new PodNode(readManifests(distDir(env)));\n');
  fs.writeFileSync(path.join(dir, 'node.test.ts'), "spawnSync(process.execPath, ['tools/synth.js']);\n");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const testsIn = (cacheDirectory: string) => {
  const context = { config: { cache: true, cacheDirectory, id: 'sequencer-test', haste: {} }, hasteFS: { getSize: (p: string) => fs.statSync(p).size } };
  return ['big', 'scripts', 'server', 'pods', 'node'].map((n) => ({ path: path.join(dir, `${n}.test.ts`), context }));
};
const names = (tests: { path: string }[]) => tests.map((t) => path.basename(t.path, '.test.ts'));

test('cold: the server suite, then the pod, node and scripts suites, then the biggest file', () => {
  expect(names(new Sequencer().sort(testsIn(path.join(dir, 'no-cache'))))).toEqual(['server', 'pods', 'node', 'scripts', 'big']);
});

test('with remembered durations: longest first, as jest does', () => {
  const seq = new Sequencer();
  const tests = testsIn(path.join(dir, 'cache'));
  const cacheFile = seq._getCachePath(tests[0].context);
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  fs.writeFileSync(cacheFile, JSON.stringify(Object.fromEntries(tests.map((t, i) => [t.path, [0, [9000, 10, 500, 20, 30][i]]]))));
  expect(names(seq.sort(tests))).toEqual(['big', 'server', 'node', 'pods', 'scripts']);
});
