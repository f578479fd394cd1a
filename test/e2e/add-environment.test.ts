import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { listFiles } from '../../lib/synth-output';
import { ENV_NAMES, REPO_ROOT, unusedEnvironmentName } from '../support/synth';

// The README's "Adding an environment", done to a copy of the project exactly as written
// (node_modules linked, .git left out), then the suites that depend on the set of
// environments run on the copy and pass. Also: synth changes exactly the files the README
// lists. Only the README's last line, `npm test`, is narrowed to those suites, to keep
// this affordable; the copy's own snapshot update is the README's `npm run test:update`.

/** The suites whose results depend on which environments exist. */
const SUITES = ['snapshot', 'dist-drift', 'docs', 'argocd', 'config', 'tiers', 'platform', 'policy'].map((s) => `test/${s}.test.ts`);
const README = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const block = /<!-- add-environment:start -->\n```sh\n([\s\S]*?)```\n<!-- add-environment:end -->/.exec(README);
const SKIP = new Set(['node_modules', '.git', 'coverage', '.jest-cache', '.ci-results', '.cdk8s-cli-out']);

/** The project without .git; node_modules as links to the real packages (its own .cache). */
function copyProject(to: string): void {
  fs.cpSync(REPO_ROOT, to, { recursive: true, filter: (f) => !SKIP.has(path.basename(f)) && !path.basename(f).includes('.synth-') });
  fs.mkdirSync(path.join(to, 'node_modules'));
  for (const entry of fs.readdirSync(path.join(REPO_ROOT, 'node_modules'))) {
    if (entry !== '.cache') fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', entry), path.join(to, 'node_modules', entry));
  }
}

const run = (cwd: string, cmd: string, args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['LLM_STACK_ROOT', 'CDK8S_OUTDIR', 'LLM_STACK_DOCS_CHECK_ONLY', 'JEST_WORKER_ID']) delete env[k];
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 240_000 });
};

describe("following the README's Adding an environment on a copy of the project", () => {
  let dir: string;
  let copy: string;
  // The README adds qa; should this project already have a qa, the copy adds a new name instead.
  const name = unusedEnvironmentName('qa');
  let steps: ReturnType<typeof run>;
  /** The copy's files before the README's commands (the repository itself may change meanwhile). */
  let before: Map<string, string>;
  const digests = (root: string) =>
    new Map(
      listFiles(root)
        .filter((f) => !f.startsWith('node_modules/') && fs.lstatSync(path.join(root, f)).isFile())
        .map((f) => [f, createHash('sha256').update(fs.readFileSync(path.join(root, f))).digest('hex')]),
    );
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-add-env-'));
    copy = path.join(dir, 'repo');
    copyProject(copy);
    // What adding the environment changes, not what a stale dist/ would (dist-drift's concern).
    expect(run(copy, process.execPath, ['tools/synth.js', '--quiet']).status).toBe(0);
    before = digests(copy);
    const commands = block![1].trimEnd().split('\n').slice(0, -1).join('\n').replace(/\bqa\b/g, name);
    steps = run(copy, 'bash', ['-euo', 'pipefail', '-c', commands]);
  }, 240_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('its commands succeed, and synth says it wrote the new folder', () => {
    expect([steps.status, steps.stderr]).toEqual([0, expect.any(String)]);
    expect(steps.stdout).toMatch(new RegExp(`^dist/${name}/ +\\d+ objects in \\d+ files +\\d+ new$`, 'm'));
    expect(fs.existsSync(path.join(copy, 'test', '__snapshots__', 'environments', `${name}.yaml`))).toBe(true);
  });

  test('synth changed exactly the files the README lists (beside the new file and the snapshots)', () => {
    const after = digests(copy);
    const changed = [...new Set([...before.keys(), ...after.keys()])]
      .filter((f) => !f.startsWith('test/__snapshots__/'))
      .filter((f) => before.get(f) !== after.get(f));
    const folders = [...new Set(changed.map((f) => (f.startsWith(`dist/${name}/`) ? `dist/${name}/` : f)))].sort();
    expect(folders).toEqual([`config/environments/${name}.yaml`, 'dist/argocd/argocd.k8s.yaml', `dist/${name}/`, 'docs/architecture.md', 'docs/capacity.json', 'docs/capacity.md', 'docs/configuration.md'].sort());
    const listed = README.split('<!-- add-environment:end -->')[1].split('\n## ')[0].replace(/\bqa\b/g, name);
    for (const f of folders.filter((f) => !f.startsWith('config/'))) expect([f, listed.includes(`\`${f}\``)]).toEqual([f, true]);
  });

  test('the suites that depend on the set of environments pass on the copy', () => {
    expect(ENV_NAMES).not.toContain(name);
    const jest = run(copy, process.execPath, [path.join(copy, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', '--silent', '--cacheDirectory', path.join(dir, 'jest-cache'), ...SUITES]);
    const summary = jest.stderr.split('\n').filter((l) => /^(Tests|Test Suites):/.test(l) || /✕|FAIL/.test(l));
    expect([jest.status, summary]).toEqual([0, expect.arrayContaining([expect.stringMatching(/^Test Suites: \d+ passed, \d+ total$/)])]);
  }, 240_000);
});
