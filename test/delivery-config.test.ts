import { goDurationSeconds, LARGEST_HTTP_BUCKET_SECONDS } from '../config/canary';
import { APP_METRICS_CONTRACT, HTTP_SERVER_DURATION } from '../charts/monitoring/contract';
import { configErrorOf, environment } from './support/synth';

// app.delivery / app.canary / monitoring.prometheusUrl: each value checked the way Argo Rollouts
// v1.9.1 reads it (config/canary.ts names the source), one line per problem.

const errorOf = (canary: unknown, delivery = 'canary') => configErrorOf('prod', { app: { delivery, canary } });

describe('app.delivery', () => {
  test('rolling is the default; canary and rolling are the modes', () => {
    expect(environment('prod').app.delivery).toBe('rolling');
    expect(configErrorOf('prod', { app: { delivery: 'canary' } })).toBeUndefined();
    expect(configErrorOf('prod', { app: { delivery: 'blue-green' } })).toMatch(/^config\[prod\]\.app\.delivery: .*"rolling".*"canary".*got "blue-green"$/);
  });
});

describe('Go durations, as time.ParseDuration reads them', () => {
  test.each([
    ['90s', 90],
    ['1m30s', 90],
    ['1.5h', 5400],
    ['1h2m3s', 3723],
    ['500ms', 0.5],
    ['0', 0],
  ])('%s is %d s', (d, s) => expect(goDurationSeconds(d)).toBeCloseTo(s, 9));
  test.each(['1d', '1w', '5', '', 'm', '1m-', '-5m', '1 m'])('%j is refused', (d) => expect(goDurationSeconds(d)).toBeUndefined());
});

describe('app.canary', () => {
  test('the defaults: 20 % for 5 min, 50 % for 5 min, then 100 %', () => {
    expect(environment('prod').app.canary.steps).toEqual([{ setWeight: 20, pause: '5m' }, { setWeight: 50, pause: '5m' }, { setWeight: 100 }]);
  });

  test.each([
    [{ steps: [] }, 'app.canary.steps: must list at least one step'],
    [{ steps: [{ setWeight: 0 }] }, 'app.canary.steps[0].setWeight: must be >= 1, got 0'],
    [{ steps: [{ setWeight: 101 }] }, 'app.canary.steps[0].setWeight: must be <= 100, got 101'],
    [{ steps: [{ setWeight: 12.5 }] }, 'app.canary.steps[0].setWeight: must be a whole number, got 12.5'],
    [{ steps: [{ setWeight: 20, pause: '1d' }] }, 'app.canary.steps[0].pause: must be manual or a Go duration'],
    [{ steps: [{ setWeight: 20, pause: '1500ms' }] }, 'app.canary.steps[0].pause: must be a whole number of seconds'],
    [{ steps: [{ setWeight: 20, pause: '500ms' }] }, 'app.canary.steps[0].pause: must be a whole number of seconds'],
    [{ steps: [{ setWeight: 20, pause: '0s' }] }, 'app.canary.steps[0].pause: must be at least 1s'],
    [{ steps: [{ setWeight: 20, pause: '1000000h' }] }, 'app.canary.steps[0].pause: must be at least 1s and at most 2147483647s'],
    [{ steps: [{ setWeight: 20, wait: '5m' }, { setWeight: 100 }] }, 'app.canary.steps[0].wait: unknown key'],
    [{ workloadScaleDown: 'always' }, 'app.canary.workloadScaleDown:'],
    [{ analysis: { interval: '1d' } }, 'app.canary.analysis.interval: must be a Go duration'],
    [{ analysis: { interval: '0s' } }, 'app.canary.analysis.interval: must be greater than 0'],
    [{ analysis: { initialDelay: '2 m' } }, 'app.canary.analysis.initialDelay: must be a Go duration'],
    [{ analysis: { window: '90' } }, 'app.canary.analysis.window: must be a Prometheus duration'],
    [{ analysis: { count: 2, failureLimit: 2, consecutiveSuccessLimit: 1 } }, 'app.canary.analysis.count: must be >= failureLimit + consecutiveSuccessLimit (2 + 1), got 2'],
    [{ analysis: { count: 2, inconclusiveLimit: 3 } }, 'app.canary.analysis.count: must be >= inconclusiveLimit (3), got 2'],
    [{ analysis: { failureLimit: -1 } }, 'app.canary.analysis.failureLimit: must be >= 0, got -1'],
    [{ analysis: { maxLatencyP95Seconds: 60 } }, 'app.canary.analysis.maxLatencyP95Seconds: must be < 60, the largest finite bucket'],
    [{ analysis: { maxErrorRatePercent: 0 } }, 'app.canary.analysis.maxErrorRatePercent: must be > 0, got 0'],
    [{ analysis: { noTraffic: 'fail' } }, 'app.canary.analysis.noTraffic:'],
    [{ analysis: { startingStep: 2 } }, 'app.canary.analysis.startingStep: must be below 2: a step followed by a pause or another step (there are 3 steps), got'],
    [{ steps: [{ setWeight: 50 }], analysis: { startingStep: 0 } }, 'app.canary.analysis.startingStep: must be below 0'],
  ])('%j', (canary, message) => {
    expect(errorOf(canary)).toContain(`config[prod].${message}`);
  });

  test('accepted: Go durations of whole seconds, manual pauses, a last step that pauses', () => {
    expect(errorOf({ steps: [{ setWeight: 10, pause: '1m30s' }, { setWeight: 100, pause: 'manual' }], analysis: { startingStep: 1, interval: '45s', count: 3 } })).toBeUndefined();
    expect(errorOf({ steps: [{ setWeight: 10, pause: '1.5m' }] , analysis: { startingStep: 0 } })).toBeUndefined();
  });

  test('checked in rolling mode too, so switching to canary never meets an old mistake', () => {
    expect(errorOf({ steps: [{ setWeight: 0 }] }, 'rolling')).toContain('config[prod].app.canary.steps[0].setWeight: must be >= 1');
  });

  test('the p95 bound is the contract histogram\'s largest finite bucket', () => {
    const http = APP_METRICS_CONTRACT.find((m) => m.name === HTTP_SERVER_DURATION)!;
    expect(Math.max(...http.buckets!)).toBe(LARGEST_HTTP_BUCKET_SECONDS);
  });
});

describe('monitoring.prometheusUrl', () => {
  test('an http(s) URL without credentials', () => {
    expect(environment('prod').monitoring.prometheusUrl).toBe('http://kube-prometheus-stack-prometheus.monitoring.svc:9090');
    expect(configErrorOf('prod', { monitoring: { prometheusUrl: 'prometheus:9090' } })).toContain('config[prod].monitoring.prometheusUrl: must be an http(s) URL');
    expect(configErrorOf('prod', { monitoring: { prometheusUrl: 'https://user:pw@prom.example.net' } })).toContain('config[prod].monitoring.prometheusUrl:');
  });
});

describe('docs/configuration.md (drift-checked by test/docs.test.ts) shows the canary settings as written', () => {
  const fs = require('fs') as typeof import('fs');
  const page: string = fs.readFileSync(require('path').join(__dirname, '..', 'docs', 'configuration.md'), 'utf8');
  const row = (field: string) => page.split('\n').find((l) => l.startsWith(`| \`${field}\` |`)) ?? '';
  test('the default steps, item by item', () => {
    expect(row('app.canary.steps')).toContain('`{ setWeight: 20, pause: 5m }`, `{ setWeight: 50, pause: 5m }`, `{ setWeight: 100 }`');
  });
  test('Go durations by name', () => {
    expect(row('app.canary.analysis.interval')).toMatch(/^\| `app\.canary\.analysis\.interval` \| Go duration \|/);
    expect(row('app.canary.analysis.window')).toMatch(/\| Prometheus duration \|/);
  });
});
