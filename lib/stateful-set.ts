import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { claim, RETAIN_CLAIMS } from './storage';

export interface SingleInstanceStatefulSetProps {
  readonly name: string;
  /** The headless Service that gives the pod its stable DNS name. */
  readonly serviceName: string;
  readonly selector: Record<string, string>;
  readonly template: k8s.PodTemplateSpec;
  /** The `data` volume claim template, mounted by the template's containers as `data`. */
  readonly data: { readonly size: string; readonly storageClassName?: string };
}

/**
 * A one-replica StatefulSet with a `data` claim that survives the StatefulSet and any
 * scale-down (the stores here run a single instance; the caller says why at its call site).
 */
export function singleInstanceStatefulSet(scope: Construct, props: SingleInstanceStatefulSetProps): k8s.KubeStatefulSet {
  return new k8s.KubeStatefulSet(scope, 'statefulset', {
    metadata: { name: props.name },
    spec: {
      replicas: 1,
      serviceName: props.serviceName,
      selector: { matchLabels: props.selector },
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate' },
      persistentVolumeClaimRetentionPolicy: RETAIN_CLAIMS,
      template: props.template,
      volumeClaimTemplates: [claim({ name: 'data', size: props.data.size, storageClassName: props.data.storageClassName, labels: props.selector })],
    },
  });
}
