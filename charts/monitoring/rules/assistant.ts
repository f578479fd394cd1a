import { APP_NAME } from '../../app';
import { appDownRule } from '../../delivery';
import { EdgeMetrics, edgeMetrics, ENVOY_REQUESTS } from './edge-metrics';
import { Alert, ComponentRules, CONTRACT_LABEL, fraction, RuleContext } from './promql';

export { ERROR_STATUS, NGINX_DURATION, NGINX_REQUESTS, NOT_WEBSOCKET } from './edge-metrics';

/**
 * The API Integration Assistant: what users see, from the ingress controller's request
 * metrics (Streamlit serves no Prometheus metrics of its own: docs/metrics.md), its pods'
 * resources (cAdvisor, kube-state-metrics) and whether Prometheus scrapes what the
 * other alerts need.
 */
export function assistantRules(ctx: RuleContext): ComponentRules {
  const { sel } = ctx;
  const { thresholds: t } = ctx.monitoring;
  const edge = edgeMetrics(ctx.env, APP_NAME);
  const nginx = ctx.env.edge.kind === 'ingress-nginx';
  const container = `container="${APP_NAME}"`;
  const down = appDownRule(ctx.env, sel, APP_NAME);
  // Aggregated edge metrics lose the namespace label: the alerts set it for routing.
  const labels = { namespace: ctx.namespace };

  const alerts: Alert[] = [
    {
      alert: 'AssistantDown',
      // The Deployment's replicas, or in canary mode the Rollout's pods (charts/delivery/).
      expr: down.expr,
      for: '5m',
      urgency: 'page',
      summary: 'The assistant has no available pod in {{ $labels.namespace }}.',
      description: down.description,
    },
    {
      alert: 'AssistantHighLatencyP95',
      expr: [
        `histogram_quantile(0.95,`,
        `  sum by (le) (rate(${edge.bucket()}[5m]))`,
        `)${edge.toSeconds} > ${t.latencyP95Seconds}`,
      ].join('\n'),
      for: '10m',
      urgency: 'ticket',
      labels,
      summary: `Assistant p95 latency is above ${t.latencyP95Seconds}s in ${ctx.namespace}.`,
      description:
        `The 95th percentile of the assistant's request durations at ${edge.where} in ${ctx.namespace} has been above ${t.latencyP95Seconds}s ` +
        'for 10 minutes; it is now {{ $value | humanizeDuration }}.',
    },
    {
      alert: 'AssistantHighErrorRate',
      expr: [
        `sum(rate(${edge.errors()}[5m]))`,
        `/`,
        `sum(rate(${edge.requests()}[5m]))`,
        `> ${fraction(t.errorRatePercent)}`,
      ].join('\n'),
      for: '5m',
      urgency: 'page',
      labels,
      summary: `More than ${t.errorRatePercent}% of assistant requests fail in ${ctx.namespace}.`,
      description:
        `${nginx ? 'The ingress controller has' : 'The Gateway\'s Envoy proxies have'} answered {{ $value | humanizePercentage }} of the requests to ${nginx ? 'Ingress' : 'HTTPRoute'} ${ctx.namespace}/${APP_NAME} with a 5xx ` +
        `for 5 minutes (threshold ${t.errorRatePercent}%).`,
    },
    {
      alert: 'AssistantHighCpu',
      expr: [
        `sum by (namespace, pod) (rate(${sel('container_cpu_usage_seconds_total', container, 'image!=""')}[5m]))`,
        `/`,
        `sum by (namespace, pod) (${sel('kube_pod_container_resource_limits', container, 'resource="cpu"')})`,
        `> ${fraction(t.cpuPercentOfLimit)}`,
      ].join('\n'),
      for: t.cpuFor,
      urgency: 'ticket',
      summary: `Assistant pod {{ $labels.namespace }}/{{ $labels.pod }} uses more than ${t.cpuPercentOfLimit}% of its CPU limit.`,
      description:
        `Pod {{ $labels.namespace }}/{{ $labels.pod }} has used {{ $value | humanizePercentage }} of its CPU limit for ${t.cpuFor} ` +
        `(threshold ${t.cpuPercentOfLimit}%). It is being throttled or close to it, which slows every answer it serves.`,
    },
    {
      alert: 'AssistantHighMemory',
      expr: [
        `max by (namespace, pod) (${sel('container_memory_working_set_bytes', container, 'image!=""')})`,
        `/`,
        `max by (namespace, pod) (${sel('kube_pod_container_resource_limits', container, 'resource="memory"')})`,
        `> ${fraction(t.memoryPercentOfLimit)}`,
      ].join('\n'),
      for: '5m',
      urgency: 'ticket',
      summary: `Assistant pod {{ $labels.namespace }}/{{ $labels.pod }} uses more than ${t.memoryPercentOfLimit}% of its memory limit.`,
      description:
        `The working set of pod {{ $labels.namespace }}/{{ $labels.pod }} has been {{ $value | humanizePercentage }} of its memory limit ` +
        `for 5 minutes (threshold ${t.memoryPercentOfLimit}%). At 100% the kernel OOM-kills the container and drops its sessions.`,
    },
    // Where the rate limit's refusals are counted per route (ingress-nginx), they have an alert;
    // Envoy's local rate limit refuses before any cluster sees the request (docs/edge.md).
    ...(edge.rateLimited ? [rateLimitAlert(ctx, edge.rateLimited, labels)] : []),
    {
      alert: 'AssistantMetricsTargetDown',
      // up == 0: scraped but failing; absent: no target at all (no ServiceMonitor selected,
      // or the app does not serve the metrics contract's port).
      expr: [`${sel('up', `job="${APP_NAME}"`)} == 0`, `or`, `absent(${sel('up', `job="${APP_NAME}"`)})`].join('\n'),
      for: '15m',
      urgency: 'ticket',
      labels: { ...CONTRACT_LABEL },
      summary: 'Prometheus cannot scrape the assistant\'s metrics in {{ $labels.namespace }}.',
      description:
        `For 15 minutes Prometheus has had no working target for the assistant's metrics port in {{ $labels.namespace }} (job ${APP_NAME}). ` +
        'The LLM alerts, which read the app metrics contract, are blind until it is fixed.',
    },
    edgeAbsentAlert(ctx, edge, labels),
  ];
  return { component: 'assistant', alerts };
}

/** More 429s from the Ingress rate limit than the threshold, in the last hour. */
function rateLimitAlert(ctx: RuleContext, rateLimited: string, labels: Record<string, string>): Alert {
  const { thresholds: t } = ctx.monitoring;
  return {
    alert: 'AssistantRateLimitHitsHigh',
    // The Ingress's rate limit answers 429 (limit-req-status-code on the Ingress).
    expr: `sum(increase(${rateLimited}[1h])) > ${t.rateLimitHitsPerHour}`,
    for: '5m',
    urgency: 'ticket',
    labels,
    summary: `More than ${t.rateLimitHitsPerHour} requests per hour hit the assistant's rate limit in ${ctx.namespace}.`,
    description:
      `The Ingress rate limit of the assistant in ${ctx.namespace} refused {{ $value | printf "%.0f" }} requests in the last hour ` +
      `(threshold ${t.rateLimitHitsPerHour}). A client may be abusing the service, or the limit is too tight for real users.`,
  };
}

/** No edge metrics at all: the request alerts and the SLOs would be blind. */
function edgeAbsentAlert(ctx: RuleContext, edge: EdgeMetrics, labels: Record<string, string>): Alert {
  const controller = ctx.monitoring.ingressController;
  const nginx = ctx.env.edge.kind === 'ingress-nginx';
  return {
    alert: 'IngressControllerMetricsAbsent',
    expr: edge.absent,
    for: '15m',
    urgency: 'ticket',
    labels,
    summary: nginx ? `Prometheus scrapes no ingress-nginx controller (alerts for ${ctx.namespace}).` : `Prometheus has no Envoy stats of the assistant's HTTPRoute (alerts for ${ctx.namespace}).`,
    description: nginx
      ? `For 15 minutes Prometheus has had no healthy target with job="${controller.job}" in namespace ${controller.namespace}. ` +
        'The latency, error-rate, rate-limit and SLO alerts of the assistant read its metrics and are blind until it is scraped.'
      : `For 15 minutes Prometheus has had no ${ENVOY_REQUESTS} series of HTTPRoute ${ctx.namespace}/${APP_NAME}: the Gateway's Envoy proxies are not scraped, or the route is not attached. ` +
        'The latency, error-rate and SLO alerts of the assistant read them and are blind until then.',
  };
}
