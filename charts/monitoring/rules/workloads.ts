import { ComponentRules, fraction, RuleContext } from './promql';

/**
 * Every pod and container of the environment (app, PostgreSQL and its exporter, Chroma,
 * the backup and migration Jobs), from kube-state-metrics. Scoped by namespace, not by
 * name, so a new workload is covered without touching the rules. kube-prometheus-stack's
 * KubePodCrashLooping covers the same containers cluster-wide: docs/alertmanager.example.yaml
 * inhibits it where ContainerCrashLooping fires (docs/metrics.md, "Duplicates").
 */
export function workloadRules(ctx: RuleContext): ComponentRules {
  const { sel } = ctx;
  const t = ctx.monitoring.thresholds;
  return {
    component: 'workloads',
    alerts: [
      {
        alert: 'ContainerCrashLooping',
        // The waiting reason, not a restart count: once the kubelet's back-off reaches its
        // 5-minute cap, a steady crash loop restarts fewer than 3 times in 15 minutes. The
        // container runs briefly between waits; max_over_time bridges those gaps
        // (kubernetes-mixin KubePodCrashLooping).
        expr: `max_over_time(${sel('kube_pod_container_status_waiting_reason', 'reason="CrashLoopBackOff"')}[5m]) >= 1`,
        for: t.crashLoopFor,
        urgency: 'page',
        summary: 'Container {{ $labels.namespace }}/{{ $labels.pod }}/{{ $labels.container }} is crash looping.',
        description:
          `Container {{ $labels.container }} of pod {{ $labels.namespace }}/{{ $labels.pod }} has been waiting in CrashLoopBackOff for ${t.crashLoopFor}: ` +
          'it exits soon after each start and the kubelet restarts it with growing delays.',
      },
      {
        alert: 'ContainerOomKilled',
        expr: [
          `(${sel('kube_pod_container_status_last_terminated_reason', 'reason="OOMKilled"')} == 1)`,
          `and on (namespace, pod, container)`,
          `(increase(${sel('kube_pod_container_status_restarts_total')}[10m]) > 0)`,
        ].join('\n'),
        for: '1m',
        urgency: 'ticket',
        summary: 'Container {{ $labels.namespace }}/{{ $labels.pod }}/{{ $labels.container }} was OOM-killed.',
        description:
          'Container {{ $labels.container }} of pod {{ $labels.namespace }}/{{ $labels.pod }} restarted in the last 10 minutes after the kernel killed it ' +
          'for using more memory than its limit. Its in-flight work (sessions, queries, a backup) was lost.',
      },
      {
        alert: 'PodNotReady',
        // Pods of finished Jobs are not ready and never will be: only running pods count.
        expr: [
          `${sel('kube_pod_status_ready', 'condition="true"')} == 0`,
          `and on (namespace, pod)`,
          `${sel('kube_pod_status_phase', 'phase="Running"')} == 1`,
        ].join('\n'),
        for: t.podNotReadyFor,
        urgency: 'ticket',
        summary: 'Pod {{ $labels.namespace }}/{{ $labels.pod }} has not been ready for ' + t.podNotReadyFor + '.',
        description:
          `Pod {{ $labels.namespace }}/{{ $labels.pod }} has been running but not ready for ${t.podNotReadyFor}: its readiness probe fails, ` +
          'so its Service sends it no traffic and its workload runs with less capacity than desired.',
      },
      {
        alert: 'RolloutStuck',
        // The Deployment controller sets Progressing=False (ProgressDeadlineExceeded) once
        // a rollout has made no progress for progressDeadlineSeconds.
        expr: `${sel('kube_deployment_status_condition', 'condition="Progressing"', 'status="false"')} == 1`,
        for: '5m',
        urgency: 'ticket',
        summary: 'The rollout of Deployment {{ $labels.namespace }}/{{ $labels.deployment }} is stuck.',
        description:
          'Deployment {{ $labels.namespace }}/{{ $labels.deployment }} has exceeded its progress deadline: new pods do not become available ' +
          '(image pull, crash, failing probes or no room to schedule). The old pods still serve; the new version is not live.',
      },
      {
        alert: 'ResourceQuotaAlmostFull',
        expr: [
          `${sel('kube_resourcequota', 'type="used"')}`,
          `/ ignoring (type)`,
          `(${sel('kube_resourcequota', 'type="hard"')} > 0)`,
          `> ${fraction(t.resourceQuotaPercent)}`,
        ].join('\n'),
        for: '15m',
        urgency: 'ticket',
        summary: `ResourceQuota {{ $labels.namespace }}/{{ $labels.resourcequota }} is more than ${t.resourceQuotaPercent}% used for {{ $labels.resource }}.`,
        description:
          `{{ $labels.resource }} of ResourceQuota {{ $labels.namespace }}/{{ $labels.resourcequota }} is {{ $value | humanizePercentage }} used ` +
          `(threshold ${t.resourceQuotaPercent}%). When it is full, new pods (a rollout's surge, an HPA scale-up, a backup Job) are refused.`,
      },
    ],
  };
}
