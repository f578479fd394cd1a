import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { container, scratchVolume } from '../../lib/workload';
import { ScriptName } from '../../scripts';
import { CHROMA_ARGS, CHROMA_CONFIG_PATH, CHROMA_DATA_PATH, CHROMA_PORT, chromaProbes, chromaServerConfig } from '../chroma';
import { identity, podLabels } from '../identities';
import { POSTGRES_RUN_AS } from '../postgres';
import { ChromaBackupModeProps } from './chroma-archive';
import { BackupCronJob } from './cron-job';
import { BACKUP_MOUNT, BACKUP_NAMES, CHROMA_BACKUP_DIR, POSTGRES_BACKUP_DIR } from './names';
import { present, runScript, scriptsMount, scriptsVolume, tmpMount, tmpVolume } from './pod-parts';

/** The scratch server's config file in the scripts ConfigMap. */
const SCRATCH_CONFIG = 'chroma-scratch.yaml';
/**
 * The verification talks to its scratch server over the pod's loopback. The server itself
 * listens on every address of the pod: the kubelet sends its httpGet probes to the pod IP,
 * so a server bound to 127.0.0.1 never passes its startup probe. No other pod reaches it:
 * no NetworkPolicy admits ingress to the verification pods (default-deny-all).
 */
const SCRATCH_URL = `http://127.0.0.1:${CHROMA_PORT}`;
/**
 * The export jobs share the postgresql-backup volume with PostgreSQL's jobs, so they run
 * with the same uid, gid and fsGroup and the files on it stay writable for both.
 */
const RUN_AS = POSTGRES_RUN_AS;

/**
 * Export mode (`backup.chroma.mode: export`, the default): a logical export of every
 * record over Chroma's HTTP API while Chroma serves, a restore template that imports an
 * export, and a weekly restore verification that boots a scratch Chroma of the same image
 * on the newest export and checks it against its manifest (docs/backup-restore.md).
 */
export class ChromaExportBackup extends Construct {
  /** The scripts this mode's jobs run. */
  static readonly scripts: readonly ScriptName[] = ['chromaExport', 'chromaImport', 'chromaRestoreVerify', 'chromaLogical'];

  /** The scratch server's config file, as an extra file of the scripts ConfigMap. */
  static files(): Record<string, string> {
    return { [SCRATCH_CONFIG]: chromaServerConfig({ persistPath: CHROMA_DATA_PATH, listenAddress: '0.0.0.0', port: CHROMA_PORT }) };
  }

  constructor(scope: Construct, id: string, props: ChromaBackupModeProps) {
    super(scope, id);
    const { env, chroma } = props;
    const cfg = env.backup;
    const chromaUrl = `http://${chroma.endpoint.host}:${chroma.endpoint.port}`;
    const volumes = [{ name: 'backup', persistentVolumeClaim: { claimName: BACKUP_NAMES.postgresClaim } }, scriptsVolume, tmpVolume()];
    const backupMount = (readOnly: boolean): k8s.VolumeMount => ({ name: 'backup', mountPath: BACKUP_MOUNT, readOnly: readOnly || undefined });
    const step = (name: string, script: ScriptName, envVars: k8s.EnvVar[], readOnly: boolean): k8s.Container =>
      container({
        name,
        image: cfg.chroma.image,
        runAs: RUN_AS,
        resources: cfg.resources,
        command: runScript(script),
        env: [...envVars, { name: 'HOME', value: '/tmp' }, { name: 'PYTHONDONTWRITEBYTECODE', value: '1' }],
        volumeMounts: [backupMount(readOnly), scriptsMount, tmpMount],
      });
    const job = {
      cfg,
      ident: identity('chromaBackup', env.namespace, props.version),
      runAs: RUN_AS,
      volumes,
      // One ReadWriteOnce volume for both stores' jobs: next to a running PostgreSQL backup
      // if there is one, so that neither waits for the other's node to release the volume.
      affinity: { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { labelSelector: { matchLabels: podLabels('postgresBackup', env.namespace) }, topologyKey: 'kubernetes.io/hostname' } }] } },
    };

    new BackupCronJob(this, 'backup', {
      ...job,
      name: BACKUP_NAMES.chromaBackup,
      schedule: cfg.schedule,
      serviceAccountName: BACKUP_NAMES.chromaBackup,
      // The upload step's credentials (offsite.ts).
      volumes: [...volumes, ...props.offsite.volumes()],
      steps: [
        step(
          'export',
          'chromaExport',
          [
            { name: 'CHROMA_URL', value: chromaUrl },
            { name: 'BACKUP_DIR', value: CHROMA_BACKUP_DIR },
            { name: 'RETENTION_DAYS', value: String(cfg.retentionDays) },
            { name: 'PAIRED_BACKUP_DIR', value: POSTGRES_BACKUP_DIR },
          ],
          false,
        ),
        ...present(props.offsite.container(CHROMA_BACKUP_DIR, 'chroma', RUN_AS)),
      ],
    });
    new BackupCronJob(this, 'restore', {
      ...job,
      name: BACKUP_NAMES.chromaRestore,
      restoreTemplate: true,
      serviceAccountName: BACKUP_NAMES.chromaRestore,
      steps: [
        step(
          'restore',
          'chromaImport',
          [
            { name: 'CHROMA_URL', value: chromaUrl },
            { name: 'BACKUP_DIR', value: CHROMA_BACKUP_DIR },
            // Set with `kubectl set env` (docs/backup-restore.md): an export file name
            // (empty: the newest), and replace to replace collections that exist.
            { name: 'ARCHIVE', value: '' },
            { name: 'ON_CONFLICT', value: 'fail' },
          ],
          true,
        ),
      ],
    });
    new BackupCronJob(this, 'verify', {
      ...job,
      name: BACKUP_NAMES.chromaVerify,
      schedule: cfg.verifySchedule,
      serviceAccountName: BACKUP_NAMES.chromaBackup,
      volumes: [...volumes, scratchVolume('scratch', env.chroma.storage.size)],
      sidecars: [
        container({
          name: 'chroma',
          image: env.chroma.image,
          runAs: RUN_AS,
          resources: env.chroma.resources,
          args: CHROMA_ARGS,
          ports: [{ name: 'http', containerPort: CHROMA_PORT }],
          volumeMounts: [
            { name: 'scratch', mountPath: CHROMA_DATA_PATH },
            { name: 'scripts', mountPath: CHROMA_CONFIG_PATH, subPath: SCRATCH_CONFIG, readOnly: true },
            tmpMount,
          ],
          // The startup probe holds the verify step back until the scratch server is ready.
          probes: { startup: chromaProbes().startup },
        }),
      ],
      steps: [
        step(
          'verify',
          'chromaRestoreVerify',
          [
            { name: 'CHROMA_URL', value: SCRATCH_URL },
            { name: 'BACKUP_DIR', value: CHROMA_BACKUP_DIR },
            { name: 'READY_TIMEOUT_SECONDS', value: '300' },
          ],
          true,
        ),
      ],
    });
  }
}
