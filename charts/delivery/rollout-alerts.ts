import { EnvironmentConfig } from '../../config/schema';
import { oneOf, selector } from '../monitoring/rules/promql';
import type { ComponentRules } from '../monitoring/rules/promql';

// Canary mode's own alerts, from the Argo Rollouts controller's metrics (v1.9.1,
// controller/metrics/prommetrics.go and rollouts.go; catalogue:
// test/metrics-catalogue/argo-rollouts.yaml). kube-state-metrics has no Rollout metrics, and
// the Deployment that the Rollout references runs no pods, so RolloutStuck (Deployment
// conditions) never sees a failed canary.

/**
 * The phases of `rollout_info` (calculatePhase, controller/metrics/rollouts.go v1.9.1) in which
 * the new version is not live and will not become live by itself: Abort (an analysis failed,
 * or someone aborted: traffic is back on the stable version), Timeout (progressDeadlineSeconds
 * passed without progress), Error (a ReplicaSet could not be created), InvalidSpec.
 */
export const FAILED_PHASES = ['Abort', 'Timeout', 'Error', 'InvalidSpec'] as const;

/** `metric{<argoRolloutsNamespaceLabel>="<namespace>", name="<name>", <matchers>}`: a series of the environment's Rollout. */
function rolloutSel(env: EnvironmentConfig, name: string, metric: string, ...matchers: string[]): string {
  return selector(metric, [`${env.monitoring.argoRolloutsNamespaceLabel}="${env.namespace}"`, `name="${name}"`, ...matchers]);
}

export function rolloutRules(env: EnvironmentConfig, name: string): ComponentRules {
  const { monitoring: m, namespace } = env;
  // The series' own namespace label is the controller's (or exported_namespace): routing needs the environment's.
  const labels = { namespace };
  return {
    component: 'delivery',
    alerts: [
      {
        alert: 'AssistantRolloutFailed',
        // Every controller replica may serve the metric: one series per phase.
        expr: `max by (name, phase) (${rolloutSel(env, name, 'rollout_info', oneOf('phase', FAILED_PHASES))}) == 1`,
        for: '1m',
        urgency: 'ticket',
        labels,
        summary: `The canary of Rollout ${namespace}/{{ $labels.name }} failed ({{ $labels.phase }}).`,
        description:
          `Rollout ${namespace}/{{ $labels.name }} is in phase {{ $labels.phase }}: its new version is not live and will not go live by itself ` +
          '(Abort: an analysis failed or someone aborted, and traffic is back on the stable version; Timeout: no progress within progressDeadlineSeconds; ' +
          'Error: a ReplicaSet could not be created; InvalidSpec: the Rollout is invalid). The stable version still serves.',
      },
      {
        alert: 'ArgoRolloutsMetricsAbsent',
        // The Rollout's own series, not the controller's `up`: a namespace label that does not
        // match the ServiceMonitor's honorLabels blinds the alert above as much as no scrape.
        expr: `absent(${rolloutSel(env, name, 'rollout_info')})`,
        for: '15m',
        urgency: 'ticket',
        labels,
        summary: `Prometheus has no Argo Rollouts metrics of Rollout ${namespace}/${name}.`,
        description:
          `For 15 minutes Prometheus has had no rollout_info series with ${m.argoRolloutsNamespaceLabel}="${namespace}" and name="${name}": ` +
          'the Argo Rollouts controller (Service argo-rollouts-metrics) is not scraped, or its ServiceMonitor\'s honorLabels does not match ' +
          'monitoring.argoRolloutsNamespaceLabel. AssistantRolloutFailed reads that metric and is blind until then.',
      },
    ],
  };
}

/** The Rollout's available and desired replicas (rollout_info_replicas_*; one series per controller replica, so max). */
export function rolloutReplicas(env: EnvironmentConfig, name: string): { available: string; desired: string } {
  return { available: `max(${rolloutSel(env, name, 'rollout_info_replicas_available')})`, desired: `max(${rolloutSel(env, name, 'rollout_info_replicas_desired')})` };
}
