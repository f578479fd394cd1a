import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import type { DeliveryProps } from './types';

export interface AppDeploymentProps extends DeliveryProps {
  /** @default - none: an HPA or Argo Rollouts owns the count */
  readonly replicas?: number;
  /** Labels that tell one ReplicaSet's pods from another's (topology spread matchLabelKeys). */
  readonly hashLabelKeys: readonly string[];
}

/** The app Deployment: rolling updates that never take a serving pod away before its successor is ready. */
export function appDeployment(scope: Construct, props: AppDeploymentProps): k8s.KubeDeployment {
  return new k8s.KubeDeployment(scope, 'deployment', {
    metadata: { name: props.name },
    spec: {
      replicas: props.replicas,
      revisionHistoryLimit: 5,
      selector: { matchLabels: props.selector },
      strategy: {
        type: 'RollingUpdate',
        rollingUpdate: { maxSurge: k8s.IntOrString.fromNumber(1), maxUnavailable: k8s.IntOrString.fromNumber(0) },
      },
      template: props.podTemplate(props.hashLabelKeys),
    },
  });
}
