import { describeWithTool } from '../support/tools';
import { LONG_UNIT_TEST_FILES, PROMTOOL, runUnitTestFile, ToolResult, UNIT_TEST_ENV, unitTestEnvOf } from '../promtool/harness';

// The promtool unit tests that evaluate days of series (test/promtool/*-long.test.yaml:
// SLO burn rates over 1 d and 3 d windows), against the prod rules (cloudnative-pg*: prod's in that mode). The others run in
// test/monitoring-promtool.test.ts (npm test).

describeWithTool('promtool', PROMTOOL, `promtool test rules, days-long series (${UNIT_TEST_ENV} rules)`, () => {
  let results: Map<string, Promise<ToolResult>>;
  beforeAll(() => {
    results = new Map(LONG_UNIT_TEST_FILES.map((f) => [f, runUnitTestFile(unitTestEnvOf(f), f)]));
  });
  test('there are days-long unit test files', () => {
    expect(LONG_UNIT_TEST_FILES.length).toBeGreaterThan(0);
  });
  test.each(LONG_UNIT_TEST_FILES)('test/promtool/%s passes', async (file) => {
    const r = await results.get(file)!;
    if (r.status !== 0) throw new Error(`promtool test rules ${file} failed:\n${r.output}`);
  }, 300_000);
});
