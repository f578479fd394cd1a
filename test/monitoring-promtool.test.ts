import * as fs from 'fs';
import { environment, environmentWith, ENV_NAMES } from './support/synth';
import { describeWithTool } from './support/tools';
import {
  alertRules,
  PROMTOOL,
  promtool,
  renderedGroups,
  runUnitTests,
  runUnitTestsOf,
  seconds,
  tempDir,
  UNIT_TEST_ENV,
  UNIT_TEST_FILES,
  writeRuleFile,
} from './promtool/harness';

// promtool on the rendered rules: `check rules` for every environment, `test rules` with the
// unit tests in test/promtool/ against the prod rules, and proof that those unit tests notice
// when a threshold moves (so they test the boundaries, not just "something fires").

describeWithTool('promtool', PROMTOOL, 'promtool: alert rules', () => {
  describe('promtool check rules', () => {
    test.each(ENV_NAMES)('%s: every rule group is valid', (name) => {
      const groups = renderedGroups(environment(name));
      const rules = groups.reduce((n, g) => n + g.rules.length, 0);
      const dir = tempDir('check-rules');
      try {
        const r = promtool(['check', 'rules', writeRuleFile(dir, groups)], dir);
        expect(r.output).toContain(`SUCCESS: ${rules} rules found`);
        expect(r.status).toBe(0);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe(`promtool test rules (${UNIT_TEST_ENV} rules)`, () => {
    test.each(UNIT_TEST_FILES)('test/promtool/%s passes', (file) => {
      const r = runUnitTests(environment(UNIT_TEST_ENV), [file]);
      if (r.status !== 0) throw new Error(`promtool test rules ${file} failed:\n${r.output}`);
    });
  });

  describe('the unit tests fail when a threshold moves', () => {
    const thresholds = environment(UNIT_TEST_ENV).monitoring.thresholds;
    const WHOLE = new Set(['crashLoopRestarts', 'postgresDeadlocks']);
    const moves: [string, Record<string, number | string>][] = [];
    for (const [key, value] of Object.entries(thresholds)) {
      if (typeof value === 'string') {
        // a `for` duration: one minute shorter and longer
        for (const d of [-60, 60]) moves.push([`${key} ${value} -> ${(seconds(value) + d) / 60}m`, { [key]: `${(seconds(value) + d) / 60}m` }]);
      } else if (WHOLE.has(key)) {
        for (const v of [value - 1, value + 1].filter((v) => v >= 0 && (key !== 'crashLoopRestarts' || v >= 1))) moves.push([`${key} ${value} -> ${v}`, { [key]: v }]);
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
  });
});
