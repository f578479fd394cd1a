import { environment, environmentWith } from '../support/synth';
import { describeWithTool } from '../support/tools';
import { alertRules, CNPG_UNIT_TEST_OVERRIDES, PROMTOOL, renderedGroups, runUnitTestsOf, seconds, UNIT_TEST_ENV } from '../promtool/harness';

// Mutation test of the alert unit tests: each threshold and `for:` moves a little either way,
// and the promtool unit tests in test/promtool/ must then fail, which proves they test the
// boundaries and not just "something fires". About fifty promtool runs, so it is a script of
// its own (`npm run test:mutation`) that CI runs after `npm test`.

describeWithTool('promtool', PROMTOOL, 'promtool: alert unit tests sit on the thresholds', () => {
  describe('the unit tests fail when a threshold moves', () => {
    const thresholds = environment(UNIT_TEST_ENV).monitoring.thresholds;
    const WHOLE = new Set(['postgresDeadlocks']);
    const moves: [string, Record<string, number | string>][] = [];
    for (const [key, value] of Object.entries(thresholds)) {
      if (typeof value === 'string') {
        // a `for` duration: one minute shorter and longer
        for (const d of [-60, 60]) moves.push([`${key} ${value} -> ${(seconds(value) + d) / 60}m`, { [key]: `${(seconds(value) + d) / 60}m` }]);
      } else if (WHOLE.has(key)) {
        for (const v of [value - 1, value + 1].filter((v) => v >= 0)) moves.push([`${key} ${value} -> ${v}`, { [key]: v }]);
      } else {
        // 5 % either way: the unit tests put series just inside and just outside the threshold
        for (const f of [0.95, 1.05]) moves.push([`${key} ${value} -> ${Number((value * f).toPrecision(6))}`, { [key]: Number((value * f).toPrecision(6)) }]);
      }
    }

    test('every threshold is moved', () => {
      expect(new Set(moves.map(([, m]) => Object.keys(m)[0]))).toEqual(new Set(Object.keys(thresholds)));
    });

    // Only the alerts whose expression or `for` the move changed can notice it; their test
    // groups run (all of them would take minutes: promtool's cost is per test group).
    const base = new Map(alertRules(environment(UNIT_TEST_ENV)).map((r) => [`${r.alert}/${r.labels?.severity}`, `${r.expr} for ${r.for}`]));
    test.each(moves)('%s', (_label, moved) => {
      const env = environmentWith(UNIT_TEST_ENV, { monitoring: { thresholds: moved } });
      expect(env.monitoring.thresholds).toMatchObject(moved);
      const changed = new Set(
        alertRules(env)
          .filter((r) => base.get(`${r.alert}/${r.labels?.severity}`) !== `${r.expr} for ${r.for}`)
          .map((r) => r.alert as string),
      );
      expect(changed.size).toBeGreaterThan(0); // a threshold no rule uses would be dead config
      const r = runUnitTestsOf(env, changed);
      expect(r.groups).toBeGreaterThan(0);
      expect(r.output).toContain('FAILED');
      expect(r.status).not.toBe(0);
    });

    // The groups the cloudnative-pg engine renders from other metrics (`postgresql`,
    // `cloudnative-pg`): the same moves, caught by that engine's unit tests.
    const cnpgOf = (thresholds: Record<string, number | string>) =>
      environmentWith(UNIT_TEST_ENV, { ...CNPG_UNIT_TEST_OVERRIDES, monitoring: { thresholds } });
    const cnpgAlerts = (e: ReturnType<typeof cnpgOf>) =>
      renderedGroups(e)
        .filter((g) => ['postgresql', 'cloudnative-pg'].includes(g.name))
        .flatMap((g) => g.rules.filter((r) => r.alert))
        .map((r) => ({ key: `${r.alert}/${r.labels?.severity}`, value: `${r.expr} for ${r.for}`, alert: r.alert as string }));
    const cnpgBase = new Map(cnpgAlerts(cnpgOf({})).map((a) => [a.key, a.value]));
    const cnpgMoves = moves.filter(([, moved]) => cnpgAlerts(cnpgOf(moved)).some((a) => cnpgBase.get(a.key) !== a.value));
    test('cloudnative-pg: the database thresholds move its rules too', () => {
      expect(cnpgMoves.map(([, m]) => Object.keys(m)[0])).toEqual(expect.arrayContaining(['backupMaxAgeHours', 'postgresConnectionsPercent', 'postgresWraparoundPercent']));
    });
    test.each(cnpgMoves)('cloudnative-pg: %s', (_label, moved) => {
      const env = cnpgOf(moved);
      const changed = new Set(cnpgAlerts(env).filter((a) => cnpgBase.get(a.key) !== a.value).map((a) => a.alert));
      const r = runUnitTestsOf(env, changed);
      expect(r.groups).toBeGreaterThan(0);
      expect(r.output).toContain('FAILED');
      expect(r.status).not.toBe(0);
    });
  });
});
