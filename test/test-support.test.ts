import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { PROMTOOL, RuleGroup, rulesReadBy, writeTestGroups } from './promtool/harness';
import { CONFIG, REPO_ROOT } from './support/synth';
import { parseYamlDocuments } from './support/yaml-cache';
import { describeWithTool } from './support/tools';
import { spawnSync } from 'child_process';

// The test-side helpers that make npm test fast must not change what the tests see:
// the YAML cache, the per-group promtool rule files, and the frozen shared config.

describe('test/support/yaml-cache.ts', () => {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'dist', 'prod', '0001-postgresql.k8s.yaml'), 'utf8');

  test('gives what the YAML library gives, a fresh copy every time', () => {
    const direct = YAML.parseAllDocuments(text).map((d) => d.toJS());
    const first = parseYamlDocuments(text) as { metadata: { name: string } }[];
    expect(first).toEqual(direct);
    first[0].metadata.name = 'edited';
    expect(parseYamlDocuments(text)).toEqual(direct);
  });

  test('a malformed document throws instead of parsing to something', () => {
    expect(() => parseYamlDocuments(`a: [1, 2\nb: ${Math.random()}\n`)).toThrow();
  });
});

describe('rulesReadBy (test/promtool/harness.ts)', () => {
  const groups: RuleGroup[] = [
    {
      name: 'slo',
      rules: [
        { record: 'job:errors:ratio_rate5m', expr: 'sum(rate(errors_total[5m])) / sum(rate(requests_total[5m]))' },
        { record: 'job:latency:p95', expr: 'histogram_quantile(0.95, rate(latency_bucket[5m]))' },
        { alert: 'ErrorBudgetBurn', expr: 'job:errors:ratio_rate5m > 0.01' },
      ],
    },
    { name: 'other', rules: [{ alert: 'Unrelated', expr: 'up == 0' }, { alert: 'Meta', expr: 'ALERTS{alertstate="firing"} > 0' }] },
  ];
  const names = (gs: RuleGroup[]) => gs.flatMap((g) => g.rules.map((r) => r.alert ?? r.record));

  test('an alert keeps the recording rules it reads, and nothing else', () => {
    expect(names(rulesReadBy(groups, ['ErrorBudgetBurn']))).toEqual(['job:errors:ratio_rate5m', 'ErrorBudgetBurn']);
  });

  test('an expression over ALERTS without an alertname keeps every alert (and what they read)', () => {
    expect(names(rulesReadBy(groups, ['Meta'])).sort()).toEqual(['ErrorBudgetBurn', 'Meta', 'Unrelated', 'job:errors:ratio_rate5m'].sort());
  });

  test('names that no rule has keep nothing', () => {
    expect(rulesReadBy(groups, ['up', 'NoSuchAlert'])).toEqual([]);
  });
});

describeWithTool('promtool', PROMTOOL, 'writeTestGroups: one file per test group, each a valid promtool unit test', () => {
  test('the files load in promtool and name the group of the original file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-test-groups-'));
    try {
      const rules: RuleGroup[] = [{ name: 'g', rules: [{ alert: 'Down', expr: 'up == 0', for: '1m' }, { alert: 'Other', expr: 'vector(1)' }] }];
      const doc = {
        rule_files: ['rules.yaml'],
        evaluation_interval: '1m',
        tests: [
          { interval: '1m', input_series: [{ series: 'up{job="a"}', values: '0x5' }], alert_rule_test: [{ eval_time: '3m', alertname: 'Down', exp_alerts: [{ exp_labels: { job: 'a' } }] }] },
          { interval: '1m', input_series: [{ series: 'up{job="a"}', values: '1x5' }], alert_rule_test: [{ eval_time: '3m', alertname: 'Down' }] },
        ],
      };
      const files = writeTestGroups(dir, rules, 'example.test.yaml', doc, [0, 1]);
      expect(files).toEqual(['example.group-1.test.yaml', 'example.group-2.test.yaml']);
      const ruleFile = JSON.parse(fs.readFileSync(path.join(dir, 'rules.example.group-1.yaml'), 'utf8'));
      expect(ruleFile.groups[0].rules.map((r: { alert: string }) => r.alert)).toEqual(['Down']);
      const ok = spawnSync(PROMTOOL!, ['test', 'rules', ...files], { cwd: dir, encoding: 'utf8' });
      expect(ok.stdout + ok.stderr).toMatch(/SUCCESS/);
      expect(ok.status).toBe(0);
      // The check can fail: the quiet group expects an alert that does fire.
      const wrong = { ...doc, tests: [{ ...doc.tests[0], alert_rule_test: [{ eval_time: '3m', alertname: 'Down' }] }] };
      const bad = writeTestGroups(dir, rules, 'wrong.test.yaml', wrong, [0]);
      const failed = spawnSync(PROMTOOL!, ['test', 'rules', ...bad], { cwd: dir, encoding: 'utf8' });
      expect(failed.status).not.toBe(0);
      expect(failed.stdout + failed.stderr).toContain('wrong.group-1.test.yaml');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('test code runs in strict mode on the frozen shared config: a write throws (tools/jest-transform.js, tools/jest-runtime.js)', () => {
  expect(() => {
    (CONFIG.environments[0] as { name: string }).name = 'changed';
  }).toThrow(TypeError);
  expect(Object.isFrozen(CONFIG.cluster)).toBe(true);
});
