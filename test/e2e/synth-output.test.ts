import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { makeSandbox, Sandbox, snapshotFolder } from '../support/sandbox';
import { CONFIG } from '../support/synth';

// What `npm run synth` prints and how it writes: a summary per output folder, --quiet,
// and atomic output (a failing synth leaves dist/ and docs/ byte for byte as they were,
// and prints one line). Runs the real tools/synth.js on a copy of config/ and dist/.

let box: Sandbox;
beforeAll(() => {
  box = makeSandbox();
});
afterAll(() => box.remove());

const FOLDERS = ['cluster', ...CONFIG.environments.map((e) => e.name), 'argocd'];
const objectsIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .flatMap((f) => YAML.parseAllDocuments(fs.readFileSync(path.join(dir, f), 'utf8')))
    .filter((d) => d.toJS() !== null).length;
/** Siblings a synth may leave behind: staging folders and files. */
const leftovers = () => [...fs.readdirSync(path.dirname(box.dist)), ...fs.readdirSync(path.join(box.root, 'docs'))].filter((f) => f.includes('.synth-'));
/** stderr without the configuration's warnings (config.warnings, printed on every run). */
const errors = (stderr: string) => stderr.split('\n').filter((l) => l && !l.startsWith('warning: ')).map((l) => `${l}\n`).join('');
const devFile = () => path.join(box.root, 'config', 'environments', `${CONFIG.environments[0].name}.yaml`);

describe('the summary', () => {
  test('names every output folder with its object count and what changed, then the time', () => {
    const first = CONFIG.environments[0].name;
    expect(box.synth(['--quiet']).status).toBe(0); // the committed dist/ may lag the code being worked on
    const doc = YAML.parseDocument(fs.readFileSync(devFile(), 'utf8'));
    doc.setIn(['app', 'settings', 'logLevel'], 'WARNING');
    fs.writeFileSync(devFile(), doc.toString());
    const r = box.synth();
    expect(errors(r.stderr)).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    for (const folder of FOLDERS) {
      const line = lines.find((l) => l.startsWith(`dist/${folder}/ `));
      const files = fs.readdirSync(path.join(box.dist, folder)).length;
      expect(line).toMatch(new RegExp(`^dist/${folder}/ +${objectsIn(path.join(box.dist, folder))} objects in ${files} files? +`));
      expect([folder, line!.endsWith(folder === first ? '1 changed' : 'unchanged')]).toEqual([folder, true]);
    }
    expect(lines).toContainEqual(expect.stringMatching(/^docs\/ +4 generated pages +(unchanged|changed: .*)$/));
    expect(lines[lines.length - 1]).toMatch(/^synth: \d+ objects in \d+\.\d\d s$/);
    expect(leftovers()).toEqual([]);
  });

  test('--quiet prints nothing and writes the same', () => {
    const before = snapshotFolder(box.dist);
    const r = box.synth(['--quiet']);
    expect([r.status, r.stdout, errors(r.stderr)]).toEqual([0, '', '']);
    expect(snapshotFolder(box.dist)).toEqual(before);
  });

  test('an unknown argument is one line with the usage', () => {
    const r = box.synth(['--qiet']);
    expect([r.status, errors(r.stderr)]).toEqual([1, 'synth: unknown argument --qiet (usage: npm run synth [-- --quiet])\n']);
  });
});

describe('a failing synth leaves dist/ and docs/ exactly as they were', () => {
  let dist: Record<string, string>;
  let docs: Record<string, string>;
  beforeEach(() => {
    dist = snapshotFolder(box.dist);
    docs = snapshotFolder(path.join(box.root, 'docs'));
  });
  afterEach(() => {
    expect(snapshotFolder(box.dist)).toEqual(dist);
    expect(leftovers()).toEqual([]);
  });

  test('a configuration error: its one line per problem, nothing else', () => {
    fs.writeFileSync(path.join(box.root, 'config', 'environments', 'zz-broken.yaml'), 'app:\n  replicas: two\n');
    try {
      const r = box.synth();
      expect([r.status, r.stdout, errors(r.stderr)]).toEqual([1, '', 'config[zz-broken].app.replicas: must be a number, got "two"\n']);
    } finally {
      fs.rmSync(path.join(box.root, 'config', 'environments', 'zz-broken.yaml'));
    }
    expect(snapshotFolder(path.join(box.root, 'docs'))).toEqual(docs);
  });

  test('a crash after every folder was rendered (docs/ cannot be written): one line and how to get the stack', () => {
    const docsDir = path.join(box.root, 'docs');
    const target = path.join(docsDir, 'architecture.md');
    const text = fs.readFileSync(target);
    fs.rmSync(target);
    fs.mkdirSync(target);
    try {
      const r = box.synth();
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(errors(r.stderr)).toMatch(/^synth failed: Error: .*architecture\.md.* \(dist\/ and docs\/ are unchanged; LLM_STACK_DEBUG=1 npm run synth shows the stack trace\)\n$/);
      expect(fs.statSync(target).isDirectory()).toBe(true);
      expect(fs.readFileSync(path.join(docsDir, 'configuration.md'), 'latin1')).toBe(docs['configuration.md']);
      const debug = box.synth([], { LLM_STACK_DEBUG: '1' });
      expect(debug.stderr.split('\n').filter((l) => /^\s+at /.test(l)).length).toBeGreaterThan(1);
    } finally {
      fs.rmSync(target, { recursive: true });
      fs.writeFileSync(target, text);
    }
  });

  test('whatever an environment sorted last does to the render (here a port out of range), earlier folders are not swapped in', () => {
    const file = path.join(box.root, 'config', 'environments', 'zz-port.yaml');
    fs.writeFileSync(file, 'backup:\n  offsite:\n    enabled: true\n    endpoint: https://s3.example.com:99999\n    region: eu-west-1\n    bucket: llm-stack-backups\n');
    try {
      const r = box.synth();
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(errors(r.stderr).trimEnd().split('\n')).toHaveLength(1);
      expect(errors(r.stderr)).toMatch(/zz-port|99999|Invalid URL/);
    } finally {
      fs.rmSync(file);
    }
  });
});
