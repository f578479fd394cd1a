import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/schema';
import { VolumeSnapshot } from '../imports/snapshot.storage.k8s.io';
import { podPeer, tcpPort } from '../lib/endpoint';
import { ComponentIdentity, recommendedLabels } from '../lib/labels';
import { SecretSource } from '../lib/secret-source';
import { RunAs } from '../lib/security';
import { claim } from '../lib/storage';
import { container, podTemplate, scratchVolume } from '../lib/workload';
import { SCRIPT_FILES, ScriptName, Scripts } from '../scripts';
import { CHROMA_DATA_PATH, CHROMA_NAME, CHROMA_RUN_AS, ChromaChart } from './chroma';
import { identity, podLabels } from './identities';
import { POSTGRES_RUN_AS, PostgresChart } from './postgres';

// Backups, restores and restore verification for PostgreSQL and Chroma (SPEC 2.5,
// docs/backup-restore.md). Every job runs a script from scripts/backup/, carried by the
// ConfigMap backup-scripts, so the cluster runs the very text the tests run.

/** Object names; the backup alerts and docs/backup-restore.md refer to them. */
export const BACKUP_NAMES = {
  scripts: 'backup-scripts',
  postgresBackup: 'postgresql-backup',
  postgresRestore: 'postgresql-restore',
  postgresVerify: 'postgresql-restore-verify',
  chromaBackup: 'chroma-backup',
  chromaRestore: 'chroma-restore',
  /** Volume claims: one per store, because Chroma's backup pod must run on Chroma's node. */
  postgresClaim: 'postgresql-backup',
  chromaClaim: 'chroma-backup',
} as const;

/** Mount points inside the backup pods. */
const SCRIPTS_DIR = '/scripts';
const BACKUP_MOUNT = '/backup';
export const POSTGRES_BACKUP_DIR = `${BACKUP_MOUNT}/postgresql`;
export const CHROMA_BACKUP_DIR = `${BACKUP_MOUNT}/chroma`;
/** Where kubectl looks for the in-cluster credentials. */
const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
/** The bitnami kubectl image's own non-root user. */
const KUBECTL_RUN_AS: RunAs = { user: 1001, group: 1001 };
/** The restore templates never fire on their own: February 31st does not exist. */
const NEVER = '0 0 31 2 *';
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

export interface BackupChartProps {
  readonly env: EnvironmentConfig;
  readonly scripts: Scripts;
  /** The llm-stack release: the backup jobs run its scripts. */
  readonly version: string;
  readonly postgres: PostgresChart;
  readonly chroma: ChromaChart;
}

interface JobProps {
  readonly name: string;
  readonly schedule: string;
  readonly ident: ComponentIdentity;
  readonly serviceAccountName: string;
  readonly runAs: RunAs;
  /** Run first, in order, as init containers when an upload follows. */
  readonly steps: k8s.Container[];
  readonly volumes: k8s.Volume[];
  readonly affinity?: k8s.Affinity;
  /** Restore templates: suspended, never retried, kept a week for their logs. */
  readonly restoreTemplate?: boolean;
}

/** CronJobs, volumes, RBAC and NetworkPolicies of the backups of one environment. */
export class BackupChart extends Chart {
  private readonly env: EnvironmentConfig;

  constructor(scope: Construct, id: string, props: BackupChartProps) {
    const { env, version } = props;
    const ns = env.namespace;
    const pgIdent = identity('postgresBackup', ns, version);
    super(scope, id, { namespace: ns, labels: recommendedLabels(pgIdent) });
    this.env = env;
    const cfg = env.backup;
    const chromaIdent = identity('chromaBackup', ns, version);
    const chromaMeta = (name: string) => ({ name, labels: recommendedLabels(chromaIdent) });
    const snapshotMode = cfg.chroma.mode === 'snapshot';

    // --- scripts -------------------------------------------------------------------
    const scriptNames: ScriptName[] = [
      'backupLib',
      'postgresBackup',
      'postgresRestore',
      'postgresRestoreVerify',
      'offsiteUpload',
      ...(snapshotMode ? (['chromaSnapshot', 'chromaSnapshotRestore'] as const) : (['chromaBackup', 'chromaRestore'] as const)),
    ];
    const data: Record<string, string> = Object.fromEntries(scriptNames.map((n) => [scriptFile(n), props.scripts[n]]));
    if (snapshotMode) {
      data['snapshot.json'] = json(this.snapshotTemplate(props.chroma.dataClaimName));
      data['restore-claim.json'] = json(this.restoreClaimTemplate(props.chroma));
    }
    new k8s.KubeConfigMap(this, 'scripts', {
      metadata: { name: BACKUP_NAMES.scripts, labels: recommendedLabels(identity('backupScripts', ns, version)) },
      data,
    });
    const scriptsVolume: k8s.Volume = { name: 'scripts', configMap: { name: BACKUP_NAMES.scripts, defaultMode: 0o444 } };
    const scriptsMount: k8s.VolumeMount = { name: 'scripts', mountPath: SCRIPTS_DIR, readOnly: true };
    const tmpMount: k8s.VolumeMount = { name: 'tmp', mountPath: '/tmp' };
    const run = (name: ScriptName) => ['bash', `${SCRIPTS_DIR}/${scriptFile(name)}`];

    // --- service accounts, volumes, credentials --------------------------------------
    new k8s.KubeServiceAccount(this, 'postgres-sa', { metadata: { name: BACKUP_NAMES.postgresBackup }, automountServiceAccountToken: false });
    new k8s.KubeServiceAccount(this, 'chroma-sa', { metadata: chromaMeta(BACKUP_NAMES.chromaBackup), automountServiceAccountToken: false });
    new k8s.KubeServiceAccount(this, 'chroma-restore-sa', { metadata: chromaMeta(BACKUP_NAMES.chromaRestore), automountServiceAccountToken: false });

    new k8s.KubePersistentVolumeClaim(
      this,
      'postgres-claim',
      claim({ name: BACKUP_NAMES.postgresClaim, size: cfg.postgres.storage.size, storageClassName: cfg.postgres.storage.storageClassName }),
    );
    if (!snapshotMode) {
      const storage = cfg.chroma.storage;
      new k8s.KubePersistentVolumeClaim(
        this,
        'chroma-claim',
        claim({ name: BACKUP_NAMES.chromaClaim, size: storage.size, storageClassName: storage.storageClassName, labels: recommendedLabels(chromaIdent) }),
      );
    }

    const offsite = cfg.offsite;
    const s3 = offsite.enabled
      ? new SecretSource(this, 's3-credentials', {
          name: offsite.credentialsSecret,
          secrets: env.secrets,
          keys: {
            'access-key-id': env.secrets.remoteKeys.backupS3AccessKeyId,
            'secret-access-key': env.secrets.remoteKeys.backupS3SecretAccessKey,
          },
        })
      : undefined;
    const prefix = offsite.prefix ?? ns;
    const upload = (backupDir: string, store: string, runAs: RunAs): k8s.Container | undefined =>
      s3 &&
      container({
        name: 'upload',
        image: offsite.image,
        runAs,
        resources: cfg.resources,
        command: run('offsiteUpload'),
        env: [
          { name: 'BACKUP_DIR', value: backupDir },
          { name: 'S3_ENDPOINT', value: offsite.endpoint },
          { name: 'S3_BUCKET', value: offsite.bucket },
          { name: 'S3_PREFIX', value: `${prefix}/${store}` },
          { name: 'AWS_DEFAULT_REGION', value: offsite.region },
          s3.envVar('AWS_ACCESS_KEY_ID', 'access-key-id'),
          s3.envVar('AWS_SECRET_ACCESS_KEY', 'secret-access-key'),
          // aws-cli >= 2.23 adds CRC checksums that many S3-compatible stores reject.
          { name: 'AWS_REQUEST_CHECKSUM_CALCULATION', value: 'when_required' },
          { name: 'AWS_RESPONSE_CHECKSUM_VALIDATION', value: 'when_required' },
          { name: 'HOME', value: '/tmp' },
        ],
        volumeMounts: [{ name: 'backup', mountPath: BACKUP_MOUNT, readOnly: true }, scriptsMount, tmpMount],
      });

    // --- PostgreSQL ------------------------------------------------------------------
    const db = props.postgres.connection;
    const pgEnv = (extra: k8s.EnvVar[]): k8s.EnvVar[] => [
      { name: 'BACKUP_DIR', value: POSTGRES_BACKUP_DIR },
      ...extra,
      { name: 'PGHOST', value: db.host },
      { name: 'PGPORT', value: String(db.port) },
      { name: 'PGUSER', value: 'postgres' },
      props.postgres.credentials.envVar('PGPASSWORD', 'postgres-password'),
      { name: 'PGCONNECT_TIMEOUT', value: '10' },
      { name: 'HOME', value: '/tmp' },
    ];
    const pgContainer = (name: string, script: ScriptName, extra: k8s.EnvVar[], backupReadOnly: boolean) =>
      container({
        name,
        // pg_dump and pg_restore of the server's own major version.
        image: env.postgres.image,
        runAs: POSTGRES_RUN_AS,
        resources: cfg.resources,
        command: run(script),
        env: pgEnv(extra),
        volumeMounts: [{ name: 'backup', mountPath: BACKUP_MOUNT, readOnly: backupReadOnly || undefined }, scriptsMount, tmpMount],
      });
    const pgVolumes: k8s.Volume[] = [
      { name: 'backup', persistentVolumeClaim: { claimName: BACKUP_NAMES.postgresClaim } },
      scriptsVolume,
      scratchVolume('tmp'),
    ];
    const pgJob = { ident: pgIdent, serviceAccountName: BACKUP_NAMES.postgresBackup, runAs: POSTGRES_RUN_AS, volumes: pgVolumes };

    this.cronJob('postgres-backup', {
      ...pgJob,
      name: BACKUP_NAMES.postgresBackup,
      schedule: cfg.schedule,
      steps: [
        pgContainer('backup', 'postgresBackup', [{ name: 'RETENTION_DAYS', value: String(cfg.retentionDays) }], false),
        ...present(upload(POSTGRES_BACKUP_DIR, 'postgresql', POSTGRES_RUN_AS)),
      ],
    });
    this.cronJob('postgres-restore', {
      ...pgJob,
      name: BACKUP_NAMES.postgresRestore,
      schedule: NEVER,
      restoreTemplate: true,
      steps: [
        pgContainer(
          'restore',
          'postgresRestore',
          [
            { name: 'DATABASE', value: db.database },
            { name: 'DATABASE_OWNER', value: db.user },
            // Set with `kubectl set env` (docs/backup-restore.md): a dump file name, and
            // another database to restore into. Empty: the newest dump, into DATABASE.
            { name: 'DUMP', value: '' },
            { name: 'TARGET_DATABASE', value: '' },
          ],
          true,
        ),
      ],
    });
    this.cronJob('postgres-verify', {
      ...pgJob,
      name: BACKUP_NAMES.postgresVerify,
      schedule: cfg.verifySchedule,
      steps: [pgContainer('verify', 'postgresRestoreVerify', [], true)],
    });

    // --- Chroma ----------------------------------------------------------------------
    const chroma = props.chroma;
    const chromaPods: k8s.LabelSelector = { matchLabels: chroma.podLabels };
    if (snapshotMode) {
      this.snapshotRbac(chroma, recommendedLabels(chromaIdent));
      const kubectlEnv = (extra: k8s.EnvVar[]): k8s.EnvVar[] => [
        { name: 'SNAPSHOT_SELECTOR', value: Object.entries(SNAPSHOT_LABELS).map(([k, v]) => `${k}=${v}`).join(',') },
        { name: 'READY_TIMEOUT_SECONDS', value: String(cfg.chroma.snapshotReadyTimeoutSeconds) },
        ...extra,
        { name: 'HOME', value: '/tmp' },
      ];
      const kubectlVolumes: k8s.Volume[] = [scriptsVolume, scratchVolume('tmp'), serviceAccountToken()];
      const kubectlMounts: k8s.VolumeMount[] = [scriptsMount, tmpMount, { name: 'kube-api-access', mountPath: SERVICE_ACCOUNT_DIR, readOnly: true }];
      this.cronJob('chroma-backup', {
        name: BACKUP_NAMES.chromaBackup,
        schedule: cfg.schedule,
        ident: chromaIdent,
        serviceAccountName: BACKUP_NAMES.chromaBackup,
        runAs: KUBECTL_RUN_AS,
        volumes: kubectlVolumes,
        steps: [
          container({
            name: 'snapshot',
            image: cfg.chroma.kubectlImage,
            runAs: KUBECTL_RUN_AS,
            resources: cfg.resources,
            command: run('chromaSnapshot'),
            env: kubectlEnv([{ name: 'RETENTION_DAYS', value: String(cfg.retentionDays) }]),
            volumeMounts: kubectlMounts,
          }),
        ],
      });
      this.cronJob('chroma-restore', {
        name: BACKUP_NAMES.chromaRestore,
        schedule: NEVER,
        restoreTemplate: true,
        ident: chromaIdent,
        serviceAccountName: BACKUP_NAMES.chromaRestore,
        runAs: KUBECTL_RUN_AS,
        volumes: kubectlVolumes,
        steps: [
          container({
            name: 'restore',
            image: cfg.chroma.kubectlImage,
            runAs: KUBECTL_RUN_AS,
            resources: cfg.resources,
            command: run('chromaSnapshotRestore'),
            env: kubectlEnv([
              { name: 'STATEFULSET', value: CHROMA_NAME },
              { name: 'CLAIM_NAME', value: chroma.dataClaimName },
              // Set with `kubectl set env` to restore a given snapshot; empty: the newest.
              { name: 'SNAPSHOT', value: '' },
            ]),
            volumeMounts: kubectlMounts,
          }),
        ],
      });
    } else {
      // The archive image: the official Python image has bash, tar and the sqlite3
      // module (SQLite's online backup API), and no official image ships the sqlite3 CLI.
      const chromaVolumes = (dataReadOnly: boolean): k8s.Volume[] => [
        { name: 'data', persistentVolumeClaim: { claimName: chroma.dataClaimName, readOnly: dataReadOnly || undefined } },
        { name: 'backup', persistentVolumeClaim: { claimName: BACKUP_NAMES.chromaClaim } },
        scriptsVolume,
        scratchVolume('tmp'),
      ];
      const archiveEnv = (extra: k8s.EnvVar[]): k8s.EnvVar[] => [
        { name: 'DATA_DIR', value: CHROMA_DATA_PATH },
        { name: 'BACKUP_DIR', value: CHROMA_BACKUP_DIR },
        ...extra,
        { name: 'HOME', value: '/tmp' },
        { name: 'PYTHONDONTWRITEBYTECODE', value: '1' },
      ];
      this.cronJob('chroma-backup', {
        name: BACKUP_NAMES.chromaBackup,
        schedule: cfg.schedule,
        ident: chromaIdent,
        serviceAccountName: BACKUP_NAMES.chromaBackup,
        // Chroma's own uid: it reads Chroma's files.
        runAs: CHROMA_RUN_AS,
        volumes: chromaVolumes(true),
        // The data volume is ReadWriteOnce and in use: only a pod on Chroma's node can mount it.
        affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: chromaPods, topologyKey: 'kubernetes.io/hostname' }] } },
        steps: [
          container({
            name: 'archive',
            image: cfg.chroma.image,
            runAs: CHROMA_RUN_AS,
            resources: cfg.resources,
            command: run('chromaBackup'),
            env: archiveEnv([{ name: 'RETENTION_DAYS', value: String(cfg.retentionDays) }]),
            volumeMounts: [
              { name: 'data', mountPath: CHROMA_DATA_PATH, readOnly: true },
              { name: 'backup', mountPath: BACKUP_MOUNT },
              scriptsMount,
              tmpMount,
            ],
          }),
          ...present(upload(CHROMA_BACKUP_DIR, 'chroma', CHROMA_RUN_AS)),
        ],
      });
      this.cronJob('chroma-restore', {
        name: BACKUP_NAMES.chromaRestore,
        schedule: NEVER,
        restoreTemplate: true,
        ident: chromaIdent,
        serviceAccountName: BACKUP_NAMES.chromaRestore,
        runAs: CHROMA_RUN_AS,
        volumes: chromaVolumes(false),
        // Never next to a running Chroma: with Chroma up, the ReadWriteOnce volume cannot
        // attach elsewhere and the job waits until its deadline instead of writing under it.
        affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: chromaPods, topologyKey: 'kubernetes.io/hostname' }] } },
        steps: [
          container({
            name: 'restore',
            image: cfg.chroma.image,
            runAs: CHROMA_RUN_AS,
            resources: cfg.resources,
            command: run('chromaRestore'),
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

    // --- network -----------------------------------------------------------------------
    // Backup pods accept no connections. They reach PostgreSQL (PostgreSQL's own policy
    // admits them), the object storage when off-site upload is on and, in snapshot mode,
    // the Kubernetes API. DNS is allowed to every pod by the platform chart.
    const offsiteEgress: k8s.NetworkPolicyEgressRule[] = offsite.enabled
      ? [{ to: offsite.egressCidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: [tcpPort(endpointPort(offsite.endpoint!))] }]
      : [];
    new k8s.KubeNetworkPolicy(this, 'postgres-netpol', {
      metadata: { name: BACKUP_NAMES.postgresBackup },
      spec: {
        podSelector: { matchLabels: podLabels('postgresBackup', ns) },
        policyTypes: ['Ingress', 'Egress'],
        egress: [{ to: [podPeer(db.podLabels)], ports: [tcpPort(db.port)] }, ...offsiteEgress],
      },
    });
    const chromaEgress: k8s.NetworkPolicyEgressRule[] = snapshotMode
      ? [{ to: cfg.chroma.apiServerCidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: cfg.chroma.apiServerPorts.map((p) => tcpPort(p)) }]
      : offsiteEgress;
    new k8s.KubeNetworkPolicy(this, 'chroma-netpol', {
      metadata: chromaMeta(BACKUP_NAMES.chromaBackup),
      spec: {
        podSelector: { matchLabels: podLabels('chromaBackup', ns) },
        policyTypes: ['Ingress', 'Egress'],
        egress: chromaEgress,
      },
    });
  }

  /** A CronJob whose pods run `steps` in order; with off-site upload the last step is the upload. */
  private cronJob(id: string, props: JobProps): k8s.KubeCronJob {
    const cfg = this.env.backup;
    const labels = recommendedLabels(props.ident);
    const steps = props.steps;
    const template = props.restoreTemplate;
    return new k8s.KubeCronJob(this, id, {
      metadata: { name: props.name, labels },
      spec: {
        schedule: props.schedule,
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
              initContainers: steps.length > 1 ? steps.slice(0, -1) : undefined,
              containers: steps.slice(-1),
              volumes: props.volumes,
              affinity: props.affinity,
            }),
          },
        },
      },
    });
  }

  /** The VolumeSnapshot the snapshot job creates; `__NAME__` is replaced at run time. */
  private snapshotTemplate(claimName: string): unknown {
    return VolumeSnapshot.manifest({
      metadata: { name: '__NAME__', namespace: this.env.namespace, labels: SNAPSHOT_LABELS },
      spec: {
        volumeSnapshotClassName: this.env.backup.chroma.volumeSnapshotClassName,
        source: { persistentVolumeClaimName: claimName },
      },
    });
  }

  /** Chroma's data claim as the StatefulSet creates it, filled from snapshot `__SNAPSHOT__`. */
  private restoreClaimTemplate(chroma: ChromaChart): unknown {
    const storage = this.env.chroma.storage;
    const c = claim({ name: chroma.dataClaimName, size: storage.size, storageClassName: storage.storageClassName, labels: chroma.podLabels });
    return {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { ...c.metadata, namespace: this.env.namespace },
      spec: {
        ...c.spec,
        resources: { requests: { storage: storage.size } },
        dataSource: { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: '__SNAPSHOT__' },
      },
    };
  }

  /** Least privilege for the snapshot jobs (snapshot mode only). */
  private snapshotRbac(chroma: ChromaChart, labels: Record<string, string>): void {
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
      new k8s.KubeRole(this, `${name}-role`, { metadata: { name, labels }, rules });
      new k8s.KubeRoleBinding(this, `${name}-binding`, {
        metadata: { name, labels },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
        subjects: [{ kind: 'ServiceAccount', name, namespace: this.env.namespace }],
      });
    }
  }
}

/** The file name a script has in the ConfigMap (and so under /scripts). */
export function scriptFile(name: ScriptName): string {
  return SCRIPT_FILES[name].split('/').pop()!;
}

function present<T>(x: T | undefined): T[] {
  return x === undefined ? [] : [x];
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The TCP port of an http(s) URL. */
export function endpointPort(url: string): number {
  const u = new URL(url);
  return u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80;
}

/**
 * The snapshot jobs talk to the API server. Instead of automounting the token
 * (automountServiceAccountToken stays false on every pod) they mount the same projected
 * volume explicitly, with a one-hour token.
 */
function serviceAccountToken(): k8s.Volume {
  return {
    name: 'kube-api-access',
    projected: {
      defaultMode: 0o444,
      sources: [
        { serviceAccountToken: { path: 'token', expirationSeconds: 3600 } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardApi: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
    },
  };
}
