import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { container } from '../../lib/workload';
import { ScriptName } from '../../scripts';
import { CHROMA_DATA_PATH, CHROMA_RUN_AS, ChromaChart } from '../chroma';
import { identity } from '../identities';
import { BackupCronJob } from './cron-job';
import { BACKUP_MOUNT, BACKUP_NAMES, CHROMA_BACKUP_DIR } from './names';
import { OffsiteUpload } from './offsite';
import { present, runScript, scriptsMount, scriptsVolume, tmpMount, tmpVolume } from './pod-parts';

export interface ChromaBackupModeProps {
  readonly env: EnvironmentConfig;
  /** The llm-stack release: the jobs run its scripts. */
  readonly version: string;
  readonly chroma: ChromaChart;
  readonly offsite: OffsiteUpload;
}

/**
 * Unsafe live-archive mode (`backup.chroma.mode: unsafe-live-archive`): tar archives of
 * Chroma's live volume on the chroma-backup claim. UNSAFE: Chroma rewrites its HNSW index
 * files in place while it writes, so an archive taken meanwhile can restore into a server
 * that starts but is silently corrupt (issue 10; test/backup-chroma-live.test.ts).
 */
export class ChromaArchiveBackup extends Construct {
  /** The scripts this mode's jobs run. */
  static readonly scripts: readonly ScriptName[] = ['chromaBackup', 'chromaRestore'];

  /** No extra files. */
  static files(): Record<string, string> {
    return {};
  }

  constructor(scope: Construct, id: string, props: ChromaBackupModeProps) {
    super(scope, id);
    const { env, chroma } = props;
    const cfg = env.backup;
    const chromaPods: k8s.LabelSelector = { matchLabels: chroma.podLabels };
    // The archive image: the official Python image has bash, tar and the sqlite3
    // module (SQLite's online backup API), and no official image ships the sqlite3 CLI.
    const volumes = (dataReadOnly: boolean): k8s.Volume[] => [
      { name: 'data', persistentVolumeClaim: { claimName: chroma.dataClaimName, readOnly: dataReadOnly || undefined } },
      { name: 'backup', persistentVolumeClaim: { claimName: BACKUP_NAMES.chromaClaim } },
      scriptsVolume,
      tmpVolume(),
    ];
    const archiveEnv = (extra: k8s.EnvVar[]): k8s.EnvVar[] => [
      { name: 'DATA_DIR', value: CHROMA_DATA_PATH },
      { name: 'BACKUP_DIR', value: CHROMA_BACKUP_DIR },
      ...extra,
      { name: 'HOME', value: '/tmp' },
      { name: 'PYTHONDONTWRITEBYTECODE', value: '1' },
    ];
    const job = { cfg, ident: identity('chromaBackup', env.namespace, props.version), runAs: CHROMA_RUN_AS };
    new BackupCronJob(this, 'backup', {
      ...job,
      name: BACKUP_NAMES.chromaBackup,
      schedule: cfg.schedule,
      serviceAccountName: BACKUP_NAMES.chromaBackup,
      // Chroma's own uid: it reads Chroma's files.
      volumes: [...volumes(true), ...props.offsite.volumes()],
      // The data volume is ReadWriteOnce and in use: only a pod on Chroma's node can mount it.
      affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: chromaPods, topologyKey: 'kubernetes.io/hostname' }] } },
      steps: [
        container({
          name: 'archive',
          image: cfg.chroma.image,
          runAs: CHROMA_RUN_AS,
          resources: cfg.resources,
          command: runScript('chromaBackup'),
          env: archiveEnv([{ name: 'RETENTION_DAYS', value: String(cfg.retentionDays) }]),
          volumeMounts: [
            { name: 'data', mountPath: CHROMA_DATA_PATH, readOnly: true },
            { name: 'backup', mountPath: BACKUP_MOUNT },
            scriptsMount,
            tmpMount,
          ],
        }),
        ...present(props.offsite.container(CHROMA_BACKUP_DIR, 'chroma', CHROMA_RUN_AS)),
      ],
    });
    new BackupCronJob(this, 'restore', {
      ...job,
      name: BACKUP_NAMES.chromaRestore,
      restoreTemplate: true,
      serviceAccountName: BACKUP_NAMES.chromaRestore,
      volumes: volumes(false),
      // Never next to a running Chroma: with Chroma up, the ReadWriteOnce volume cannot
      // attach elsewhere and the job waits until its deadline instead of writing under it.
      affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: chromaPods, topologyKey: 'kubernetes.io/hostname' }] } },
      steps: [
        container({
          name: 'restore',
          image: cfg.chroma.image,
          runAs: CHROMA_RUN_AS,
          resources: cfg.resources,
          command: runScript('chromaRestore'),
          // Set ARCHIVE with `kubectl set env` to restore a given archive; empty: the newest.
          env: archiveEnv([{ name: 'ARCHIVE', value: '' }]),
          volumeMounts: [
            { name: 'data', mountPath: CHROMA_DATA_PATH },
            { name: 'backup', mountPath: BACKUP_MOUNT, readOnly: true },
            scriptsMount,
            tmpMount,
          ],
        }),
      ],
    });
  }
}
