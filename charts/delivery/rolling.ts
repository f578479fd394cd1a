import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { appDeployment } from './deployment';
import { DEPLOYMENT_HASH_LABEL, Delivery, DeliveryProps } from './types';

/** `app.delivery: rolling`: the Deployment's own rolling update replaces the pods one by one. */
export class RollingDelivery extends Construct implements Delivery {
  readonly scaleTarget: k8s.CrossVersionObjectReference;

  constructor(scope: Construct, id: string, props: DeliveryProps) {
    super(scope, id);
    const { app } = props.env;
    const deployment = appDeployment(this, {
      ...props,
      // An HPA owns the replica count; setting it here would fight the HPA on every sync.
      replicas: app.autoscaling.enabled ? undefined : app.replicas,
      hashLabelKeys: [DEPLOYMENT_HASH_LABEL],
    });
    this.scaleTarget = { apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.name };
  }
}
