import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { RollingDelivery } from './rolling';
import type { CanaryDelivery } from './canary';
import { AppDownRule, deploymentDown, rolloutDown, Selector } from './availability';
import { selector } from '../monitoring/rules/promql';
import type { ComponentRules } from '../monitoring/rules/promql';
import { rolloutReplicas, rolloutRules } from './rollout-alerts';
import { Delivery, DeliveryProps, ROLLOUT_HASH_LABEL } from './types';

export * from './types';

// How a new app version replaces the old one (`app.delivery`), chosen here and nowhere else:
// `rolling`, a Deployment rolling update; `canary`, an Argo Rollouts v1.9.1 Rollout that
// references the same Deployment (workloadRef) and is gated by Prometheus analysis.

/**
 * The workload of the environment's delivery mode, added to `scope` as construct `delivery`.
 * The canary construct (and the 1 MB Argo Rollouts classes) are loaded only where it is used.
 */
export function addDelivery(scope: Construct, props: DeliveryProps): Delivery {
  switch (props.env.app.delivery) {
    case 'rolling':
      return new RollingDelivery(scope, 'delivery', props);
    case 'canary': {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const canary: { CanaryDelivery: typeof CanaryDelivery } = require('./canary');
      return new canary.CanaryDelivery(scope, 'delivery', props);
    }
  }
}

/**
 * Pod labels the app's ServiceMonitor copies onto its targets (podTargetLabels): in canary
 * mode the ReplicaSet hash, so that the analysis queries can tell the canary's series apart.
 */
export function scrapedPodLabels(env: Pick<EnvironmentConfig, 'app'>): string[] | undefined {
  return env.app.delivery === 'canary' ? [ROLLOUT_HASH_LABEL] : undefined;
}

/** Alert AssistantDown's expression and description for the environment's delivery mode. */
export function appDownRule(env: Pick<EnvironmentConfig, 'app'>, sel: Selector, name: string): AppDownRule {
  const { app } = env;
  return app.delivery === 'canary' ? rolloutDown(sel, name, app.autoscaling.enabled || app.replicas > 0) : deploymentDown(sel, name);
}

/**
 * The delivery mode's own alerts: canary mode's from the Argo Rollouts controller's metrics
 * (a failed canary, and those metrics missing); rolling mode has none beyond RolloutStuck.
 */
export function deliveryRules(env: EnvironmentConfig, name: string): ComponentRules[] {
  return env.app.delivery === 'canary' ? [rolloutRules(env, name)] : [];
}

/** The app's available and desired replicas as the delivery mode's controller reports them, for the dashboard. */
export function replicaQueries(env: EnvironmentConfig, name: string): { what: string; available: string; desired: string } {
  if (env.app.delivery === 'canary') return { what: 'the Rollout (Argo Rollouts controller metrics)', ...rolloutReplicas(env, name) };
  const sel = (metric: string) => `sum(${selector(metric, [`namespace="${env.namespace}"`, `deployment="${name}"`])})`;
  return { what: 'the Deployment', available: sel('kube_deployment_status_replicas_available'), desired: sel('kube_deployment_spec_replicas') };
}
