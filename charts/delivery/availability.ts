// "The app has no available pod" (alert AssistantDown) for each delivery mode, as PromQL over
// kube-state-metrics v2.13.0 (test/metrics-catalogue/kube-state-metrics.yaml).

/** `metric{namespace="<ns>", <matchers>}`. */
export type Selector = (metric: string, ...matchers: string[]) => string;

export interface AppDownRule {
  readonly expr: string;
  readonly description: string;
}

/** Rolling: the Deployment's available replicas, while it wants some. */
export function deploymentDown(sel: Selector, name: string): AppDownRule {
  const deployment = `deployment="${name}"`;
  return {
    expr: [
      `${sel('kube_deployment_status_replicas_available', deployment)} == 0`,
      `and on (namespace, deployment)`,
      `${sel('kube_deployment_spec_replicas', deployment)} > 0`,
    ].join('\n'),
    description: 'Deployment {{ $labels.namespace }}/{{ $labels.deployment }} has had no available replica for 5 minutes: every request to the app fails.',
  };
}

/**
 * Canary: the Deployment runs no pods, and kube-state-metrics has no Rollout metrics. The pods
 * of the Rollout (and of the Deployment, before the switch scales it down) belong to
 * ReplicaSets named `<name>-<pod template hash>`: the ready ones among them, or none at all when
 * the app should run some (`expectsPods`).
 */
export function rolloutDown(sel: Selector, name: string, expectsPods: boolean): AppDownRule {
  const owner = sel('kube_pod_owner', 'owner_kind="ReplicaSet"', `owner_name=~"${name}-[a-z0-9]+"`);
  const ready = [`sum by (namespace) (`, `  ${sel('kube_pod_status_ready', 'condition="true"')}`, `  * on (namespace, pod) group_left ()`, `  ${owner}`, `) == 0`];
  return {
    expr: [...ready, ...(expectsPods ? [`or`, `sum by (namespace) (absent(${owner}))`] : [])].join('\n'),
    description: `Rollout {{ $labels.namespace }}/${name} has had no ready pod for 5 minutes: every request to the app fails.`,
  };
}
