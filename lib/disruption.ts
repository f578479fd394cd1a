import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';

/**
 * A PodDisruptionBudget that bounds voluntary evictions. Unhealthy pods may always be
 * evicted, so a crash-looping pod never blocks a node drain.
 */
export function disruptionBudget(scope: Construct, name: string, selector: Record<string, string>, maxUnavailable: number): k8s.KubePodDisruptionBudget {
  return new k8s.KubePodDisruptionBudget(scope, 'pdb', {
    metadata: { name },
    spec: {
      maxUnavailable: k8s.IntOrString.fromNumber(maxUnavailable),
      selector: { matchLabels: selector },
      unhealthyPodEvictionPolicy: 'AlwaysAllow',
    },
  });
}
