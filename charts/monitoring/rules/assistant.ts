import { APP_NAME } from '../../app';
import { Alert, ComponentRules, fraction, RuleContext } from './promql';

/**
 * The API Integration Assistant: user-facing latency and errors (from the app's own
 * /metrics), its pods' resources and restarts (cAdvisor, kube-state-metrics) and scaling.
 */
export function assistantRules(ctx: RuleContext): ComponentRules {
  const { sel } = ctx;
  const { thresholds: t, metrics: m } = ctx.monitoring;
  // The app's metrics carry job="<Service name>" (the ServiceMonitor's default job label).
  const scraped = `job="${APP_NAME}"`;
  const container = `container="${APP_NAME}"`;
  const deployment = `deployment="${APP_NAME}"`;
  const hpa = `horizontalpodautoscaler="${APP_NAME}"`;

  const alerts: Alert[] = [
    {
      alert: 'AssistantDown',
      expr: [
        `${sel('kube_deployment_status_replicas_available', deployment)} == 0`,
        `and on (namespace, deployment)`,
        `${sel('kube_deployment_spec_replicas', deployment)} > 0`,
      ].join('\n'),
      for: '5m',
      severity: 'critical',
      summary: 'The assistant has no available pod in {{ $labels.namespace }}.',
      description:
        'Deployment {{ $labels.namespace }}/{{ $labels.deployment }} has had no available replica for 5 minutes: every request to the app fails.',
    },
    {
      alert: 'AssistantHighLatencyP95',
      expr: [
        `histogram_quantile(0.95,`,
        `  sum by (namespace, le) (rate(${sel(`${m.requestDuration}_bucket`, scraped)}[5m]))`,
        `) > ${t.latencyP95Seconds}`,
      ].join('\n'),
      for: '10m',
      severity: 'warning',
      summary: `Assistant p95 latency is above ${t.latencyP95Seconds}s in {{ $labels.namespace }}.`,
      description:
        `The 95th percentile of request durations of the assistant in {{ $labels.namespace }} has been above ${t.latencyP95Seconds}s ` +
        'for 10 minutes; it is now {{ $value | humanizeDuration }}.',
    },
    {
      alert: 'AssistantHighErrorRate',
      expr: [
        `sum by (namespace) (rate(${sel(m.requests, scraped, `${m.statusLabel}=~"${m.errorStatusRegex}"`)}[5m]))`,
        `/`,
        `sum by (namespace) (rate(${sel(m.requests, scraped)}[5m]))`,
        `> ${fraction(t.errorRatePercent)}`,
      ].join('\n'),
      for: '5m',
      severity: 'critical',
      summary: `More than ${t.errorRatePercent}% of assistant requests fail in {{ $labels.namespace }}.`,
      description:
        `{{ $value | humanizePercentage }} of the assistant's requests in {{ $labels.namespace }} have been answered with a ` +
        `${m.statusLabel} matching "${m.errorStatusRegex}" for 5 minutes (threshold ${t.errorRatePercent}%).`,
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
      severity: 'warning',
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
      severity: 'warning',
      summary: `Assistant pod {{ $labels.namespace }}/{{ $labels.pod }} uses more than ${t.memoryPercentOfLimit}% of its memory limit.`,
      description:
        `The working set of pod {{ $labels.namespace }}/{{ $labels.pod }} has been {{ $value | humanizePercentage }} of its memory limit ` +
        `for 5 minutes (threshold ${t.memoryPercentOfLimit}%). At 100% the kernel OOM-kills the container and drops its sessions.`,
    },
    {
      alert: 'AssistantRateLimitHitsHigh',
      expr: `sum by (namespace) (increase(${sel(m.rateLimitHits, scraped)}[1h])) > ${t.rateLimitHitsPerHour}`,
      for: '5m',
      severity: 'warning',
      summary: `More than ${t.rateLimitHitsPerHour} requests per hour hit the assistant's rate limit in {{ $labels.namespace }}.`,
      description:
        'The rate limiter of the assistant in {{ $labels.namespace }} refused {{ $value | printf "%.0f" }} requests in the last hour ' +
        `(threshold ${t.rateLimitHitsPerHour}). A client may be abusing the service, or the limit is too tight for real users.`,
    },
    {
      alert: 'AssistantCrashLooping',
      expr: `increase(${sel('kube_pod_container_status_restarts_total', container)}[15m]) >= ${t.crashLoopRestarts}`,
      for: '5m',
      severity: 'warning',
      summary: 'Assistant container {{ $labels.namespace }}/{{ $labels.pod }} is restarting repeatedly.',
      description:
        'Container {{ $labels.container }} of pod {{ $labels.namespace }}/{{ $labels.pod }} restarted {{ $value | printf "%.0f" }} times ' +
        `in the last 15 minutes (threshold ${t.crashLoopRestarts}).`,
    },
  ];

  if (ctx.env.app.autoscaling.enabled) {
    alerts.push({
      alert: 'AssistantHpaAtMaxReplicas',
      expr: [
        sel('kube_horizontalpodautoscaler_status_current_replicas', hpa),
        `>=`,
        sel('kube_horizontalpodautoscaler_spec_max_replicas', hpa),
      ].join('\n'),
      for: '15m',
      severity: 'warning',
      summary: 'The assistant HPA in {{ $labels.namespace }} has run at its maximum replicas for 15 minutes.',
      description:
        'HorizontalPodAutoscaler {{ $labels.namespace }}/{{ $labels.horizontalpodautoscaler }} has run {{ $value }} replicas, its maximum, ' +
        'for 15 minutes. It cannot add capacity: latency and errors will grow with load.',
    });
  }

  alerts.push({
    alert: 'AssistantReplicasMismatch',
    expr: [sel('kube_deployment_spec_replicas', deployment), `>`, sel('kube_deployment_status_replicas_available', deployment)].join('\n'),
    for: '15m',
    severity: 'warning',
    summary: 'The assistant in {{ $labels.namespace }} has fewer available replicas than desired.',
    description:
      'Deployment {{ $labels.namespace }}/{{ $labels.deployment }} has had fewer available replicas than its desired {{ $value }} for 15 minutes. ' +
      'Pods cannot be scheduled, do not become ready, or a rollout is stuck.',
  });

  return { component: 'assistant', alerts };
}
