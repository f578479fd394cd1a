import * as fs from 'fs';
import { environment, ENV_NAMES } from './support/synth';
import { describeWithTool } from './support/tools';
import {
  cnpgUnitTestEnv,
  PROMTOOL,
  promtool,
  renderedGroups,
  runUnitTestFile,
  tempDir,
  ToolResult,
  UNIT_TEST_ENV,
  QUICK_UNIT_TEST_FILES,
  unitTestEnvOf,
  writeRuleFile,
} from './promtool/harness';

// promtool on the rendered rules: `check rules` for every environment (and prod switched to the
// cloudnative-pg engine), and `test rules` with the unit tests in test/promtool/ against the prod
// rules, `cloudnative-pg*.test.yaml` against prod's in cloudnative-pg mode (the days-long `*-long.test.yaml`
// files run in test/e2e/monitoring-promtool-long.test.ts). That those unit tests sit on the
// threshold boundaries is proven by test/mutation/promtool-thresholds.test.ts
// (`npm run test:mutation`, run by CI).

describeWithTool('promtool', PROMTOOL, 'promtool: alert rules', () => {
  describe('promtool check rules', () => {
    const CNPG = `${UNIT_TEST_ENV} (engine cloudnative-pg)`;
    test.each([...ENV_NAMES, CNPG])('%s: every rule group is valid', (name) => {
      const groups = renderedGroups(name === CNPG ? cnpgUnitTestEnv() : environment(name));
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
    // All files at once: each promtool run is one process, and they wait on each other otherwise.
    let results: Map<string, Promise<ToolResult>>;
    beforeAll(() => {
      results = new Map(QUICK_UNIT_TEST_FILES.map((f) => [f, runUnitTestFile(unitTestEnvOf(f), f)]));
    });
    test('the cloudnative-pg rules have unit tests of their own', () => {
      expect(QUICK_UNIT_TEST_FILES.filter((f) => unitTestEnvOf(f) === cnpgUnitTestEnv()).length).toBeGreaterThan(0);
    });
    test.each(QUICK_UNIT_TEST_FILES)('test/promtool/%s passes', async (file) => {
      const r = await results.get(file)!;
      if (r.status !== 0) throw new Error(`promtool test rules ${file} failed:\n${r.output}`);
    }, 120_000);
  });
});
