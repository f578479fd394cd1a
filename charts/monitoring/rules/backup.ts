import { BACKUP_NAMES } from '../../backup';
import { Alert, ComponentRules, hoursToSeconds, humanHours, oneOf, RuleContext, Urgency } from './promql';

/**
 * The CronJobs whose success the alerts watch (the backup chart owns them). The restore
 * CronJobs (postgresql-restore, chroma-restore) are suspended templates run by hand and
 * are deliberately not watched.
 */
export const DAILY_BACKUP_CRONJOBS: readonly string[] = [BACKUP_NAMES.postgresBackup, BACKUP_NAMES.chromaBackup];
export const RESTORE_VERIFICATION_CRONJOBS: readonly string[] = [BACKUP_NAMES.postgresVerify];
export const WATCHED_CRONJOBS: readonly string[] = [...DAILY_BACKUP_CRONJOBS, ...RESTORE_VERIFICATION_CRONJOBS];

interface Schedule {
  readonly cronjobs: readonly string[];
  readonly maxAgeHours: number;
  readonly urgency: Urgency;
  readonly what: string;
  /** Alert label telling the two apart where both have the same severity (staging, dev). */
  readonly schedule: string;
}

/**
 * Backups (RPO 24 h) and the weekly restore verification, from kube-state-metrics.
 * A missed daily backup breaks the RPO, so it pages; a missed weekly verification warns.
 */
export function backupRules(ctx: RuleContext): ComponentRules {
  const { sel } = ctx;
  const t = ctx.monitoring.thresholds;
  const schedules: Schedule[] = [
    { cronjobs: DAILY_BACKUP_CRONJOBS, maxAgeHours: t.backupMaxAgeHours, urgency: 'page', what: 'backup', schedule: 'daily' },
    { cronjobs: RESTORE_VERIFICATION_CRONJOBS, maxAgeHours: t.restoreVerificationMaxAgeHours, urgency: 'ticket', what: 'restore verification', schedule: 'weekly' },
  ];

  const watched = schedules.map((s) => ({
    ...s,
    cronjob: oneOf('cronjob', s.cronjobs),
    maxAge: hoursToSeconds(s.maxAgeHours),
    threshold: humanHours(s.maxAgeHours),
  }));

  const alerts: Alert[] = [
    ...watched.map(
      (s): Alert => ({
        alert: 'BackupStale',
        expr: `time() - ${sel('kube_cronjob_status_last_successful_time', s.cronjob)} > ${s.maxAge}`,
        for: '5m',
        urgency: s.urgency,
        labels: { schedule: s.schedule },
        summary: `The newest successful ${s.what} of {{ $labels.namespace }}/{{ $labels.cronjob }} is older than ${s.threshold}.`,
        description:
          `CronJob {{ $labels.namespace }}/{{ $labels.cronjob }} last succeeded {{ $value | humanizeDuration }} ago (threshold ${s.threshold}).` +
          (s.urgency === 'page' ? ' The recovery point objective of 24 hours is no longer met.' : ' Nobody knows whether the backups still restore.'),
      }),
    ),
    ...watched.map(
      (s): Alert => ({
        alert: 'BackupNeverSucceeded',
        // kube_cronjob_status_last_successful_time only exists after the first success.
        expr: [
          `time() - ${sel('kube_cronjob_created', s.cronjob)} > ${s.maxAge}`,
          `unless on (namespace, cronjob)`,
          sel('kube_cronjob_status_last_successful_time', s.cronjob),
        ].join('\n'),
        for: '5m',
        urgency: s.urgency,
        labels: { schedule: s.schedule },
        summary: `The ${s.what} {{ $labels.namespace }}/{{ $labels.cronjob }} has never succeeded.`,
        description:
          `CronJob {{ $labels.namespace }}/{{ $labels.cronjob }} was created {{ $value | humanizeDuration }} ago and has never completed ` +
          `successfully (threshold ${s.threshold}).`,
      }),
    ),
  ];

  // A CronJob's Jobs are named <cronjob>-<scheduled minute>; a manual run from the CronJob
  // (kubectl create job --from=cronjob/...) should be named <cronjob>-<suffix> too.
  const jobName = `job_name=~"(${WATCHED_CRONJOBS.join('|')})-.+"`;
  alerts.push({
    alert: 'BackupJobFailed',
    // kube_job_failed{condition="true"} is 1 once the Job has the Failed condition: it has
    // given up (backoffLimit or activeDeadlineSeconds). kube_job_status_failed counts failed
    // pods per reason and is already > 0 while the Job still retries.
    // kube-prometheus-stack's KubeJobFailed fires for the same Jobs: docs/alertmanager.example.yaml
    // inhibits it where this one fires.
    expr: `${sel('kube_job_failed', jobName, 'condition="true"')} == 1`,
    for: '1m',
    urgency: 'ticket',
    summary: 'Backup Job {{ $labels.namespace }}/{{ $labels.job_name }} failed.',
    description:
      'Job {{ $labels.namespace }}/{{ $labels.job_name }} has given up: it has the Failed condition (its backoffLimit or deadline was reached). ' +
      'The alert clears when the Job is deleted after investigation; BackupStale fires if the next runs fail too.',
  });

  return { component: 'backup', alerts };
}
