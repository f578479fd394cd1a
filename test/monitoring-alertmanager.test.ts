import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { environment, ENV_NAMES, REPO_ROOT } from './support/synth';
import { describeWithTool, which } from './support/tools';
import { alertNames, alertRules, readUnitTests } from './promtool/harness';

// docs/alertmanager.example.yaml, the routing the severity-by-tier mapping is made for: amtool
// (Debian prometheus-alertmanager) validates it and routes every rendered alert's labels through
// it; production's critical alerts page, and nothing of staging or development ever does.

const AMTOOL = which('amtool');
const EXAMPLE = path.join(REPO_ROOT, 'docs', 'alertmanager.example.yaml');
const PAGER = 'llm-stack-pager';

function amtool(args: string[]): { status: number | null; output: string } {
  const r = spawnSync(AMTOOL ?? 'amtool', args, { encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** The receiver amtool routes a label set to. */
function receiverOf(labels: Record<string, string>): string {
  const r = amtool(['config', 'routes', 'test', `--config.file=${EXAMPLE}`, ...Object.entries(labels).map(([k, v]) => `${k}=${v}`)]);
  expect(r.status).toBe(0);
  return r.output.split('\n').find((l) => l.trim() && !l.startsWith('Warning'))!.trim();
}

describeWithTool('amtool', AMTOOL, 'the Alertmanager route example', () => {
  test('amtool check-config accepts it', () => {
    const r = amtool(['check-config', EXAMPLE]);
    expect(r.output).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });

  test.each(ENV_NAMES)('%s: every alert reaches its receiver; only production critical pages', (name) => {
    const env = environment(name);
    const expected: Record<string, string> = { critical: PAGER, warning: 'llm-stack-tickets', info: 'llm-stack-chat' };
    const combos = new Set(alertRules(env).map((r) => JSON.stringify({ namespace: r.labels?.namespace ?? env.namespace, severity: r.labels!.severity })));
    for (const c of combos) {
      const labels = JSON.parse(c) as Record<string, string>;
      const got = receiverOf(labels);
      expect({ ...labels, receiver: got }).toEqual({ ...labels, receiver: expected[labels.severity] });
      if (env.tier !== 'production') expect(got).not.toBe(PAGER);
    }
  });

  test('a label set it must not page for does not page (the check is not blind)', () => {
    expect(receiverOf({ namespace: 'llm-stack-dev', severity: 'info' })).not.toBe(PAGER);
    expect(receiverOf({ namespace: 'llm-stack-prod', severity: 'critical' })).toBe(PAGER);
  });
});

describe('the example\'s inhibitions of kube-prometheus-stack\'s duplicates', () => {
  const config = YAML.parse(fs.readFileSync(EXAMPLE, 'utf8'));
  const ours = new Set(alertNames(environment('prod')));
  // kubernetes-mixin alert names (kube-prometheus-stack's defaults) that ours duplicate
  const MIXIN = new Set(['KubePodCrashLooping', 'KubeJobFailed', 'KubePersistentVolumeFillingUp', 'KubePersistentVolumeInodesFillingUp']);
  const firing = new Map<string, Set<string>>();
  for (const { doc } of readUnitTests()) {
    for (const t of doc.tests) {
      for (const a of t.alert_rule_test ?? []) {
        for (const e of a.exp_alerts ?? []) {
          const keys = firing.get(a.alertname) ?? new Set<string>();
          for (const k of Object.keys(e.exp_labels ?? {})) keys.add(k);
          firing.set(a.alertname, keys);
        }
      }
    }
  }
  const name = (m: string) => /^alertname="(\w+)"$/.exec(m)?.[1] ?? '';

  test.each((config.inhibit_rules as any[]).map((r) => [name(r.source_matchers[0]), name(r.target_matchers[0]), r.equal]))(
    '%s mutes %s on the labels both carry',
    (source, target, equal) => {
      expect(ours.has(source)).toBe(true);
      expect(MIXIN.has(target)).toBe(true);
      // every `equal` label is on our alert as it fires in the promtool tests
      expect((equal as string[]).filter((l) => !firing.get(source)!.has(l))).toEqual([]);
    },
  );
});
