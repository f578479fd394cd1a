import { ComponentRules, daysToSeconds, fraction, RuleContext } from './promql';

/**
 * Every PersistentVolumeClaim of the environment (PostgreSQL and Chroma data, backups),
 * from the kubelet's volume statistics and kube-state-metrics. Scoped by namespace, not by
 * claim name, so a new claim is covered without touching the rules.
 */
export function storageRules(ctx: RuleContext): ComponentRules {
  const { sel } = ctx;
  const t = ctx.monitoring.thresholds;
  const used = sel('kubelet_volume_stats_used_bytes');
  const available = sel('kubelet_volume_stats_available_bytes');
  const capacity = sel('kubelet_volume_stats_capacity_bytes');
  const claim = '{{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }}';
  return {
    component: 'storage',
    alerts: [
      {
        alert: 'PersistentVolumeUsageHigh',
        expr: `${used}\n/\n${capacity}\n> ${fraction(t.volumeUsedPercent)}`,
        for: '5m',
        urgency: 'ticket',
        summary: `Volume ${claim} is more than ${t.volumeUsedPercent}% full.`,
        description:
          `PersistentVolumeClaim ${claim} is {{ $value | humanizePercentage }} full ` +
          `(threshold ${t.volumeUsedPercent}%). A full data volume stops PostgreSQL or Chroma; a full backup volume stops backups.`,
      },
      {
        alert: 'PersistentVolumeFillingUp',
        // Both conditions (kubernetes-mixin KubePersistentVolumeFillingUp): little space left,
        // and the 6-hour trend empties it within the horizon. The trend alone false-alarms on
        // a backup volume that grows by one dump each night.
        expr: [
          `(${available} / ${capacity}) < ${fraction(t.volumeFillingAvailablePercent)}`,
          `and`,
          `${used} > 0`,
          `and`,
          `predict_linear(${available}[6h], ${daysToSeconds(t.volumeFullWithinDays)}) < 0`,
        ].join('\n'),
        for: '1h',
        urgency: 'page',
        summary: `Volume ${claim} is predicted to fill up within ${t.volumeFullWithinDays} days.`,
        description:
          `PersistentVolumeClaim ${claim} has {{ $value | humanizePercentage }} of its space free (threshold ${t.volumeFillingAvailablePercent}%), ` +
          `and at the growth of the last 6 hours it will be full within ${t.volumeFullWithinDays} days.`,
      },
      {
        alert: 'PersistentVolumeInodesLow',
        expr: [
          `${sel('kubelet_volume_stats_inodes_free')} / ${sel('kubelet_volume_stats_inodes')} < ${fraction(t.volumeInodesFreePercent)}`,
          `and`,
          `${sel('kubelet_volume_stats_inodes_used')} > 0`,
        ].join('\n'),
        for: '1h',
        urgency: 'ticket',
        summary: `Volume ${claim} has less than ${t.volumeInodesFreePercent}% of its inodes free.`,
        description:
          `PersistentVolumeClaim ${claim} has {{ $value | humanizePercentage }} of its inodes free (threshold ${t.volumeInodesFreePercent}%). ` +
          'With none left no file can be created, however much space is free.',
      },
      {
        alert: 'PersistentVolumeClaimPending',
        expr: `${sel('kube_persistentvolumeclaim_status_phase', 'phase="Pending"')} == 1`,
        for: t.pvcPendingFor,
        urgency: 'ticket',
        summary: `PersistentVolumeClaim ${claim} has been Pending for ${t.pvcPendingFor}.`,
        description:
          `PersistentVolumeClaim ${claim} has had no volume for ${t.pvcPendingFor}: the StorageClass cannot provision one (name, quota, zone), ` +
          'so the pod that mounts it cannot start.',
      },
      {
        alert: 'PersistentVolumeErrors',
        // Lost: the claim's volume is gone. Failed/Pending volumes are cluster-scoped and carry
        // no namespace: they are joined to this namespace's claims by the volume name.
        expr: [
          `${sel('kube_persistentvolumeclaim_status_phase', 'phase="Lost"')} == 1`,
          `or on (namespace, persistentvolumeclaim)`,
          `(`,
          `  max by (persistentvolume) (kube_persistentvolume_status_phase{phase=~"Failed|Pending"} == 1)`,
          `  * on (persistentvolume) group_right`,
          `  max by (namespace, persistentvolumeclaim, persistentvolume) (label_replace(${sel('kube_persistentvolumeclaim_info')}, "persistentvolume", "$1", "volumename", "(.+)"))`,
          `)`,
        ].join('\n'),
        for: '5m',
        urgency: 'page',
        summary: `The volume of PersistentVolumeClaim ${claim} has failed.`,
        description:
          `The claim ${claim} is Lost, or its PersistentVolume is Failed or Pending: the data on it cannot be reached by its pod.`,
      },
    ],
  };
}
