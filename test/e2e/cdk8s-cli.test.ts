import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { snapshotFolder } from '../support/sandbox';
import { CONFIG, REPO_ROOT } from '../support/synth';

// `npx cdk8s synth --no-check-upgrade` (cdk8s.yaml) on a copy of what synth reads: the real
// cdk8s CLI, so slow (not part of npm test; npm run test:e2e).
describe('npx cdk8s synth (cdk8s.yaml)', () => {
  // The CLI deletes its output folder first and discards the app's stdout: cdk8s.yaml gives it
  // a scratch folder, and tools/synth.js --cdk8s-cli renders dist/ itself.
  const cli = (cwd: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s'), 'synth', '--no-check-upgrade'], {
      cwd,
      env: { ...process.env, CDK8S_OUTDIR: '', LLM_STACK_ROOT: cwd, ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-cdk8s-cli-'));
    for (const entry of ['config', 'scripts', 'docs', 'package.json', 'cdk8s.yaml', 'dist']) {
      fs.cpSync(path.join(REPO_ROOT, entry), path.join(dir, entry), { recursive: true, filter: (f) => !f.endsWith('.ts') });
    }
    fs.mkdirSync(path.join(dir, 'tools'));
    fs.symlinkSync(path.join(REPO_ROOT, 'tools', 'synth.js'), path.join(dir, 'tools', 'synth.js'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('renders dist/ with the summary on stderr and no stack trace; a failure leaves dist/ as it was', () => {
    const ok = cli(dir);
    expect(ok.status).toBe(0);
    expect(ok.stderr).not.toMatch(/^\s+at /m);
    expect(ok.stderr).toMatch(/^synth: \d+ objects in \d+\.\d\d s$/m);
    expect(ok.stdout).toContain(`  - .cdk8s-cli-out/${CONFIG.environments[0].name}/`);
    expect(fs.realpathSync(path.join(dir, '.cdk8s-cli-out'))).toBe(fs.realpathSync(path.join(dir, 'dist')));
    const before = snapshotFolder(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'config', 'environments', 'zz-broken.yaml'), 'app:\n  replicas: two\n');
    const bad = cli(dir);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('config[zz-broken].app.replicas: must be a number, got "two"\n');
    expect(snapshotFolder(path.join(dir, 'dist'))).toEqual(before);
  });
});
