import { k8s } from 'cdk8s-plus-27';
import { EnvironmentConfig } from '../../config/schema';

/**
 * The label Argo Rollouts puts on every pod of a Rollout's ReplicaSets
 * (DefaultRolloutUniqueLabelKey, pkg/apis/rollouts/v1alpha1/types.go at v1.9.1).
 */
export const ROLLOUT_HASH_LABEL = 'rollouts-pod-template-hash';
/** The label the Deployment controller puts on its ReplicaSets' pods. */
export const DEPLOYMENT_HASH_LABEL = 'pod-template-hash';

export interface DeliveryProps {
  readonly env: EnvironmentConfig;
  /** Name of the Deployment (and of the Rollout in canary mode). */
  readonly name: string;
  /** Labels that select the app pods, of every version. */
  readonly selector: Record<string, string>;
  /**
   * The app's one pod template. `hashLabelKeys` are the labels that tell one ReplicaSet's pods
   * from another's, for topology spread `matchLabelKeys`: each mode's controller sets its own.
   */
  readonly podTemplate: (hashLabelKeys: readonly string[]) => k8s.PodTemplateSpec;
}

/** What the rest of the app chart needs from the workload. */
export interface Delivery {
  /** The object that owns the replica count: the HPA's scaleTargetRef. */
  readonly scaleTarget: k8s.CrossVersionObjectReference;
}

/**
 * A Kubernetes label name as Prometheus Operator writes it on a target from podTargetLabels:
 * every character outside [a-zA-Z0-9_] becomes `_` (sanitizeLabelName, pkg/prometheus/promcfg.go at prometheus-operator v0.93.0).
 */
export function prometheusLabelName(label: string): string {
  return label.replace(/[^a-zA-Z0-9_]/g, '_');
}
