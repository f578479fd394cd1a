import { environment } from '../support/synth';
import { describeWithTool } from '../support/tools';
import { SLI_WINDOWS } from '../../charts/monitoring/rules/slo';
import { cnpgUnitTestEnv, duration, Engine, PROMTOOL, readUnitTests, renderedGroups, RuleGroup, runUnitTestsOfGroupsAsync, seconds, UNIT_TEST_ENV, unitTestEnvOf } from '../promtool/harness';

// Mutation test of the alert unit tests, second half (the first, promtool-thresholds.test.ts,
// moves the configured thresholds): every alert's `for:` moves by one evaluation step of its
// tests either way, and every window of its expression (range selectors, subquery ranges, and
// the SLI windows the burn-rate alerts read) halves and doubles. The unit tests in
// test/promtool/ must fail on every mutant. Part of `npm run test:mutation`.

interface Mutant {
  readonly name: string;
  readonly alert: string;
  readonly groups: RuleGroup[];
  /** The engine whose unit tests must catch it. */
  readonly engine: Engine;
}

/**
 * The rules mutated: prod's, and the groups of prod in cloudnative-pg mode that differ from them
 * (`postgresql` from other metrics, `cloudnative-pg`), each caught by its own engine's tests.
 */
const TARGETS: { engine: Engine; prefix: string; base: RuleGroup[]; mutated: (g: RuleGroup) => boolean }[] = [
  { engine: 'statefulset', prefix: '', base: renderedGroups(environment(UNIT_TEST_ENV)), mutated: () => true },
  { engine: 'cloudnative-pg', prefix: 'cloudnative-pg: ', base: renderedGroups(cnpgUnitTestEnv()), mutated: (g) => ['postgresql', 'cloudnative-pg'].includes(g.name) },
];
let base: RuleGroup[] = TARGETS[0].base;
let engine: Engine = 'statefulset';
const tests = readUnitTests();

/** The finest evaluation step of the unit tests that evaluate `alert` (those of the engine being mutated). */
function stepOf(alert: string): number {
  const steps = tests
    .filter(({ file }) => unitTestEnvOf(file).postgres.engine === engine)
    .filter(({ doc }) => doc.tests.some((t) => (t.alert_rule_test ?? []).some((a) => a.alertname === alert)))
    .map(({ doc }) => seconds(doc.evaluation_interval ?? '1m'));
  return Math.min(...steps);
}

/** A copy of the groups with one alert rule (or one recording rule) edited. */
function edited(match: (r: RuleGroup['rules'][number]) => boolean, edit: (r: RuleGroup['rules'][number]) => RuleGroup['rules'][number]): RuleGroup[] {
  return base.map((g) => ({ ...g, rules: g.rules.map((r) => (match(r) ? edit(r) : r)) }));
}

const RANGE = /\[(\d+[smhdw])(?::(\d+[smhdw]))?\]/g;

function mutants(): Mutant[] {
  return TARGETS.flatMap((t) => {
    base = t.base;
    engine = t.engine;
    return mutantsOf(t.base.filter(t.mutated)).map((m) => ({ ...m, name: `${t.prefix}${m.name}`, engine: t.engine }));
  });
}

function mutantsOf(mutated: RuleGroup[]): Omit<Mutant, 'engine'>[] {
  const out: Omit<Mutant, 'engine'>[] = [];
  const alerts = mutated.flatMap((g) => g.rules.filter((r) => r.alert));
  for (const rule of alerts) {
    const alert = rule.alert!;
    const same = (r: RuleGroup['rules'][number]) => r.alert === alert && r.labels?.severity === rule.labels?.severity && r.expr === rule.expr;
    const step = stepOf(alert);
    for (const d of [-step, step]) {
      const moved = duration(seconds(rule.for ?? '0s') + d);
      out.push({ name: `${alert}: for ${rule.for} -> ${moved}`, alert, groups: edited(same, (r) => ({ ...r, for: moved })) });
    }
    // each range window of the expression on its own. A subquery's range is left alone: it only
    // has to reach back to midnight (LlmTokenBudgetAtRisk), so a longer one is the same query.
    const ranges = [...rule.expr.matchAll(RANGE)].filter((m) => !m[2]);
    ranges.forEach((m, i) => {
      for (const f of [0.5, 2]) {
        const range = duration(seconds(m[1]) * f);
        let n = -1;
        const expr = rule.expr.replace(RANGE, (whole, _range, step2) => (step2 ? whole : ++n === i ? `[${range}]` : whole));
        out.push({ name: `${alert}: window #${i + 1} [${m[1]}] -> [${range}]`, alert, groups: edited(same, (r) => ({ ...r, expr })) });
      }
    });
    // the SLI windows a burn-rate alert reads: each reference to the next shorter and longer window
    const refs = [...rule.expr.matchAll(/ratio_rate(\w+)\{/g)];
    refs.forEach((m, i) => {
      const at = SLI_WINDOWS.indexOf(m[1]);
      const byLength = [...SLI_WINDOWS].sort((a, b) => seconds(a) - seconds(b));
      const k = byLength.indexOf(m[1]);
      for (const other of [byLength[k - 1], byLength[k + 1]].filter((w) => w && at >= 0)) {
        let n = -1;
        const expr = rule.expr.replace(/ratio_rate(\w+)\{/g, (whole) => (++n === i ? `ratio_rate${other}{` : whole));
        out.push({ name: `${alert}: SLI window #${i + 1} ${m[1]} -> ${other}`, alert, groups: edited(same, (r) => ({ ...r, expr })) });
      }
    });
  }
  // the recording rules' own windows: every alert of the group reads them
  for (const g of mutated) {
    for (const rec of g.rules.filter((r) => r.record)) {
      const readers = g.rules.filter((r) => r.alert && r.expr.includes(`${rec.record}{`)).map((r) => r.alert!);
      for (const m of [...rec.expr.matchAll(RANGE)].slice(0, 1)) {
        for (const f of [0.5, 2]) {
          const range = duration(seconds(m[1]) * f);
          const expr = rec.expr.replace(RANGE, `[${range}]`);
          out.push({ name: `${rec.record}: window [${m[1]}] -> [${range}]`, alert: [rec.record!, ...readers].join(','), groups: edited((r) => r.record === rec.record && r.labels?.slo === rec.labels?.slo, (r) => ({ ...r, expr })) });
        }
      }
    }
  }
  return out;
}

describeWithTool('promtool', PROMTOOL, 'promtool: alert unit tests notice moved `for:` and windows', () => {
  // MUTANTS=<regex> runs only the mutants whose name matches (while writing tests for survivors).
  const only = process.env.MUTANTS ? new RegExp(process.env.MUTANTS) : undefined;
  const all = mutants().filter((m) => !only || only.test(m.name));
  // All started at once: the harness runs one promtool per core at a time (promtoolAsync).
  const results = new Map<string, Promise<{ status: number | null; output: string; groups: number }>>();
  beforeAll(() => {
    for (const m of all) {
      const run = runUnitTestsOfGroupsAsync(m.groups, new Set(m.alert.split(',')), m.engine);
      run.catch(() => undefined); // its test reports a failure; no unhandled rejection before that
      results.set(m.name, run);
    }
  });

  test('there are mutants of every alert', () => {
    if (only) return;
    for (const t of TARGETS) {
      const alerts = new Set(all.filter((m) => m.engine === t.engine).flatMap((m) => m.alert.split(',')));
      const rendered = t.base.filter(t.mutated).flatMap((g) => g.rules.filter((r) => r.alert).map((r) => r.alert!));
      expect({ engine: t.engine, unmutated: [...new Set(rendered)].filter((a) => !alerts.has(a)) }).toEqual({ engine: t.engine, unmutated: [] });
    }
  });

  test.each(all.map((m) => [m.name]))('%s is caught', async (name) => {
    const r = await results.get(name)!;
    expect(r.groups).toBeGreaterThan(0);
    expect({ mutant: name, caught: r.status !== 0 && r.output.includes('FAILED') }).toEqual({ mutant: name, caught: true });
  }, 600_000);
});
