import { APP_NAME } from '../../app';
import { edgeMetrics } from './edge-metrics';
import { Alert, ComponentRules, fraction, Recording, RuleContext, Urgency } from './promql';

/**
 * Multi-window, multi-burn-rate alerts (Google SRE workbook, "Alerting on SLOs", table 5-8;
 * SPEC 2.10). A burn rate of 1 spends the whole error budget in the SLO window (30 days);
 * each pair fires when both its long and its short window burn faster than the factor:
 * the long window makes it significant, the short one makes it stop soon after the burn does.
 */
export const BURN_RATES: readonly { urgency: Urgency; long: string; short: string; factor: number }[] = [
  { urgency: 'page', long: '1h', short: '5m', factor: 14.4 },
  { urgency: 'page', long: '6h', short: '30m', factor: 6 },
  { urgency: 'ticket', long: '1d', short: '2h', factor: 3 },
  { urgency: 'ticket', long: '3d', short: '6h', factor: 1 },
];

/** Every window a recording rule is needed for. */
export const SLI_WINDOWS: readonly string[] = [...new Set(BURN_RATES.flatMap((b) => [b.short, b.long]))];

export interface Sli {
  /** `availability` or `latency`. */
  readonly slo: string;
  /** Capitalised for alert names. */
  readonly title: string;
  readonly objectivePercent: number;
  /** Ratio of bad requests over a window. */
  errorRatio(window: string): string;
}

/** Name of the recording rule of an SLI's error ratio over one window (Sloth's and Pyrra's naming style). */
export function sliRecord(slo: string, window: string): string {
  return `llm_stack:assistant_${slo}_errors:ratio_rate${window}`;
}

export function slis(ctx: RuleContext): Sli[] {
  const { slo } = ctx.monitoring;
  const edge = edgeMetrics(ctx.env, APP_NAME);
  return [
    {
      slo: 'availability',
      title: 'Availability',
      objectivePercent: slo.availabilityPercent,
      errorRatio: (w) =>
        `sum(rate(${edge.errors()}[${w}]))\n/\nsum(rate(${edge.requests()}[${w}]))`,
    },
    {
      slo: 'latency',
      title: 'Latency',
      objectivePercent: slo.latencyPercent,
      errorRatio: (w) =>
        `1 - (\n  sum(rate(${edge.bucket(slo.latencySeconds)}[${w}]))\n  /\n  sum(rate(${edge.count()}[${w}]))\n)`,
    },
  ];
}

/** The SLO rule group: the SLIs at every window, then the page and ticket alert of each SLO. */
export function sloRules(ctx: RuleContext): ComponentRules {
  const recordings: Recording[] = [];
  const alerts: Alert[] = [];
  for (const sli of slis(ctx)) {
    for (const w of SLI_WINDOWS) {
      recordings.push({ record: sliRecord(sli.slo, w), expr: sli.errorRatio(w), labels: { namespace: ctx.namespace, slo: sli.slo } });
    }
    const budget = fraction(100 - sli.objectivePercent);
    const over = (window: string, factor: number) =>
      `${ctx.sel(sliRecord(sli.slo, window), `slo="${sli.slo}"`)} > ${Number((factor * budget).toPrecision(12))}`;
    for (const urgency of ['page', 'ticket'] as const) {
      const pairs = BURN_RATES.filter((b) => b.urgency === urgency);
      const fast = urgency === 'page';
      alerts.push({
        alert: `Assistant${sli.title}BudgetBurn${fast ? 'Fast' : 'Slow'}`,
        expr: pairs.map((b) => `(\n  ${over(b.long, b.factor)}\n  and\n  ${over(b.short, b.factor)}\n)`).join('\nor\n'),
        for: fast ? '2m' : '15m',
        urgency,
        summary: `The assistant burns its ${sli.slo} error budget ${fast ? 'fast' : 'steadily'} in {{ $labels.namespace }}.`,
        description:
          `${sli.title} SLO ${sli.objectivePercent}% over ${ctx.monitoring.slo.windowDays} days: ` +
          pairs.map((b) => `${b.factor}x the sustainable error rate over ${b.long} and ${b.short}`).join(', or ') +
          `. {{ $value | humanizePercentage }} of the requests are bad (budget ${Number((100 - sli.objectivePercent).toPrecision(6))}%); ` +
          (fast ? 'at this rate the month\'s budget is gone within days.' : 'at this rate the budget is gone before the window ends.'),
      });
    }
  }
  return { component: 'slo', recordings, alerts };
}
