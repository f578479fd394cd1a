import { BACKUP_NAMES } from '../../backup';
import { ComponentRules, hoursToSeconds, humanHours, RuleContext } from './promql';

/**
 * Chroma's weekly restore verification (CronJob chroma-restore-verify, export mode): it
 * boots a scratch Chroma on the newest export and checks it against the export's manifest
 * (docs/backup-restore.md). From kube-state-metrics, like the other backup alerts.
 */
export function chromaBackupRules(ctx: RuleContext): ComponentRules {
  const { sel } = ctx;
  const cronjob = `cronjob="${BACKUP_NAMES.chromaVerify}"`;
  const hours = ctx.monitoring.thresholds.restoreVerificationMaxAgeHours;
  const maxAge = hoursToSeconds(hours);
  const threshold = humanHours(hours);
  return {
    component: 'chroma-backup',
    alerts: [
      {
        alert: 'ChromaRestoreVerificationFailed',
        // condition="true": the Job has given up (backoffLimit or deadline).
        expr: `${sel('kube_job_failed', `job_name=~"${BACKUP_NAMES.chromaVerify}-.+"`, 'condition="true"')} == 1`,
        for: '1m',
        urgency: 'ticket',
        summary: 'Chroma restore verification {{ $labels.namespace }}/{{ $labels.job_name }} failed.',
        description:
          'Job {{ $labels.namespace }}/{{ $labels.job_name }} could not restore the newest Chroma export into a scratch Chroma, or what it restored differs from the export\'s manifest. ' +
          'Until a verification passes, nobody knows whether Chroma can be restored. The alert clears when the Job is deleted after investigation.',
      },
      {
        alert: 'ChromaRestoreVerificationStale',
        expr: [
          `time() - ${sel('kube_cronjob_status_last_successful_time', cronjob)} > ${maxAge}`,
          'or',
          `(time() - ${sel('kube_cronjob_created', cronjob)} > ${maxAge}`,
          `  unless on (namespace, cronjob)`,
          `  ${sel('kube_cronjob_status_last_successful_time', cronjob)})`,
        ].join('\n'),
        for: '5m',
        urgency: 'ticket',
        summary: 'Chroma\'s restore verification {{ $labels.namespace }}/{{ $labels.cronjob }} has not passed for more than ' + threshold + '.',
        description:
          `CronJob {{ $labels.namespace }}/{{ $labels.cronjob }} has no successful run in the last ${threshold} ({{ $value | humanizeDuration }} since its last success, or since it was created if it never succeeded). ` +
          'The Chroma exports are not known to restore.',
      },
    ],
  };
}
