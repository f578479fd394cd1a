import { EnvironmentConfig, SEVERITY_BY_TIER } from '../../../config/schema';

// The building blocks of the alert rules: one alert's fields, and selectors that are
// always scoped to the environment's namespace (every environment's rules load into
// the same Prometheus, so an unscoped selector would alert on a neighbour).

export type Severity = 'critical' | 'warning' | 'info';

/**
 * How soon a person must act: `page` (now) or `ticket` (working hours). The severity label
 * comes from the environment's tier (config `monitoring.severity`), so dev never pages.
 */
export type Urgency = 'page' | 'ticket';

/** The alerts that need the app's metrics contract (docs/metrics.md) carry this label. */
export const CONTRACT_LABEL = { depends_on: 'app-metrics-contract' } as const;

export interface Alert {
  /** CamelCase alert name; docs/runbooks.md has a `## <alert>` section for it. */
  readonly alert: string;
  readonly expr: string;
  /** How long the expression must hold before the alert fires (Prometheus duration). */
  readonly for: string;
  readonly urgency: Urgency;
  /** One line; uses labels of the series, e.g. `{{ $labels.namespace }}`. */
  readonly summary: string;
  /** What is wrong, with the value and the threshold. */
  readonly description: string;
  /** Extra alert labels, e.g. `namespace` where the series' own one is not the environment's. */
  readonly labels?: Record<string, string>;
}

/** A recording rule: evaluated before the alerts of its group, which read it. */
export interface Recording {
  readonly record: string;
  readonly expr: string;
  readonly labels?: Record<string, string>;
}

/** One PrometheusRule object: one component's alerts in one group. */
export interface ComponentRules {
  /** PrometheusRule name and rule group name, e.g. `assistant`, `postgresql`. */
  readonly component: string;
  readonly recordings?: Recording[];
  readonly alerts: Alert[];
}

export type MonitoringConfig = EnvironmentConfig['monitoring'];

export interface RuleContext {
  readonly env: EnvironmentConfig;
  readonly namespace: string;
  readonly monitoring: MonitoringConfig;
  /** `metric{namespace="<ns>", <matchers>}`. */
  sel(metric: string, ...matchers: string[]): string;
  /** ingress-nginx request metrics of this environment's Ingresses (their namespace is in `ingressNamespaceLabel`). */
  ingressSel(metric: string, ...matchers: string[]): string;
  /** The severity label of an urgency in this environment. */
  severity(urgency: Urgency): Severity;
}

export function severityOf(env: EnvironmentConfig, urgency: Urgency): Severity {
  return env.monitoring.severity[urgency] ?? SEVERITY_BY_TIER[env.tier][urgency];
}

export function ruleContext(env: EnvironmentConfig): RuleContext {
  return {
    env,
    namespace: env.namespace,
    monitoring: env.monitoring,
    sel: (metric, ...matchers) => selector(metric, [`namespace="${env.namespace}"`, ...matchers]),
    ingressSel: (metric, ...matchers) => selector(metric, [`${env.monitoring.ingressNamespaceLabel}="${env.namespace}"`, ...matchers]),
    severity: (urgency) => severityOf(env, urgency),
  };
}

export function selector(metric: string, matchers: string[]): string {
  return `${metric}{${matchers.join(', ')}}`;
}

/** `a|b|c` as an anchored regex matcher, or an equality matcher for one value. */
export function oneOf(label: string, values: readonly string[]): string {
  return values.length === 1 ? `${label}="${values[0]}"` : `${label}=~"${values.join('|')}"`;
}

/** 80 -> 0.8, without binary floating-point noise (7 -> 0.07, not 0.07000000000000001). */
export function fraction(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

export function hoursToSeconds(hours: number): number {
  return Math.round(hours * 3600);
}

export function daysToSeconds(days: number): number {
  return Math.round(days * 86400);
}

/** Human form of a number of hours for annotations: 26 -> "26h", 194 -> "8d 2h". */
export function humanHours(hours: number): string {
  const d = Math.floor(hours / 24);
  const h = Number((hours - d * 24).toPrecision(6));
  if (d === 0) return `${h}h`;
  return h === 0 ? `${d}d` : `${d}d ${h}h`;
}
