import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { VolumeSnapshot } from '../../imports/snapshot.storage.k8s.io';
import { recommendedLabels } from '../../lib/labels';
import { claim } from '../../lib/storage';
import { container } from '../../lib/workload';
import { ScriptName } from '../../scripts';
import { CHROMA_NAME, ChromaChart } from '../chroma';
import { identity } from '../identities';
import { ChromaBackupModeProps } from './chroma-archive';
import { BackupCronJob } from './cron-job';
import { BACKUP_NAMES, KUBECTL_RUN_AS, SERVICE_ACCOUNT_DIR } from './names';
import { runScript, scriptsMount, scriptsVolume, serviceAccountToken, tmpMount, tmpVolume } from './pod-parts';

/**
 * Labels of the VolumeSnapshots the snapshot job creates. No `app.kubernetes.io/instance`:
 * Argo CD tracks objects by that label and would prune snapshots that are not in git.
 */
const SNAPSHOT_LABELS = {
  'app.kubernetes.io/name': 'chroma',
  'app.kubernetes.io/component': 'backup',
  'app.kubernetes.io/part-of': 'llm-stack',
  'app.kubernetes.io/managed-by': 'chroma-backup',
};

/** Snapshot mode (`backup.chroma.mode: snapshot`): CSI VolumeSnapshots of Chroma's claim, made with kubectl. */
export class ChromaSnapshotBackup extends Construct {
  /** The scripts this mode's jobs run. */
  static readonly scripts: readonly ScriptName[] = ['chromaSnapshot', 'chromaSnapshotRestore'];

  /** The manifest templates the scripts fill in, as extra files of the scripts ConfigMap. */
  static files(env: EnvironmentConfig, chroma: ChromaChart): Record<string, string> {
    return {
      'snapshot.json': json(snapshotTemplate(env, chroma.dataClaimName)),
      'restore-claim.json': json(restoreClaimTemplate(env, chroma)),
    };
  }

  constructor(scope: Construct, id: string, props: ChromaBackupModeProps) {
    super(scope, id);
    const { env, chroma } = props;
    const cfg = env.backup;
    const ident = identity('chromaBackup', env.namespace, props.version);
    snapshotRbac(this, env.namespace, chroma, recommendedLabels(ident));
    const kubectlEnv = (extra: k8s.EnvVar[]): k8s.EnvVar[] => [
      { name: 'SNAPSHOT_SELECTOR', value: Object.entries(SNAPSHOT_LABELS).map(([k, v]) => `${k}=${v}`).join(',') },
      { name: 'READY_TIMEOUT_SECONDS', value: String(cfg.chroma.snapshotReadyTimeoutSeconds) },
      ...extra,
      { name: 'HOME', value: '/tmp' },
    ];
    const job = {
      cfg,
      ident,
      runAs: KUBECTL_RUN_AS,
      volumes: [scriptsVolume, tmpVolume(), serviceAccountToken()],
    };
    const kubectl = (name: string, script: ScriptName, env: k8s.EnvVar[]): k8s.Container =>
      container({
        name,
        image: cfg.chroma.kubectlImage,
        runAs: KUBECTL_RUN_AS,
        resources: cfg.resources,
        command: runScript(script),
        env: kubectlEnv(env),
        volumeMounts: [scriptsMount, tmpMount, { name: 'kube-api-access', mountPath: SERVICE_ACCOUNT_DIR, readOnly: true }],
      });
    new BackupCronJob(this, 'backup', {
      ...job,
      name: BACKUP_NAMES.chromaBackup,
      schedule: cfg.schedule,
      serviceAccountName: BACKUP_NAMES.chromaBackup,
      steps: [kubectl('snapshot', 'chromaSnapshot', [{ name: 'RETENTION_DAYS', value: String(cfg.retentionDays) }])],
    });
    new BackupCronJob(this, 'restore', {
      ...job,
      name: BACKUP_NAMES.chromaRestore,
      restoreTemplate: true,
      serviceAccountName: BACKUP_NAMES.chromaRestore,
      steps: [
        kubectl('restore', 'chromaSnapshotRestore', [
          { name: 'STATEFULSET', value: CHROMA_NAME },
          { name: 'CLAIM_NAME', value: chroma.dataClaimName },
          // Set with `kubectl set env` to restore a given snapshot; empty: the newest.
          { name: 'SNAPSHOT', value: '' },
        ]),
      ],
    });
  }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The VolumeSnapshot the snapshot job creates; `__NAME__` is replaced at run time. */
function snapshotTemplate(env: EnvironmentConfig, claimName: string): unknown {
  return VolumeSnapshot.manifest({
    metadata: { name: '__NAME__', namespace: env.namespace, labels: SNAPSHOT_LABELS },
    spec: {
      volumeSnapshotClassName: env.backup.chroma.volumeSnapshotClassName,
      source: { persistentVolumeClaimName: claimName },
    },
  });
}

/** Chroma's data claim as the StatefulSet creates it, filled from snapshot `__SNAPSHOT__`. */
function restoreClaimTemplate(env: EnvironmentConfig, chroma: ChromaChart): unknown {
  const storage = env.chroma.storage;
  const c = claim({ name: chroma.dataClaimName, size: storage.size, storageClassName: storage.storageClassName, labels: chroma.podLabels });
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { ...c.metadata, namespace: env.namespace },
    spec: {
      ...c.spec,
      resources: { requests: { storage: storage.size } },
      dataSource: { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: '__SNAPSHOT__' },
    },
  };
}

/** Least privilege for the snapshot jobs. */
function snapshotRbac(scope: Construct, namespace: string, chroma: ChromaChart, labels: Record<string, string>): void {
  const snapshots = { apiGroups: ['snapshot.storage.k8s.io'], resources: ['volumesnapshots'] };
  const roles: [string, k8s.PolicyRule[]][] = [
    [BACKUP_NAMES.chromaBackup, [{ ...snapshots, verbs: ['create', 'list', 'delete'] }]],
    [
      BACKUP_NAMES.chromaRestore,
      [
        { ...snapshots, verbs: ['create', 'list'] },
        { apiGroups: [''], resources: ['persistentvolumeclaims'], resourceNames: [chroma.dataClaimName], verbs: ['get', 'delete'] },
        { apiGroups: [''], resources: ['persistentvolumeclaims'], verbs: ['create'] },
        { apiGroups: ['apps'], resources: ['statefulsets'], resourceNames: [CHROMA_NAME], verbs: ['get'] },
      ],
    ],
  ];
  for (const [name, rules] of roles) {
    new k8s.KubeRole(scope, `${name}-role`, { metadata: { name, labels }, rules });
    new k8s.KubeRoleBinding(scope, `${name}-binding`, {
      metadata: { name, labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
      subjects: [{ kind: 'ServiceAccount', name, namespace }],
    });
  }
}
