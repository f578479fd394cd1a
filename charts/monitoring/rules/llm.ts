import { APP_NAME } from '../../app';
import { GEN_AI_DURATION, GEN_AI_TOKENS, LLM_ERROR_TYPES } from '../contract';
import { Alert, ComponentRules, CONTRACT_LABEL, fraction, RuleContext } from './promql';

/**
 * The app's LLM API calls, from the app metrics contract (charts/monitoring/contract.ts,
 * docs/metrics.md): OpenTelemetry GenAI client metrics as Prometheus names. Every alert
 * here carries `depends_on: app-metrics-contract`; AssistantMetricsTargetDown says when
 * they are blind.
 */
export function llmRules(ctx: RuleContext): ComponentRules {
  const { sel } = ctx;
  const t = ctx.monitoring.thresholds;
  const job = `job="${APP_NAME}"`;
  const labels = { ...CONTRACT_LABEL };
  const by = 'namespace, gen_ai_provider_name';
  const calls = (...m: string[]) => `sum by (${by}) (rate(${sel(`${GEN_AI_DURATION}_count`, job, ...m)}[10m]))`;
  const alerts: Alert[] = [
    {
      alert: 'LlmProviderRateLimited',
      expr: `${calls('error_type="429"')}\n/\n${calls()}\n> ${fraction(t.llmRateLimitedPercent)}`,
      for: '10m',
      urgency: 'ticket',
      labels,
      summary: `The LLM provider {{ $labels.gen_ai_provider_name }} rate-limits more than ${t.llmRateLimitedPercent}% of the calls in {{ $labels.namespace }}.`,
      description:
        `{{ $value | humanizePercentage }} of the assistant's calls to {{ $labels.gen_ai_provider_name }} in {{ $labels.namespace }} have been answered 429 for 10 minutes ` +
        `(threshold ${t.llmRateLimitedPercent}%). The account's request or token quota is too small for the load, or a fallback provider is needed.`,
    },
    {
      alert: 'LlmProviderErrors',
      expr: `${calls(`error_type=~"${LLM_ERROR_TYPES}"`)}\n/\n${calls()}\n> ${fraction(t.llmErrorRatePercent)}`,
      for: '10m',
      urgency: 'page',
      labels,
      summary: `More than ${t.llmErrorRatePercent}% of the calls to LLM provider {{ $labels.gen_ai_provider_name }} fail in {{ $labels.namespace }}.`,
      description:
        `{{ $value | humanizePercentage }} of the assistant's calls to {{ $labels.gen_ai_provider_name }} in {{ $labels.namespace }} have failed with a 5xx, a timeout or a ` +
        `connection error for 10 minutes (threshold ${t.llmErrorRatePercent}%; 429s are LlmProviderRateLimited). Users get no answers.`,
    },
    {
      alert: 'LlmHighLatency',
      expr: `histogram_quantile(0.95,\n  sum by (${by}, le) (rate(${sel(`${GEN_AI_DURATION}_bucket`, job)}[10m]))\n) > ${t.llmLatencyP95Seconds}`,
      for: '15m',
      urgency: 'ticket',
      labels,
      summary: `LLM provider {{ $labels.gen_ai_provider_name }} p95 latency is above ${t.llmLatencyP95Seconds}s in {{ $labels.namespace }}.`,
      description:
        `The 95th percentile of the assistant's calls to {{ $labels.gen_ai_provider_name }} in {{ $labels.namespace }} has been above ${t.llmLatencyP95Seconds}s for 15 minutes; ` +
        'it is now {{ $value | humanizeDuration }}. Answers take that long before the app has even rendered them.',
    },
    {
      alert: 'LlmTokenBudgetAtRisk',
      // Tokens used since 00:00 UTC plus the last hour's pace until midnight. The day's use is
      // the counter now minus its value at midnight, which a subquery finds: the last sample
      // of the day's first five minutes (the subquery step).
      expr: [
        `(`,
        `  sum by (namespace) (${sel(`${GEN_AI_TOKENS}_sum`, job)})`,
        `  - sum by (namespace) (last_over_time((${sel(`${GEN_AI_TOKENS}_sum`, job)} and on () (vector(time() % 86400) < 300))[1d:5m]))`,
        `)`,
        `+`,
        `sum by (namespace) (rate(${sel(`${GEN_AI_TOKENS}_sum`, job)}[1h])) * (86400 - time() % 86400)`,
        `> ${t.llmTokenBudgetPerDay}`,
      ].join('\n'),
      for: '15m',
      urgency: 'ticket',
      labels,
      summary: 'The assistant is on course to exceed its daily LLM token budget in {{ $labels.namespace }}.',
      description:
        `Tokens used today (UTC) plus the last hour's pace until midnight come to {{ $value | humanize }}, more than the budget of ${t.llmTokenBudgetPerDay} tokens a day. ` +
        'Costs overrun unless traffic drops, the cache serves more, or a cheaper model takes over.',
    },
  ];
  return { component: 'llm', alerts };
}
