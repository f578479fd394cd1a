import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { postgresRole, promDuration, sqlIdentifier } from '../config/validators';
import { PROMTOOL } from './promtool/harness';
import { PgServer, startPostgres } from './support/postgres';
import { describeWithTool, postgresBinDir } from './support/tools';

// The config validators agree with the programs that finally read the values, where those
// programs run here: promtool (Prometheus' own duration parser, github.com/prometheus/common
// model.ParseDuration) and a real PostgreSQL (CREATE ROLE / CREATE DATABASE).

const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, value: string) => schema.safeParse(value).success;

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
  }, 60_000);
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
