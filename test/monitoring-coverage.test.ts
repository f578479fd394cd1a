import { parseEnvironment } from '../config/load';
import { CONFIG, environment, environmentWith, ENV_NAMES } from './support/synth';
import { severityOf } from '../charts/monitoring/rules/promql';
import { alertNames, alertRules, canaryUnitTestEnv, cnpgUnitTestEnv, readUnitTests, renderedGroups, seconds, UNIT_TEST_ENV, unitTestEnvOf } from './promtool/harness';

// The promtool unit tests (test/promtool/*.test.yaml) cover every alert: a case where it
// fires, one where it stays quiet, and one inside its `for` window where it is still pending.
// They run against the prod rules (cloudnative-pg*.test.yaml: prod's in cloudnative-pg mode,
// delivery-canary*.test.yaml: prod's in canary delivery mode);
// the tests below show that this covers every environment, in either database engine.

const unitTests = readUnitTests();
const prod = environment(UNIT_TEST_ENV);
const cnpg = cnpgUnitTestEnv();
const canary = canaryUnitTestEnv();
const everyAlert = [...new Set([...ENV_NAMES.map(environment), cnpg, canary].flatMap((e) => alertNames(e)))].sort();
/** The unit-test environment an alert is rendered in (prod's rules, or prod's in cloudnative-pg or canary mode). */
const envOfAlert = (alert: string) => [prod, cnpg, canary].find((e) => alertNames(e).includes(alert)) ?? prod;

interface Case {
  file: string;
  group: number;
  time: number;
  firing: { labels: Record<string, string> }[];
}

const cases = new Map<string, Case[]>();
for (const { file, doc } of unitTests) {
  doc.tests.forEach((t, group) => {
    for (const a of t.alert_rule_test ?? []) {
      const list = cases.get(a.alertname) ?? [];
      list.push({ file, group, time: seconds(a.eval_time), firing: (a.exp_alerts ?? []).map((e) => ({ labels: e.exp_labels ?? {} })) });
      cases.set(a.alertname, list);
    }
  });
}

describe('promtool unit test coverage', () => {
  test('every test file loads the rendered rules as rules.yaml', () => {
    for (const { file, doc } of unitTests) expect({ file, rule_files: doc.rule_files }).toEqual({ file, rule_files: ['rules.yaml'] });
  });

  test('every alert the tests name exists in the rules the file runs against (a misspelt name would pass silently)', () => {
    const unknown = unitTests.flatMap(({ file, doc }) => {
      const known = new Set(alertNames(unitTestEnvOf(file)));
      return doc.tests.flatMap((t) => (t.alert_rule_test ?? []).map((a) => a.alertname)).filter((n) => !known.has(n)).map((n) => `${file}: ${n}`);
    });
    expect(unknown).toEqual([]);
  });

  test('the cloudnative-pg alerts exist in that mode only, and its rules read no postgres-exporter name', () => {
    const only = alertNames(cnpg).filter((a) => !alertNames(prod).includes(a));
    expect(only).toEqual(expect.arrayContaining(['CnpgReplicationLagHigh', 'CnpgStandbyMissing', 'CnpgWalArchivingFailing', 'CnpgBackupStale', 'CnpgBackupNeverSucceeded', 'CnpgPoolerClientsSaturated']));
    expect(alertNames(prod).filter((a) => a.startsWith('Cnpg'))).toEqual([]);
    const exprs = renderedGroups(cnpg).flatMap((g) => g.rules.map((r) => r.expr));
    expect(exprs.filter((e) => /\bpg_[a-z]/.test(e.replace(/cnpg_pg_/g, '')) || /statefulset="postgresql"/.test(e))).toEqual([]);
  });

  test.each(everyAlert)('%s has a firing case, a quiet case and a pending case', (alert) => {
    const list = cases.get(alert) ?? [];
    const rules = alertRules(envOfAlert(alert)).filter((r) => r.alert === alert);
    expect(rules.length).toBeGreaterThan(0);

    // fires: once for each severity the alert has (BackupStale is critical for backups, warning for the verification)
    for (const severity of new Set(rules.map((r) => r.labels?.severity))) {
      const fired = list.filter((c) => c.firing.some((f) => f.labels.severity === severity));
      expect({ alert, severity, firing: fired.length > 0 }).toEqual({ alert, severity, firing: true });
      for (const c of fired) for (const f of c.firing) expect(f.labels.namespace).toBe(envOfAlert(alert).namespace);
    }
    // stays quiet
    expect({ alert, quiet: list.some((c) => c.firing.length === 0) }).toEqual({ alert, quiet: true });
    // pending: in one test group, quiet within `for` before the evaluation where it fires
    const forSeconds = Math.min(...rules.map((r) => seconds(r.for ?? '0s')));
    const pending = list.some(
      (fire) =>
        fire.firing.length > 0 &&
        list.some((quiet) => quiet.file === fire.file && quiet.group === fire.group && quiet.firing.length === 0 && quiet.time < fire.time && quiet.time >= fire.time - forSeconds),
    );
    expect({ alert, for: rules[0].for, pendingCase: pending }).toEqual({ alert, for: rules[0].for, pendingCase: true });
  });
});

describe('the prod rules stand for every environment', () => {
  test('prod uses the default (seed) monitoring settings the unit tests are written for', () => {
    // If prod needs other thresholds, move the series in test/promtool/ with them.
    const defaults = parseEnvironment(UNIT_TEST_ENV, { app: { image: { tag: '1.0.0' } } }).monitoring;
    expect(prod.monitoring).toEqual(defaults);
  });

  /** prod, in `env`'s database engine (and with its Cluster settings, which the cloudnative-pg rules read). */
  const prodLike = (env: typeof prod) =>
    env.postgres.engine === prod.postgres.engine && env.edge.kind === prod.edge.kind && env.app.delivery === prod.app.delivery
      ? prod
      : environmentWith(UNIT_TEST_ENV, {
          // and its delivery mode (AssistantDown follows it: charts/delivery/availability.ts,
          // whose canary rule test/delivery-promtool.test.ts tests)
          app: { delivery: env.app.delivery },
          postgres: { engine: env.postgres.engine, cloudnativePg: env.postgres.cloudnativePg },
          // and its edge (the request metrics follow it: rules/edge-metrics.ts)
          edge: env.edge,
          ingress: { rateLimit: env.ingress.rateLimit },
        });

  test.each(ENV_NAMES)('%s: the rules equal prod\'s (in its database engine) but for the namespace and the severity of its tier', (name) => {
    const env = CONFIG.environments.find((e) => e.name === name)!;
    const prod = prodLike(env);
    const normalise = (e: typeof env) =>
      renderedGroups(e)
        .flatMap((g) => g.rules)
        .map((r) => JSON.stringify({ ...r, labels: { ...r.labels, severity: r.labels?.severity && '<severity>' } }).split(e.namespace).join('<namespace>'));
    const severities = (e: typeof env) => alertRules(e).map((r) => `${r.alert}=${r.labels!.severity}`);
    // the same urgency (page or ticket) maps to one severity per tier
    const urgency = (e: typeof env) => alertRules(e).map((r) => `${r.alert}=${r.labels!.severity === severityOf(e, 'page') ? 'page' : 'ticket'}`);
    if (env.tier === prod.tier) expect(severities(env)).toEqual(severities(prod));
    else expect(urgency(env).length).toBe(severities(prod).length);
    if (JSON.stringify(env.monitoring) !== JSON.stringify(prod.monitoring)) {
      // Different settings: promtool check rules covers this environment, the unit tests do not.
      return;
    }
    expect(normalise(env)).toEqual(normalise(prod));
  });
});
