import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { CanaryConfig } from '../../config/canary';
import { EnvironmentConfig } from '../../config/schema';
import {
  AnalysisTemplate,
  AnalysisTemplateSpecMetrics,
  AnalysisTemplateSpecMetricsConsecutiveErrorLimit,
  AnalysisTemplateSpecMetricsConsecutiveSuccessLimit,
  AnalysisTemplateSpecMetricsCount,
  AnalysisTemplateSpecMetricsFailureLimit,
  AnalysisTemplateSpecMetricsInconclusiveLimit,
  Rollout,
  RolloutSpecStrategyCanaryMaxSurge,
  RolloutSpecStrategyCanaryMaxUnavailable,
  RolloutSpecStrategyCanarySteps,
  RolloutSpecStrategyCanaryStepsPauseDuration,
} from '../../imports/argoproj.io-rollouts';
import { CANARY_HASH_ARG, canaryMetrics, renderedStartingStep } from './analysis';
import { appDeployment } from './deployment';
import { DEPLOYMENT_HASH_LABEL, Delivery, DeliveryProps, ROLLOUT_HASH_LABEL } from './types';

/**
 * `app.delivery: canary`: an Argo Rollouts v1.9.1 Rollout that takes its pod template from the
 * app Deployment (workloadRef), so both modes share one template and one Deployment object.
 * Argo Rollouts scales the Deployment to 0 once it runs the pods itself (workloadRef.scaleDown),
 * and the HPA scales the Rollout. The canary steps set a share of the pods (no traffic routing:
 * docs/delivery.md); a background AnalysisTemplate on the canary pods' own metrics aborts the
 * Rollout when they are worse than the thresholds, and an abort scales the canary down.
 * Argo CD v3.5.1 knows a Rollout's health on its own (resource_customizations/argoproj.io/Rollout/health.lua:
 * status.phase, Paused shown as Suspended), so no health check ships here.
 */
export class CanaryDelivery extends Construct implements Delivery {
  readonly scaleTarget: k8s.CrossVersionObjectReference;

  constructor(scope: Construct, id: string, props: DeliveryProps) {
    super(scope, id);
    const { app } = props.env;
    const canary = app.canary;
    // No replicas: the API server starts it at 1, Argo Rollouts scales it to 0; setting it here
    // would fight the controller on every sync. Rollout pods carry rollouts-pod-template-hash,
    // not pod-template-hash, so topology spread keys on both (an absent key is ignored).
    const deployment = appDeployment(this, { ...props, hashLabelKeys: [DEPLOYMENT_HASH_LABEL, ROLLOUT_HASH_LABEL] });
    const template = new AnalysisTemplate(this, 'analysis', {
      metadata: { name: `${props.name}-canary` },
      spec: { args: [{ name: CANARY_HASH_ARG }], metrics: analysisMetrics(props.env) },
    });
    const rollout = new Rollout(this, 'rollout', {
      metadata: { name: props.name },
      spec: {
        replicas: app.autoscaling.enabled ? undefined : app.replicas,
        revisionHistoryLimit: 5,
        selector: { matchLabels: props.selector },
        workloadRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.name, scaleDown: canary.workloadScaleDown },
        progressDeadlineSeconds: canary.progressDeadlineSeconds,
        progressDeadlineAbort: true,
        strategy: {
          canary: {
            // As the Deployment's rolling update: no stable pod goes before a canary pod is ready.
            maxSurge: RolloutSpecStrategyCanaryMaxSurge.fromNumber(1),
            maxUnavailable: RolloutSpecStrategyCanaryMaxUnavailable.fromNumber(0),
            steps: canarySteps(canary),
            analysis: {
              templates: [{ templateName: template.name }],
              startingStep: renderedStartingStep(canary),
              args: [{ name: CANARY_HASH_ARG, valueFrom: { podTemplateHashValue: 'Latest' } }],
            },
          },
        },
      },
    });
    this.scaleTarget = { apiVersion: rollout.apiVersion, kind: rollout.kind, name: rollout.name };
  }
}

/** Each config step as setWeight, then its pause (`manual`: a pause without duration). */
function canarySteps(canary: CanaryConfig): RolloutSpecStrategyCanarySteps[] {
  return canary.steps.flatMap((s): RolloutSpecStrategyCanarySteps[] => [
    { setWeight: s.setWeight },
    ...(s.pause === undefined ? [] : [{ pause: s.pause === 'manual' ? {} : { duration: RolloutSpecStrategyCanaryStepsPauseDuration.fromString(s.pause) } }]),
  ]);
}

function analysisMetrics(env: EnvironmentConfig): AnalysisTemplateSpecMetrics[] {
  const a = env.app.canary.analysis;
  return canaryMetrics(env).map((m) => ({
    name: m.name,
    initialDelay: a.initialDelay,
    interval: a.interval,
    count: a.count === undefined ? undefined : AnalysisTemplateSpecMetricsCount.fromNumber(a.count),
    successCondition: m.successCondition,
    failureCondition: m.failureCondition,
    failureLimit: AnalysisTemplateSpecMetricsFailureLimit.fromNumber(a.failureLimit),
    consecutiveSuccessLimit: a.consecutiveSuccessLimit > 0 ? AnalysisTemplateSpecMetricsConsecutiveSuccessLimit.fromNumber(a.consecutiveSuccessLimit) : undefined,
    consecutiveErrorLimit: AnalysisTemplateSpecMetricsConsecutiveErrorLimit.fromNumber(a.consecutiveErrorLimit),
    inconclusiveLimit: AnalysisTemplateSpecMetricsInconclusiveLimit.fromNumber(a.inconclusiveLimit),
    provider: { prometheus: { address: env.monitoring.prometheusUrl, query: m.query } },
  }));
}
