import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compareQuantities, QUANTITY_GRAMMAR } from '../../config/quantity';
import { imageTag, labelValue, postgresRole, promDuration, sqlIdentifier } from '../../config/validators';
import { imageVersion } from '../../lib/image';
import { PROMTOOL } from '../promtool/harness';
import { PgServer, startPostgres } from '../support/postgres';
import { describeWithTool, postgresBinDir, which } from '../support/tools';

// The config validators agree with the programs that finally read the values, where those
// programs run here: kubectl (k8s.io/apimachinery resource.ParseQuantity, offline with
// `kubectl set resources --local`), promtool (Prometheus' own duration parser,
// github.com/prometheus/common model.ParseDuration) and a real PostgreSQL (CREATE ROLE /
// CREATE DATABASE).

const KUBECTL = which('kubectl');

describeWithTool('kubectl', KUBECTL, 'Kubernetes quantities: the grammar and the exact values agree with apimachinery (kubectl --local)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-quantities-'));
  const pod = path.join(dir, 'pod.yaml');
  fs.writeFileSync(pod, 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers: [{ name: c, image: busybox:1.36 }]\n');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** apimachinery's reading of `q` (its canonical form), or undefined when it refuses it. */
  function apimachinery(q: string): string | undefined {
    const r = spawnSync(KUBECTL as string, ['set', 'resources', '--local', '-f', pod, `--limits=memory=${q}`, '-o', 'jsonpath={.spec.containers[0].resources.limits.memory}'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    return r.status === 0 ? r.stdout.trim() : undefined;
  }

  // What the grammar accepts, apimachinery accepts with exactly the same value; what
  // apimachinery refuses, the grammar refuses. apimachinery also reads digit-less strings
  // (`Gi`, `.`, `+`) as 0: the grammar refuses those, as the validators refuse any zero.
  test.each(['1e3', '1.5Gi', '.5', '2.', '100m', '1E', '5n', '0.5m', '1500m', '1e-3', '+1', '12Mi', '0.1Ki', '1K', '1KiB', '10 GB', '0x10', '1.5.2', '1e', 'Gi', '.', '+'])('%s', (q) => {
    const canonical = apimachinery(q);
    if (QUANTITY_GRAMMAR.test(q)) {
      expect(canonical).toBeDefined();
      expect(compareQuantities(q, canonical as string)).toBe(0);
    } else if (canonical !== undefined) {
      expect(compareQuantities(canonical, '0')).toBe(0);
    }
  });
});

const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, value: string) => schema.safeParse(value).success;

describeWithTool('kubectl', KUBECTL, 'label values: image tags and version labels agree with apimachinery IsValidLabelValue (kubectl label --local)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-labels-'));
  const pod = path.join(dir, 'pod.yaml');
  fs.writeFileSync(pod, 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers: [{ name: c, image: busybox:1.36 }]\n');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const kubectlLabels = (value: string) =>
    spawnSync(KUBECTL as string, ['label', '--local', '-f', pod, `app.kubernetes.io/version=${value}`, '-o', 'name'], { encoding: 'utf8', timeout: 30_000 }).status === 0;

  const digestOnly = imageVersion({ repository: 'postgres', digest: `sha256:${'f'.repeat(64)}` });
  test.each(['1.0.0', '17.6-bookworm', 'v0.17.1', '1.0-', '_rc1', 'A.b_C', 'x'.repeat(63), 'x'.repeat(64), 'a b', digestOnly])('%s', (value) => {
    const valid = kubectlLabels(value);
    expect(accepts(labelValue(), value)).toBe(valid);
    // every tag the schema accepts is a valid version label (tags that are no label value are refused)
    if (accepts(imageTag(), value)) expect(valid).toBe(true);
  });
});

describeWithTool('promtool', PROMTOOL, 'Prometheus durations: the validator agrees with promtool', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-durations-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Whether promtool check rules accepts `for: <duration>`. */
  function promtoolAccepts(duration: string): boolean {
    const file = path.join(dir, 'rules.yaml');
    fs.writeFileSync(file, `groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: vector(1)\n        for: ${JSON.stringify(duration)}\n`);
    return spawnSync(PROMTOOL as string, ['check', 'rules', file], { encoding: 'utf8', timeout: 30_000 }).status === 0;
  }

  // Zero is a valid `for:` to Prometheus but never a useful interval, so the validator refuses it: compared on non-zero values.
  test.each(['30s', '5m', '1h30m', '1d', '2w', '1y', '90s', '1m30s500ms', '30m1h', '1.5m', '5 m', '1H', '10', '1h1h', '5min'])('%s', (d) => {
    expect(accepts(promDuration(), d)).toBe(promtoolAccepts(d));
  });
});

describeWithTool('PostgreSQL server binaries', postgresBinDir(), 'role and database names: the validators agree with PostgreSQL', () => {
  let pg: PgServer;
  beforeAll(async () => {
    pg = await startPostgres();
  }, 180_000); // initdb and start take seconds alone, minutes on a loaded machine
  afterAll(() => pg?.stop());

  test.each(['assistant', 'app_user', '_svc', 'pg_app', 'pg_monitor_x', 'public', 'none', 'user', 'select', 'current_user'])('CREATE ROLE %s', (name) => {
    const created = pg.tryPsql(`CREATE ROLE ${name}`).status === 0;
    if (created) pg.psql(`DROP ROLE ${name}`);
    expect(accepts(postgresRole(), name)).toBe(created);
  });

  test.each(['assistant', 'app_db', 'select', 'table', 'all'])('CREATE DATABASE %s', (name) => {
    const created = pg.tryPsql(`CREATE DATABASE ${name}`).status === 0;
    if (created) pg.psql(`DROP DATABASE ${name}`);
    expect(accepts(sqlIdentifier(), name)).toBe(created);
  });
});
