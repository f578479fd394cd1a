import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

// tools/jest-environment.js: a jest worker exits as soon as jest ends it, whatever its event
// loop still holds, so that jest never force-kills it (issue 14).

const ENVIRONMENT = path.join(__dirname, '..', 'tools', 'jest-environment.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CHILD_MESSAGE_END } = require(ENVIRONMENT);

test("the END message number is jest-worker's own", () => {
  const types = fs.readFileSync(path.join(path.dirname(require.resolve('jest-worker')), 'types.js'), 'utf8');
  expect(types).toMatch(new RegExp(`const CHILD_MESSAGE_END = ${CHILD_MESSAGE_END};`));
});

/** A child with an IPC channel, as jest-worker forks it, that builds the environment and keeps a ref'd timer. */
function worker(): Promise<{ code: number | null; stderr: string }> {
  const script = `
    const Env = require(${JSON.stringify(ENVIRONMENT)});
    new Env({ projectConfig: { testEnvironmentOptions: {} }, globalConfig: {} }, { console, docblockPragmas: {}, testPath: __filename });
    setInterval(() => {}, 1000); // a handle that would keep a natural exit waiting forever
    process.send('ready');
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('message', () => {
      child.send([CHILD_MESSAGE_END, false]);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(guard);
      if (code !== 0) reject(new Error(`worker exited ${code}: ${stderr}`));
      else resolve({ code, stderr });
    });
  });
}

test('a worker ends on END even with a live timer (a natural exit would never come), and names the leak', async () => {
  const { code, stderr } = await worker();
  expect(code).toBe(0);
  expect(stderr).toMatch(/^jest worker \d+ was ended with live handles \(a test did not clean up\): Timeout\n$/);
});
