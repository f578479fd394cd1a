import { z } from 'zod';
import { nonNegativeInt, positiveInt, promDuration } from './validators';

// `app.canary`: the Argo Rollouts v1.9.1 canary of `app.delivery: canary` (charts/delivery/).
// Each value is checked the way Argo Rollouts v1.9.1 reads it, so that a bad value stops synth
// instead of leaving the Rollout InvalidSpec or the AnalysisRun in Error on the cluster.

/** Go's time.ParseDuration units (time/format.go unitMap). */
const GO_UNITS: Record<string, number> = { ns: 1e-9, us: 1e-6, 'µs': 1e-6, 'μs': 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
const GO_DURATION = /^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;

/** Seconds of a Go duration string (no sign: every duration here is positive), or undefined when Go refuses it. */
export function goDurationSeconds(d: string): number | undefined {
  if (d === '0') return 0;
  if (!GO_DURATION.test(d)) return undefined;
  let total = 0;
  for (const [, num, unit] of d.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(num) * GO_UNITS[unit];
  return total;
}

/**
 * A duration as Argo Rollouts reads an AnalysisTemplate metric's `interval`:
 * `DurationString.Duration()` is Go's time.ParseDuration (pkg/apis/rollouts/v1alpha1/analysis_types.go
 * at v1.9.1), so `1m30s` and `90s` work, and `1d` (a Prometheus unit) does not.
 */
export const goDuration = () =>
  z
    .string()
    .regex(GO_DURATION, { error: 'must be a Go duration such as 30s, 1m or 1m30s (units ns, us, ms, s, m, h; no d)', abort: true })
    .refine((d) => (goDurationSeconds(d) ?? 0) > 0, { error: 'must be greater than 0', abort: true });

/** Largest pause Argo Rollouts can hold: RolloutPause.DurationSeconds() is an int32 of seconds. */
const MAX_PAUSE_SECONDS = 2 ** 31 - 1;

/**
 * A canary step's pause: `manual` (no duration: the Rollout waits for
 * `kubectl argo rollouts promote`) or a Go duration of whole seconds. RolloutPause.DurationSeconds()
 * (pkg/apis/rollouts/v1alpha1/types.go at v1.9.1) truncates to int32 seconds, so `1500ms`
 * would pause 1 s and `500ms` not at all: only whole seconds are accepted.
 */
export const canaryPause = () =>
  z
    .string()
    .regex(/^(manual|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/, {
      error: 'must be manual or a Go duration such as 30s, 5m or 1h (units ns, us, ms, s, m, h)',
      abort: true,
    })
    .refine((p) => p === 'manual' || Number.isInteger(goDurationSeconds(p)), { error: 'must be a whole number of seconds (Argo Rollouts truncates to seconds)', abort: true })
    .refine((p) => p === 'manual' || (goDurationSeconds(p)! >= 1 && goDurationSeconds(p)! <= MAX_PAUSE_SECONDS), {
      error: `must be at least 1s and at most ${MAX_PAUSE_SECONDS}s`,
      abort: true,
    });

const step = z
  .strictObject({
    setWeight: z
      .number()
      .int({ error: 'must be a whole number', abort: true })
      .min(1, { error: 'must be >= 1', abort: true })
      .max(100, { error: 'must be <= 100', abort: true })
      .describe('Percent of the replicas that run the new version (without traffic routing a weight is a share of pods: docs/delivery.md).'),
    pause: canaryPause()
      .optional()
      .describe('Pause after setting the weight: a duration (whole seconds) or `manual` (waits for `kubectl argo rollouts promote`). None goes straight on.'),
  })
  .describe('One canary step: set a weight, then optionally pause.');

const percent = (def: number) => z.number().gt(0, { error: 'must be > 0' }).lt(100, { error: 'must be < 100' }).default(def);

/**
 * Upper bound of the largest finite bucket of the app's HTTP histogram (charts/monitoring/contract.ts):
 * histogram_quantile() never reports more than that, so a p95 threshold at or above it could never fail.
 */
export const LARGEST_HTTP_BUCKET_SECONDS = 60;

const analysis = z
  .strictObject({
    startingStep: nonNegativeInt()
      .default(0)
      .describe('Index in `steps` of the step whose weight starts the background analysis, once that weight\'s pods are ready (0: the first canary pods). It must not be the last step unless that step pauses.'),
    initialDelay: goDuration()
      .default('2m')
      .describe('Wait before the first measurement, so that the rate() windows hold a few scrapes of the new pods (Go duration).'),
    interval: goDuration().default('1m').describe('Time between two measurements of each metric (Go duration, as Argo Rollouts reads it).'),
    count: positiveInt()
      .optional()
      .describe('Measurements per metric; unset measures until the Rollout is fully promoted. Must be >= failureLimit + consecutiveSuccessLimit.'),
    failureLimit: nonNegativeInt().default(1).describe('Failed measurements a metric may have; one more fails the analysis and aborts the Rollout.'),
    consecutiveSuccessLimit: nonNegativeInt()
      .default(0)
      .describe('Successive successful measurements after which a metric counts as passed and stops measuring (0: off, it measures to the end).'),
    consecutiveErrorLimit: nonNegativeInt()
      .default(4)
      .describe('Successive query errors (Prometheus unreachable, a bad query) a metric may have before the analysis errs and aborts (Argo Rollouts default 4).'),
    inconclusiveLimit: nonNegativeInt()
      .default(0)
      .describe('Inconclusive measurements (no canary traffic, see noTraffic) tolerated before the Rollout pauses for a person to promote or abort.'),
    window: promDuration().default('5m').describe('Range of the rate() windows in the queries (at least two scrape intervals).'),
    noTraffic: z
      .enum(['inconclusive', 'pass'])
      .default('inconclusive')
      .describe('A measurement with no canary requests: `inconclusive` (no evidence: after inconclusiveLimit the Rollout pauses for a person) or `pass`.'),
    maxErrorRatePercent: percent(1).describe('Largest share of the canary pods\' HTTP requests answered with a 5xx (app metrics contract; seed 001: 1 %).'),
    maxLatencyP95Seconds: z
      .number()
      .gt(0, { error: 'must be > 0' })
      .lt(LARGEST_HTTP_BUCKET_SECONDS, { error: `must be < ${LARGEST_HTTP_BUCKET_SECONDS}, the largest finite bucket of http_server_request_duration_seconds (histogram_quantile reports no more)` })
      .default(30)
      .describe('Largest p95 duration of the canary pods\' HTTP requests, websockets left out (seed 001: 30 s).'),
    llmProviderErrors: z
      .boolean()
      .default(true)
      .describe('Also gate on the LLM provider error rate of the canary pods (gen_ai_client_operation_duration_seconds from the app metrics contract).'),
    maxLlmErrorRatePercent: percent(5).describe('Largest share of the canary pods\' LLM API calls that fail with a 5xx, a timeout or a connection error.'),
  })
  .prefault({})
  .superRefine((a, ctx) => {
    // utils/analysis/factory.go ValidateMetric at v1.9.1: the AnalysisRun errs otherwise.
    if (a.count !== undefined && a.count < a.failureLimit + a.consecutiveSuccessLimit) {
      ctx.addIssue({ code: 'custom', path: ['count'], message: `must be >= failureLimit + consecutiveSuccessLimit (${a.failureLimit} + ${a.consecutiveSuccessLimit})` });
    }
    if (a.count !== undefined && a.count < a.inconclusiveLimit) {
      ctx.addIssue({ code: 'custom', path: ['count'], message: `must be >= inconclusiveLimit (${a.inconclusiveLimit})` });
    }
  })
  .describe('Background analysis of the canary (an AnalysisTemplate of Prometheus queries); a failed analysis aborts the Rollout, which scales the canary down.');

export const canary = z
  .strictObject({
    steps: z
      .array(step)
      .min(1, { error: 'must list at least one step' })
      .default([{ setWeight: 20, pause: '5m' }, { setWeight: 50, pause: '5m' }, { setWeight: 100 }])
      .describe('Canary steps, in order, each `{ setWeight, pause }`: `setWeight` 1-100, the percent of the replicas that run the new version (without traffic routing a share of pods); `pause` optional, a Go duration of whole seconds or `manual`. After the last step the Rollout is fully promoted.'),
    workloadScaleDown: z
      .enum(['onsuccess', 'progressively', 'never'])
      .default('onsuccess')
      .describe(
        'When Argo Rollouts scales the referenced Deployment to 0 (workloadRef.scaleDown): `onsuccess` once the Rollout\'s first revision is healthy, `progressively` as the Rollout\'s pods become ready, `never`.',
      ),
    progressDeadlineSeconds: positiveInt().default(600).describe('A canary whose pods are not ready within this many seconds aborts (progressDeadlineAbort): the canary is scaled down.'),
    analysis,
  })
  .prefault({})
  .superRefine((c, ctx) => {
    // The analysis starts after the step's weight is set (charts/delivery/analysis.ts
    // renderedStartingStep): the last step leaves nothing to analyse unless it pauses.
    if (c.steps.length === 0) return;
    const last = c.steps.length - 1;
    const limit = c.steps[last].pause === undefined ? last : c.steps.length;
    if (c.analysis.startingStep >= limit) {
      ctx.addIssue({ code: 'custom', path: ['analysis', 'startingStep'], message: `must be below ${limit}: a step followed by a pause or another step (there are ${c.steps.length} steps)` });
    }
  })
  .describe('Canary releases with Argo Rollouts v1.9.1 (used when `app.delivery` is `canary`; docs/delivery.md).');

export type CanaryConfig = z.output<typeof canary>;
