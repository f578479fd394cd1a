import { Construct } from 'constructs';
import { toCnpgSchedule } from '../../config/cron';
import { EnvironmentConfig } from '../../config/schema';
import { ScheduledBackup, ScheduledBackupSpecBackupOwnerReference, ScheduledBackupSpecMethod } from '../../imports/postgresql.cnpg.io';
import { BARMAN_PLUGIN, CLUSTER_NAME } from './names';

export interface CnpgScheduledBackupProps {
  readonly env: EnvironmentConfig;
  /** @default CLUSTER_NAME ('postgresql') */
  readonly clusterName?: string;
}

/** The base backup's schedule in CloudNativePG's six-field form (config/cron.ts toCnpgSchedule). */
export function baseBackupSchedule(env: EnvironmentConfig): string {
  return toCnpgSchedule(env.postgres.cloudnativePg.baseBackupSchedule ?? env.backup.schedule);
}

/**
 * The daily physical base backup through the Barman Cloud plugin (method plugin), at
 * `postgres.cloudnativePg.baseBackupSchedule` or `backup.schedule`. Together with the
 * archived WAL it makes point-in-time recovery possible back to the oldest kept base backup.
 */
export class CnpgScheduledBackup extends Construct {
  constructor(scope: Construct, id: string, props: CnpgScheduledBackupProps) {
    super(scope, id);
    const cluster = props.clusterName ?? CLUSTER_NAME;
    new ScheduledBackup(this, 'Resource', {
      metadata: { name: `${cluster}-daily` },
      spec: {
        cluster: { name: cluster },
        schedule: baseBackupSchedule(props.env),
        method: ScheduledBackupSpecMethod.PLUGIN,
        pluginConfiguration: { name: BARMAN_PLUGIN },
        // A first base backup as soon as the cluster exists: without one, PITR has nothing
        // to start from until the next scheduled run (up to a day).
        immediate: true,
        // The Backup objects belong to the ScheduledBackup: Argo CD does not track them (no
        // tracking annotation), and deleting the ScheduledBackup cleans them up. The
        // backups themselves stay in the object storage until the retention policy removes them.
        backupOwnerReference: ScheduledBackupSpecBackupOwnerReference.SELF,
      },
    });
  }
}
