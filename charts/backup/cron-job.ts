import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { ComponentIdentity, recommendedLabels } from '../../lib/labels';
import { RunAs } from '../../lib/security';
import { podTemplate } from '../../lib/workload';
import { NEVER } from './names';

type BackupConfig = EnvironmentConfig['backup'];

export interface BackupCronJobProps {
  /** Schedule, time zone, deadlines and history limits. */
  readonly cfg: BackupConfig;
  readonly name: string;
  /**
   * When the CronJob runs (cron, five fields, in `cfg.timeZone`).
   * @default a date that never comes, for restore templates (which are also suspended)
   */
  readonly schedule?: string;
  readonly ident: ComponentIdentity;
  readonly serviceAccountName: string;
  readonly runAs: RunAs;
  /** Run in order: all but the last as init containers, the last as the container. */
  readonly steps: k8s.Container[];
  readonly volumes: k8s.Volume[];
  /** @default no affinity */
  readonly affinity?: k8s.Affinity;
  /**
   * Restore templates: suspended, never retried, kept a week for their logs.
   * @default false
   */
  readonly restoreTemplate?: boolean;
  /**
   * Sidecars (Kubernetes >= 1.29: init containers with restartPolicy Always) that start
   * before the steps and are stopped when the last step ends, e.g. a scratch server. A
   * sidecar's startupProbe holds the steps back until it passes.
   * @default none
   */
  readonly sidecars?: k8s.Container[];
}

/** A CronJob whose pods run `steps` in order; with off-site upload the last step is the upload. */
export class BackupCronJob extends Construct {
  constructor(scope: Construct, id: string, props: BackupCronJobProps) {
    super(scope, id);
    const { cfg, steps } = props;
    const sidecars = props.sidecars ?? [];
    const init = [...sidecars, ...steps.slice(0, -1)];
    const labels = recommendedLabels(props.ident);
    const template = props.restoreTemplate;
    const cronJob: k8s.KubeCronJobProps = {
      metadata: { name: props.name, labels },
      spec: {
        schedule: props.schedule ?? NEVER,
        timeZone: cfg.timeZone,
        suspend: template ? true : undefined,
        concurrencyPolicy: 'Forbid',
        startingDeadlineSeconds: cfg.startingDeadlineSeconds,
        successfulJobsHistoryLimit: cfg.successfulJobsHistoryLimit,
        failedJobsHistoryLimit: cfg.failedJobsHistoryLimit,
        jobTemplate: {
          metadata: { labels },
          spec: {
            backoffLimit: template ? 0 : cfg.backoffLimit,
            activeDeadlineSeconds: cfg.activeDeadlineSeconds,
            // Jobs created by hand from a template are not counted by the history limits.
            ttlSecondsAfterFinished: template ? 7 * 24 * 3600 : undefined,
            template: podTemplate({
              labels,
              serviceAccountName: props.serviceAccountName,
              runAs: props.runAs,
              restartPolicy: 'Never',
              initContainers: init.length > 0 ? init : undefined,
              containers: steps.slice(-1),
              volumes: props.volumes,
              affinity: props.affinity,
            }),
          },
        },
      },
    };
    if (sidecars.length === 0) {
      new k8s.KubeCronJob(this, 'Resource', cronJob);
      return;
    }
    // cdk8s-plus-27's Container type predates restartPolicy (Kubernetes 1.28) and its
    // toJson drops fields it does not know, patches included: render the manifest, set
    // the field, and emit it as a plain ApiObject.
    const manifest = k8s.KubeCronJob.manifest(cronJob);
    manifest.spec.jobTemplate.spec.template.spec.initContainers.forEach((c: { restartPolicy?: string }, i: number) => {
      if (i < sidecars.length) c.restartPolicy = 'Always';
    });
    new ApiObject(this, 'Resource', manifest);
  }
}
