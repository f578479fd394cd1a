import { APP_NAME } from '../../app';
import { Alert, ComponentRules, CONTRACT_LABEL, fraction, RuleContext, selector } from './promql';

/** ingress-nginx's request counter and latency histogram (catalogue: test/metrics-catalogue/ingress-nginx.yaml). */
export const NGINX_REQUESTS = 'nginx_ingress_controller_requests';
export const NGINX_DURATION = 'nginx_ingress_controller_request_duration_seconds';
/** Status codes that count as errors; `5..` also matches `5xx` (the controller's --report-status-classes). */
export const ERROR_STATUS = '5..';
/**
 * Websocket upgrades (101) are logged when the connection closes, with the session's
 * length as request time: Streamlit keeps one open per browser tab, so they are no latency.
 */
export const NOT_WEBSOCKET = 'status!="101"';

/**
 * The API Integration Assistant: what users see, from the ingress controller's request
 * metrics (Streamlit serves no Prometheus metrics of its own: docs/metrics.md), its pods'
 * resources (cAdvisor, kube-state-metrics) and whether Prometheus scrapes what the
 * other alerts need.
 */
export function assistantRules(ctx: RuleContext): ComponentRules {
  const { sel, ingressSel } = ctx;
  const { thresholds: t } = ctx.monitoring;
  const ingress = `ingress="${APP_NAME}"`;
  const container = `container="${APP_NAME}"`;
  const deployment = `deployment="${APP_NAME}"`;
  // Aggregated edge metrics lose the namespace label: the alerts set it for routing.
  const labels = { namespace: ctx.namespace };
  const controller = ctx.monitoring.ingressController;
  const controllerUp = selector('up', [`namespace="${controller.namespace}"`, `job="${controller.job}"`]);

  const alerts: Alert[] = [
    {
      alert: 'AssistantDown',
      expr: [
        `${sel('kube_deployment_status_replicas_available', deployment)} == 0`,
        `and on (namespace, deployment)`,
        `${sel('kube_deployment_spec_replicas', deployment)} > 0`,
      ].join('\n'),
      for: '5m',
      urgency: 'page',
      summary: 'The assistant has no available pod in {{ $labels.namespace }}.',
      description:
        'Deployment {{ $labels.namespace }}/{{ $labels.deployment }} has had no available replica for 5 minutes: every request to the app fails.',
    },
    {
      alert: 'AssistantHighLatencyP95',
      expr: [
        `histogram_quantile(0.95,`,
        `  sum by (le) (rate(${ingressSel(`${NGINX_DURATION}_bucket`, ingress, NOT_WEBSOCKET)}[5m]))`,
        `) > ${t.latencyP95Seconds}`,
      ].join('\n'),
      for: '10m',
      urgency: 'ticket',
      labels,
      summary: `Assistant p95 latency is above ${t.latencyP95Seconds}s in ${ctx.namespace}.`,
      description:
        `The 95th percentile of the assistant's request durations at the ingress controller in ${ctx.namespace} has been above ${t.latencyP95Seconds}s ` +
        'for 10 minutes; it is now {{ $value | humanizeDuration }}.',
    },
    {
      alert: 'AssistantHighErrorRate',
      expr: [
        `sum(rate(${ingressSel(NGINX_REQUESTS, ingress, `status=~"${ERROR_STATUS}"`)}[5m]))`,
        `/`,
        `sum(rate(${ingressSel(NGINX_REQUESTS, ingress)}[5m]))`,
        `> ${fraction(t.errorRatePercent)}`,
      ].join('\n'),
      for: '5m',
      urgency: 'page',
      labels,
      summary: `More than ${t.errorRatePercent}% of assistant requests fail in ${ctx.namespace}.`,
      description:
        `The ingress controller has answered {{ $value | humanizePercentage }} of the requests to Ingress ${ctx.namespace}/${APP_NAME} with a 5xx ` +
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
    {
      alert: 'AssistantRateLimitHitsHigh',
      // The Ingress's rate limit answers 429 (limit-req-status-code on the Ingress).
      expr: `sum(increase(${ingressSel(NGINX_REQUESTS, ingress, 'status="429"')}[1h])) > ${t.rateLimitHitsPerHour}`,
      for: '5m',
      urgency: 'ticket',
      labels,
      summary: `More than ${t.rateLimitHitsPerHour} requests per hour hit the assistant's rate limit in ${ctx.namespace}.`,
      description:
        `The Ingress rate limit of the assistant in ${ctx.namespace} refused {{ $value | printf "%.0f" }} requests in the last hour ` +
        `(threshold ${t.rateLimitHitsPerHour}). A client may be abusing the service, or the limit is too tight for real users.`,
    },
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
    {
      alert: 'IngressControllerMetricsAbsent',
      expr: `absent(${controllerUp} == 1)`,
      for: '15m',
      urgency: 'ticket',
      labels,
      summary: `Prometheus scrapes no ingress-nginx controller (alerts for ${ctx.namespace}).`,
      description:
        `For 15 minutes Prometheus has had no healthy target with job="${controller.job}" in namespace ${controller.namespace}. ` +
        'The latency, error-rate, rate-limit and SLO alerts of the assistant read its metrics and are blind until it is scraped.',
    },
  ];
  return { component: 'assistant', alerts };
}
