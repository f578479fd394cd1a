import { CanaryConfig } from '../../config/canary';
import { EnvironmentConfig } from '../../config/schema';
import { APP_NAME } from '../app';
import { GEN_AI_DURATION, HTTP_SERVER_DURATION, LLM_ERROR_TYPES } from '../monitoring/contract';
import { fraction } from '../monitoring/rules/promql';
import { prometheusLabelName, ROLLOUT_HASH_LABEL } from './types';

// The canary's analysis: Prometheus queries over the canary pods' own series (the app metrics
// contract, docs/metrics.md), told apart from the stable pods' by the ReplicaSet hash label that
// the ServiceMonitor copies onto every target (podTargetLabels). The ingress controller's
// metrics cannot be used: without traffic routing both versions sit behind one Service, and
// ingress-nginx does not label a request with the pod that answered it.

/** The AnalysisTemplate argument that carries the canary ReplicaSet's hash. */
export const CANARY_HASH_ARG = 'canary-hash';

export interface CanaryMetric {
  /** Metric name in the AnalysisRun. */
  readonly name: string;
  /** PromQL with `{{args.canary-hash}}` in place of the canary's hash. */
  readonly query: string;
  /** A measurement above this fails. */
  readonly max: number;
  readonly successCondition: string;
  readonly failureCondition: string;
}

/**
 * Conditions over the Prometheus provider's `result`, an array of the vector's values
 * (metricproviders/prometheus/prometheus.go processResponse at v1.9.1). No canary requests
 * give an empty vector or NaN (0/0), which satisfies neither condition unless `noTraffic` is
 * `pass`: the measurement is Inconclusive (utils/evaluate/evaluate.go EvaluateResult). The
 * `len(result) > 0 &&` guard is the form docs/features/analysis.md ("Empty array") shows.
 */
export function conditions(max: number, noTraffic: CanaryConfig['analysis']['noTraffic']): { successCondition: string; failureCondition: string } {
  return {
    successCondition: noTraffic === 'pass' ? `len(result) == 0 || isNaN(result[0]) || result[0] <= ${max}` : `len(result) > 0 && result[0] <= ${max}`,
    failureCondition: `len(result) > 0 && result[0] > ${max}`,
  };
}

/** The queries and thresholds of the canary analysis of `env`. */
export function canaryMetrics(env: EnvironmentConfig): CanaryMetric[] {
  const a = env.app.canary.analysis;
  const sel = (name: string, ...matchers: string[]) =>
    `${name}{${[`namespace="${env.namespace}"`, `job="${APP_NAME}"`, `${prometheusLabelName(ROLLOUT_HASH_LABEL)}="{{args.${CANARY_HASH_ARG}}}"`, ...matchers].join(', ')}}`;
  const rate = (name: string, ...matchers: string[]) => `sum(rate(${sel(name, ...matchers)}[${a.window}]))`;
  // `or vector(0)`: no failed request at all is a ratio of 0, not an empty answer.
  const ratio = (name: string, bad: string) => `(\n  ${rate(name, bad)}\n  or vector(0)\n)\n/\n${rate(name)}`;
  const metric = (name: string, query: string, max: number): CanaryMetric => ({ name, query, max, ...conditions(max, a.noTraffic) });
  const metrics = [
    metric('error-rate', ratio(`${HTTP_SERVER_DURATION}_count`, 'http_response_status_code=~"5.."'), fraction(a.maxErrorRatePercent)),
    metric(
      'latency-p95',
      `histogram_quantile(0.95,\n  sum by (le) (rate(${sel(`${HTTP_SERVER_DURATION}_bucket`, 'http_response_status_code!="101"')}[${a.window}]))\n)`,
      a.maxLatencyP95Seconds,
    ),
  ];
  if (a.llmProviderErrors) {
    metrics.push(metric('llm-provider-error-rate', ratio(`${GEN_AI_DURATION}_count`, `error_type=~"${LLM_ERROR_TYPES}"`), fraction(a.maxLlmErrorRatePercent)));
  }
  return metrics;
}

/**
 * The index in the Rollout's rendered steps at which the background analysis starts: right
 * after the setWeight of config step `startingStep`, once that weight's pods are ready (a
 * config step renders as setWeight, then pause when it has one).
 */
export function renderedStartingStep(canary: CanaryConfig): number {
  const before = canary.steps.slice(0, canary.analysis.startingStep).reduce((n, s) => n + (s.pause === undefined ? 1 : 2), 0);
  return before + 1;
}
