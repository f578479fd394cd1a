import { ComponentRules, daysToSeconds, fraction, RuleContext } from './promql';

/**
 * Every PersistentVolumeClaim of the environment (PostgreSQL and Chroma data, backups),
 * from the kubelet's volume statistics. Scoped by namespace, not by claim name, so a new
 * claim is covered without touching the rules.
 */
export function storageRules(ctx: RuleContext): ComponentRules {
  const { sel } = ctx;
  const t = ctx.monitoring.thresholds;
  const used = sel('kubelet_volume_stats_used_bytes');
  const capacity = sel('kubelet_volume_stats_capacity_bytes');
  return {
    component: 'storage',
    alerts: [
      {
        alert: 'PersistentVolumeUsageHigh',
        expr: `${used}\n/\n${capacity}\n> ${fraction(t.volumeUsedPercent)}`,
        for: '5m',
        severity: 'warning',
        summary: `Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} is more than ${t.volumeUsedPercent}% full.`,
        description:
          'PersistentVolumeClaim {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} is {{ $value | humanizePercentage }} full ' +
          `(threshold ${t.volumeUsedPercent}%). A full data volume stops PostgreSQL or Chroma; a full backup volume stops backups.`,
      },
      {
        alert: 'PersistentVolumeFillingUp',
        expr: `predict_linear(${used}[6h], ${daysToSeconds(t.volumeFullWithinDays)})\n>\n${capacity}`,
        for: '1h',
        severity: 'warning',
        summary: `Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} is predicted to fill up within ${t.volumeFullWithinDays} days.`,
        description:
          'At the growth of the last 6 hours, PersistentVolumeClaim {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} ' +
          `will be full within ${t.volumeFullWithinDays} days (predicted use {{ $value | humanize1024 }}B, more than its capacity).`,
      },
    ],
  };
}
