import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { DIST } from '../support/dist';
import { CONFIG, REPO_ROOT } from '../support/synth';

// npm run diff (tools/diff.js): the change to dist/ since a git ref, by folder and object,
// field by field; lists of named items compared by name. On a scratch git repository.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { report } = require('../../tools/diff.js') as { report: (a: Record<string, string>, b: Record<string, string>, since: string) => string };

const env = CONFIG.environments[0];
// One environment and the cluster folder are enough, and keep this quick.
const committed: Record<string, string> = {};
for (const folder of [env.name, 'cluster']) for (const f of fs.readdirSync(path.join(DIST, folder))) committed[`${folder}/${f}`] = fs.readFileSync(path.join(DIST, folder, f), 'utf8');
const appFile = Object.keys(committed).find((f) => f.startsWith(`${env.name}/`) && f.endsWith('-app.k8s.yaml'))!;

/** dist/ with the app Deployment of the first environment edited by `edit`. */
function withDeployment(edit: (d: any) => void): Record<string, string> {
  const docs = YAML.parseAllDocuments(committed[appFile]).map((d) => d.toJS());
  edit(docs.find((d) => d.kind === 'Deployment'));
  return { ...committed, [appFile]: docs.map((d) => YAML.stringify(d)).join('---\n') };
}

describe('the report', () => {
  test('no change', () => {
    expect(report(committed, committed, 'HEAD')).toBe('no change to dist/ since HEAD\n');
  });

  test('a changed field, under its folder and object, with list items by name', () => {
    const after = withDeployment((d) => {
      d.spec.template.spec.containers[0].image = 'ghcr.io/example/app:9.9.9';
      d.metadata.labels.extra = 'x';
    });
    const container = YAML.parseAllDocuments(committed[appFile]).map((d) => d.toJS()).find((d) => d.kind === 'Deployment').spec.template.spec.containers[0];
    expect(report(committed, after, 'HEAD').split('\n')).toEqual([
      `dist/${env.name}/`,
      `  ~ Deployment/${env.namespace}/assistant`,
      '      metadata.labels.extra: added "x"',
      `      spec.template.spec.containers[name=${container.name}].image: ${JSON.stringify(container.image)} -> "ghcr.io/example/app:9.9.9"`,
      '1 folder changed since HEAD: 1 objects changed, 0 added, 0 removed',
      '',
    ]);
  });

  test('an env var inserted at the front is one added field, not every later one moved', () => {
    const after = withDeployment((d) => d.spec.template.spec.containers[0].env.unshift({ name: 'NEW_VAR', value: '1' }));
    const fields = report(committed, after, 'HEAD').split('\n').filter((l) => l.startsWith('      '));
    expect(fields).toEqual([expect.stringMatching(/\.env\[name=NEW_VAR\]: added \{"name":"NEW_VAR","value":"1"\}$/)]);
  });

  test('objects and folders added and removed; multi-line texts show their changed lines', () => {
    const after: Record<string, string> = { ...committed, 'qa-new/0000-x.k8s.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x, namespace: ns }\ndata: { a: "1" }\n' };
    for (const f of Object.keys(after)) if (f.startsWith('cluster/')) delete after[f];
    const out = report(committed, after, 'v1');
    expect(out).toContain('dist/qa-new/ (new folder)\n  + ConfigMap/ns/x\n');
    expect(out).toMatch(/^dist\/cluster\/ \(folder removed\)\n {2}- ClusterIssuer\/letsencrypt-/m);
    const text = report({ 'a/x.yaml': 'kind: ConfigMap\nmetadata: { name: s }\ndata:\n  s.sh: "one\\ntwo\\n"\n' }, { 'a/x.yaml': 'kind: ConfigMap\nmetadata: { name: s }\ndata:\n  s.sh: "one\\n2\\n"\n' }, 'HEAD');
    expect(text).toContain('  ~ ConfigMap/s\n      data["s.sh"]: text changed\n        - two\n        + 2\n');
  });
});

describe('npm run diff on a git repository', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, stdio: 'pipe' });
  const diff = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(REPO_ROOT, 'tools', 'diff.js'), ...args], { env: { ...process.env, LLM_STACK_ROOT: repo }, encoding: 'utf8' });
  beforeAll(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-diff-'));
    fs.cpSync(path.join(DIST, env.name), path.join(repo, 'dist', env.name), { recursive: true });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'first');
    const file = path.join(repo, 'dist', appFile);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^( {2}replicas|  minReplicas): (\d+)$/m, (_m, k, n) => `${k}: ${Number(n) + 5}`));
  });
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

  test('against HEAD: the working-tree change; against a ref given: the same; a bad ref: one line', () => {
    const r = diff();
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(new RegExp(`^dist/${env.name}/\\n {2}~ \\w+/${env.namespace}/assistant\\n {6}spec\\.(replicas|minReplicas): (\\d+) -> \\d+\\n1 folder changed since HEAD: 1 objects changed, 0 added, 0 removed\\n$`));
    git('commit', '-q', '-am', 'second');
    expect(diff().stdout).toBe('no change to dist/ since HEAD\n');
    expect(diff('HEAD~1').stdout).toBe(r.stdout.replace('since HEAD', 'since HEAD~1'));
    const bad = diff('no-such-ref');
    expect([bad.status, bad.stdout]).toEqual([1, '']);
    expect(bad.stderr).toMatch(/^diff: not a git ref here: no-such-ref \(.*\)\n$/);
  });
});
