import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { ConfigError, LoadedConfig } from '../config/load';
import { parseTargetTime } from '../lib/target-time';
import { cnpgImport, pitr, UsageError } from '../tools/cnpg';
import { evaluateObjects, FlowResult } from './netpol/flows';
import { manifestValidator } from './support/schema-validator';
import { CONFIG, environment, environmentWith, find, K8sObject, objectsOf, REPO_ROOT } from './support/synth';

// Issue 12: point-in-time recovery as one command (`npm run pitr`) and the migration from the
// StatefulSet (`npm run cnpg-import`), tools/cnpg.ts. Their output is checked like dist/:
// strict schema validation, cross-references, and the flow table over it.

const NOW = new Date('2026-12-02T00:00:00Z');
const HA = 'prod-ha';
const parse = (yaml: string): K8sObject[] => YAML.parseAllDocuments(yaml).map((d) => d.toJS()).filter((o) => o);
const validator = manifestValidator();
const problems = (objects: K8sObject[]) => objects.flatMap((o) => validator.validate(o).map((p) => `${o.kind}/${o.metadata.name} ${p.path}: ${p.message}`));
const failure = (run: () => unknown): Error => {
  try {
    run();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a refusal');
};
const wrong = (results: readonly FlowResult[]) => results.filter((f) => !f.ok).map((f) => `${f.source.name} -> ${f.destination.name} ${f.conn.port}/${f.conn.protocol}: expected ${f.expect}, got ${f.actual}`);

describe('the target time: RFC 3339 with an offset, as CloudNativePG can read it, nothing looser', () => {
  test.each([
    ['2026-12-01T21:30:00Z', '2026-12-01T21:30:00.000Z'],
    ['2026-12-01T22:30:00+01:00', '2026-12-01T21:30:00.000Z'],
    ['2026-12-01T16:00:00.25-05:30', '2026-12-01T21:30:00.250Z'],
    ['2024-02-29T23:59:59.999999Z', '2024-02-29T23:59:59.999Z'],
  ])('%s is %s', (text, iso) => {
    const parsed = parseTargetTime(text, NOW);
    expect('instant' in parsed && parsed.instant.toISOString()).toBe(iso);
  });
  test.each([
    ['2026-12-01 21:30:00', /must be RFC 3339 with an offset/], // PostgreSQL's form: CNPG takes it, in the operator's time zone
    ['2026-12-01T21:30:00', /must be RFC 3339 with an offset/], // CNPG takes it as UTC
    ['2026-12-01t21:30:00z', /must be RFC 3339 with an offset/],
    ['2026-12-01T21:30:00.1234567Z', /must be RFC 3339/], // PostgreSQL keeps microseconds
    ['2026-12-01T21:30Z', /must be RFC 3339/],
    ['2026-12-01T21:30:00+0100', /must be RFC 3339/],
    ['yesterday', /must be RFC 3339/],
    ['2026-13-01T00:00:00Z', /month 13/],
    ['2025-02-29T00:00:00Z', /day 29: 2025-02 has 28 days/],
    ['2026-12-01T24:00:00Z', /time 24:00:00/],
    ['2026-12-01T23:59:60Z', /time 23:59:60/],
    ['2026-12-01T21:30:00+24:00', /offset \+24:00/],
    ['2026-12-02T00:00:01Z', /is in the future .*--latest/],
  ])('%s is refused', (text, message) => {
    const parsed = parseTargetTime(text, NOW);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});

describe('npm run pitr', () => {
  const T = '2026-12-01T21:30:00Z';
  const objects = parse(pitr(['--env', HA, '--target-time', T], CONFIG, NOW));
  const cluster = find(objects, 'Cluster', 'postgresql-pitr-20261201-213000');

  test('renders a Cluster recovered from the ObjectStore to the target time, schema-valid', () => {
    expect(problems(objects)).toEqual([]);
    expect(cluster.spec.bootstrap.recovery).toEqual(expect.objectContaining({ source: 'origin', recoveryTarget: { targetTime: T } }));
    expect(cluster.spec.externalClusters).toEqual([
      { name: 'origin', plugin: { name: 'barman-cloud.cloudnative-pg.io', parameters: { barmanObjectName: 'postgresql', serverName: 'postgresql' } } },
    ]);
    expect(pitr(['--env', HA, '--target-time', T], CONFIG, NOW)).toMatch(new RegExp(`\\n +targetTime: "?${T}"?\\n`));
  });
  test('the ObjectStore and the source folder are the running cluster\'s; the new cluster archives to a folder of its own', () => {
    const running = objectsOf(environment(HA));
    const store = find(running, 'ObjectStore', cluster.spec.externalClusters[0].plugin.parameters.barmanObjectName);
    expect(find(running, 'Cluster', 'postgresql').spec.plugins[0].parameters).toEqual({ barmanObjectName: store.metadata.name, serverName: 'postgresql' });
    expect(cluster.spec.plugins).toEqual([
      { name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true, parameters: { barmanObjectName: store.metadata.name, serverName: cluster.metadata.name } },
    ]);
    expect(cluster.metadata.namespace).toBe(environment(HA).namespace);
    // The Secrets it reads are the running cluster's (the recovered database has the same roles).
    const secrets = new Set(running.filter((o) => o.kind === 'ExternalSecret').map((o) => o.metadata.name));
    expect(secrets.has(cluster.spec.bootstrap.recovery.secret.name) && secrets.has(cluster.spec.superuserSecret.name)).toBe(true);
  });
  test('--latest recovers to the end of the WAL: no recovery target', () => {
    const yaml = pitr(['--env', HA, '--latest', '--name', 'postgresql-latest'], CONFIG, NOW);
    const latest = find(parse(yaml), 'Cluster', 'postgresql-latest');
    expect(latest.spec.bootstrap.recovery.recoveryTarget).toBeUndefined();
    expect(yaml).not.toMatch(/targetTime/);
    expect(problems(parse(yaml))).toEqual([]);
  });
  test('a bad time, a missing or double target, a bad name and an unknown flag are refused with one line', () => {
    const refused = (argv: string[]) => failure(() => pitr(argv, CONFIG, NOW));
    for (const [argv, message] of [
      [['--env', HA, '--target-time', '2026-12-01 21:30:00'], /^pitr: --target-time "2026-12-01 21:30:00" must be RFC 3339 with an offset/],
      [['--env', HA, '--target-time', '2027-01-01T00:00:00Z'], /^pitr: --target-time "2027-01-01T00:00:00Z" is in the future/],
      [['--env', HA], /^pitr: give exactly one of --target-time and --latest/],
      [['--env', HA, '--latest', '--target-time', T], /^pitr: give exactly one of --target-time and --latest/],
      [['--env', HA, '--latest', '--name', 'postgresql'], /^pitr: --name postgresql: that is the running cluster/],
      [['--env', HA, '--latest', '--name', 'PITR_1'], /^pitr: --name "PITR_1": must be a DNS-1035 label/],
      [['--env', HA, '--latest', '--name', `p${'x'.repeat(50)}`], /at most 50 characters/],
      [['--env', HA, '--latest', '--force'], /^pitr: unknown argument --force/],
      [['--env', 'nowhere', '--latest'], /^pitr: --env nowhere: no such environment/],
    ] as const) {
      const e = refused([...argv]);
      expect(e).toBeInstanceOf(UsageError);
      expect(e.message).toMatch(message);
      expect(e.message).not.toContain('\n');
    }
  });
  test('an environment on the statefulset engine is refused: it has no WAL archive', () => {
    const e = failure(() => pitr(['--env', 'prod', '--latest'], CONFIG, NOW));
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.message).toMatch(/^config\[prod\]\.postgres\.engine: pitr recovers a CloudNativePG Cluster .*, got "statefulset"$/);
  });
  test('the flow table over the running environment and the recovered cluster: its pods get what the running ones get, and the dump job reaches it', () => {
    const env = environment(HA);
    const results = evaluateObjects(env, [...objectsOf(env), ...objects]);
    expect(wrong(results)).toEqual([]);
    const to = (src: string, dst: string, port: number) => results.filter((f) => f.source.name.includes(src) && f.destination.name.includes(dst) && f.conn.port === port);
    const recovered = 'Cluster/postgresql-pitr-20261201-213000 pod';
    expect(to('cloudnative-pg operator', `${recovered} postgresql-pitr-20261201-213000-1 `, 8000).map((f) => f.actual)).toEqual(['allow']);
    expect(to(`${recovered} postgresql-pitr-20261201-213000-1-full-recovery`, 'object storage', 443).map((f) => f.actual)).toEqual(['allow']);
    expect(to('CronJob/postgresql-backup', `${recovered} postgresql-pitr-20261201-213000-1 `, 5432).map((f) => f.actual)).toEqual(['allow']);
    // Without the dump's egress policy, the backup job cannot read the recovered cluster.
    const withoutDumpEgress = evaluateObjects(env, [...objectsOf(env), ...objects.filter((o) => !(o.kind === 'NetworkPolicy' && o.metadata.name.startsWith('postgresql-backup-to-')))]);
    const dumpRows = withoutDumpEgress.filter((f) => f.source.name === 'CronJob/postgresql-backup' && f.destination.name.startsWith(recovered) && f.conn.port === 5432);
    expect(dumpRows.length).toBeGreaterThan(0);
    expect(dumpRows.map((f) => f.actual)).not.toContain('allow');
  });
});

describe('npm run cnpg-import', () => {
  const prod = environment('prod');
  const objects = parse(cnpgImport(['--env', 'prod'], CONFIG));
  const cluster = find(objects, 'Cluster', 'postgresql');
  const statefulset = objectsOf(prod);

  test('renders a Cluster that imports the app database from the StatefulSet, schema-valid', () => {
    expect(problems(objects)).toEqual([]);
    expect(cluster.spec.bootstrap.initdb).toEqual(
      expect.objectContaining({ database: prod.postgres.database, owner: prod.postgres.user, import: { type: 'microservice', databases: [prod.postgres.database], source: { externalCluster: 'origin' } } }),
    );
  });
  test('the source is the StatefulSet\'s Service and port, logged in as postgres with the password of today\'s postgresql-credentials', () => {
    const [origin] = cluster.spec.externalClusters;
    const service = find(statefulset, 'Service', origin.connectionParameters.host);
    expect(service.spec.ports.map((p: any) => String(p.port))).toContain(origin.connectionParameters.port);
    expect(origin.connectionParameters).toEqual(expect.objectContaining({ user: 'postgres', dbname: prod.postgres.database }));
    const credentials = find(statefulset, 'ExternalSecret', origin.password.name);
    expect(credentials.spec.data.map((d: any) => d.secretKey)).toContain(origin.password.key);
    // The StatefulSet's server sets that key as the postgres password (POSTGRES_PASSWORD_FILE).
    const server = find(statefulset, 'StatefulSet', 'postgresql').spec.template.spec.containers.find((c: any) => c.name === 'postgresql');
    expect(server.env.find((e: any) => e.name === 'POSTGRES_PASSWORD_FILE').value).toMatch(new RegExp(`/${origin.password.key}$`));
  });
  test('what the switch renders later is rendered the same now: the switch adopts it unchanged, and nothing clashes with the StatefulSet\'s objects', () => {
    const switched = objectsOf(environmentWith('prod', { postgres: { engine: 'cloudnative-pg' }, platform: { quota: { limitsCpu: '32', limitsMemory: '48Gi', requestsMemory: '24Gi', requestsStorage: '300Gi', persistentVolumeClaims: 12 } } }));
    const strip = (o: K8sObject) => JSON.parse(JSON.stringify({ ...o, metadata: { ...o.metadata, annotations: undefined } }));
    for (const o of objects.filter((x) => !x.metadata.annotations?.['llm-stack/temporary'])) {
      const later = strip(find(switched, o.kind, o.metadata.name));
      if (o.kind === 'Cluster') {
        expect({ ...strip(o).spec, bootstrap: undefined, externalClusters: undefined }).toEqual({ ...later.spec, bootstrap: undefined, externalClusters: undefined });
      } else expect(strip(o)).toEqual(later);
    }
    const names = new Set(statefulset.map((o) => `${o.kind}/${o.metadata.name}`));
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`).filter((n) => names.has(n))).toEqual([]);
  });
  test('the flow table over the StatefulSet environment and the import: the import Job reaches the old server; without the temporary policies it does not', () => {
    const env = environmentWith('prod', { postgres: { engine: 'cloudnative-pg' } });
    const results = evaluateObjects(env, [...statefulset, ...objects]);
    expect(wrong(results)).toEqual([]);
    const importRows = (r: FlowResult[]) => r.filter((f) => f.source.name.includes('postgresql-1-import (bootstrap Job)') && f.destination.name === 'StatefulSet/postgresql');
    expect(importRows(results).map((f) => `${f.expect}/${f.actual}`)).toEqual(['allow/allow']);
    for (const name of ['postgresql-import-source', 'postgresql-import-from-statefulset']) {
      const without = evaluateObjects(env, [...statefulset, ...objects.filter((o) => !(o.kind === 'NetworkPolicy' && o.metadata.name === name))]);
      expect(importRows(without).map((f) => f.actual)).toEqual(['deny']);
    }
  });
  test('an environment on cloudnative-pg already, or an unknown one, is refused with one line', () => {
    const e = failure(() => cnpgImport(['--env', HA], CONFIG));
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.message).toMatch(/^config\[prod-ha\]\.postgres\.engine: cnpg-import copies .* got "cloudnative-pg"$/);
    expect(failure(() => cnpgImport(['--env', 'prod', '--latest'], CONFIG)).message).toMatch(/^cnpg-import: unknown argument --latest/);
  });
});

// The commands as a user runs them: tools/cnpg.js bundles tools/cnpg.ts with esbuild and runs it.
describe('tools/cnpg.js', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(REPO_ROOT, 'tools', 'cnpg.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-cnpg-cli-'))));
  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  test('pitr --out writes the YAML; a bad time exits 1 with one line on stderr', () => {
    const out = path.join(dir, 'pitr.yaml');
    const ok = run('pitr', '--env', HA, '--target-time', '2026-01-01T00:00:00+01:00', '--out', out);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/^pitr: wrote .*pitr\.yaml \(\d+ objects\)\n$/);
    expect(find(parse(fs.readFileSync(out, 'utf8')), 'Cluster', 'postgresql-pitr-20251231-230000').spec.bootstrap.recovery.recoveryTarget).toEqual({ targetTime: '2026-01-01T00:00:00+01:00' });
    const bad = run('pitr', '--env', HA, '--target-time', '2026-01-01T00:00:00');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^pitr: --target-time "2026-01-01T00:00:00" must be RFC 3339 with an offset/);
  });
  test('import prints the YAML on stdout', () => {
    const ok = run('import', '--env', 'prod');
    expect(ok.status).toBe(0);
    expect(parse(ok.stdout).map((o) => o.kind)).toContain('Cluster');
  });
});

// The committed configuration drives these tests: it must hold both kinds of environment.
test('config/ has an environment on each engine', () => {
  const engines = new Set((CONFIG as LoadedConfig).environments.map((e) => e.postgres.engine));
  expect(engines).toEqual(new Set(['statefulset', 'cloudnative-pg']));
});

describe('the docs of the commands (docs/backup-restore.md, docs/migrate-to-cloudnative-pg.md)', () => {
  const DOCS = path.join(REPO_ROOT, 'docs');
  const read = (f: string) => fs.readFileSync(path.join(DOCS, f), 'utf8');
  const anchors = (md: string) =>
    new Set(md.split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => l.replace(/^#+ /, '').trim().toLowerCase().replace(/[^\p{L}\p{N}\- _]/gu, '').replace(/ /g, '-')));

  test('every `npm run` they show is a script of package.json, and pitr/cnpg-import run tools/cnpg.js', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.pitr).toBe('node tools/cnpg.js pitr');
    expect(scripts['cnpg-import']).toBe('node tools/cnpg.js import');
    for (const f of ['backup-restore.md', 'migrate-to-cloudnative-pg.md']) {
      for (const [, script] of read(f).matchAll(/npm run ([a-z][\w:-]*)/g)) expect(Object.keys(scripts)).toContain(script);
    }
  });
  test('the objects they name are the ones the commands render', () => {
    const migration = read('migrate-to-cloudnative-pg.md');
    const imported = parse(cnpgImport(['--env', 'prod'], CONFIG)).map((o) => `${o.kind}/${o.metadata.name}`);
    for (const name of ['postgresql-import-source', 'postgresql-import-from-statefulset', 'postgresql-instances']) {
      expect(migration).toContain(`\`${name}\``);
      expect(imported).toContain(`NetworkPolicy/${name}`);
    }
    expect(migration).toContain('job/postgresql-1-import');
    const section = read('backup-restore.md').split('## Point-in-time recovery (cloudnative-pg)')[1].split('\n## ')[0];
    const recovered = parse(pitr(['--env', HA, '--latest', '--name', 'x-pitr'], CONFIG, NOW)).map((o) => `${o.kind}/${o.metadata.name}`);
    expect(recovered).toEqual(expect.arrayContaining(['Cluster/x-pitr', 'NetworkPolicy/x-pitr-instances', 'NetworkPolicy/postgresql-backup-to-x-pitr']));
    for (const shown of ['`<name>-instances`', '`postgresql-backup-to-<name>`', 'job/<name>-1-full-recovery']) expect(section).toContain(shown);
  });
  test.each([['migrate-to-cloudnative-pg.md'], ['backup-restore.md']])('docs/%s links only to files and headings that exist', (file) => {
    const broken: string[] = [];
    for (const [, target] of read(file).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^https?:/.test(target)) continue;
      const [f, anchor] = target.split('#');
      const targetFile = path.join(DOCS, f || file);
      if (!fs.existsSync(targetFile)) broken.push(`${target}: no file`);
      else if (anchor && !anchors(fs.readFileSync(targetFile, 'utf8')).has(anchor)) broken.push(`${target}: no heading #${anchor}`);
    }
    expect(broken).toEqual([]);
  });
});
