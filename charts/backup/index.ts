import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { recommendedLabels } from '../../lib/labels';
import { claim } from '../../lib/storage';
import { ScriptName, Scripts } from '../../scripts';
import { ChromaChart } from '../chroma';
import { identity } from '../identities';
import { DatabaseEngine } from '../../lib/database-engine';
import { ChromaArchiveBackup } from './chroma-archive';
import { ChromaExportBackup } from './chroma-export';
import { ChromaSnapshotBackup } from './chroma-snapshot';
import { BACKUP_NAMES } from './names';
import { BackupNetworkPolicies } from './network';
import { OffsiteUpload } from './offsite';
import { scriptFile } from './pod-parts';
import { PostgresBackup } from './postgres-backup';

export { BACKUP_NAMES, CHROMA_BACKUP_DIR, POSTGRES_BACKUP_DIR } from './names';
export { endpointPort, scriptFile } from './pod-parts';

// Backups, restores and restore verification for PostgreSQL and Chroma (SPEC 2.5,
// docs/backup-restore.md). Every job runs a script from scripts/backup/, carried by the
// ConfigMap backup-scripts, so the cluster runs the very text the tests run.

/** The Chroma backup modes (`backup.chroma.mode`), sibling constructs chosen here only. */
const CHROMA_MODES = { export: ChromaExportBackup, snapshot: ChromaSnapshotBackup, 'unsafe-live-archive': ChromaArchiveBackup } as const;

export interface BackupChartProps {
  readonly env: EnvironmentConfig;
  readonly scripts: Scripts;
  /** The llm-stack release: the backup jobs run its scripts. */
  readonly version: string;
  /** PostgreSQL, whichever engine runs it (`postgres.engine`). */
  readonly postgres: DatabaseEngine;
  readonly chroma: ChromaChart;
}

/** CronJobs, volumes, RBAC and NetworkPolicies of the backups of one environment. */
export class BackupChart extends Chart {
  constructor(scope: Construct, id: string, props: BackupChartProps) {
    const { env, version, chroma } = props;
    const ns = env.namespace;
    super(scope, id, { namespace: ns, labels: recommendedLabels(identity('postgresBackup', ns, version)) });
    const mode = env.backup.chroma.mode;
    const ChromaMode = CHROMA_MODES[mode];

    const scriptNames: ScriptName[] = ['backupLib', 'postgresBackup', 'postgresRestore', 'postgresRestoreVerify', 'offsiteUpload', ...ChromaMode.scripts];
    new k8s.KubeConfigMap(this, 'scripts', {
      metadata: { name: BACKUP_NAMES.scripts, labels: recommendedLabels(identity('backupScripts', ns, version)) },
      data: {
        ...Object.fromEntries(scriptNames.map((n) => [scriptFile(n), props.scripts[n]])),
        ...ChromaMode.files(env, chroma),
      },
    });
    this.accountsAndClaims(env, version);
    const offsite = new OffsiteUpload(this, 'offsite', { env });
    new PostgresBackup(this, 'postgres', { env, version, postgres: props.postgres, offsite });
    new ChromaMode(this, 'chroma', { env, version, chroma, offsite });
    new BackupNetworkPolicies(this, 'network', { env, version, postgres: props.postgres, chroma, offsite });
  }

  /** One ServiceAccount per job kind; the backup claims (Chroma's own in unsafe-live-archive mode only). */
  private accountsAndClaims(env: EnvironmentConfig, version: string): void {
    const cfg = env.backup;
    const chromaLabels = recommendedLabels(identity('chromaBackup', env.namespace, version));
    const chromaMeta = (name: string) => ({ name, labels: chromaLabels });
    new k8s.KubeServiceAccount(this, 'postgres-sa', { metadata: { name: BACKUP_NAMES.postgresBackup }, automountServiceAccountToken: false });
    new k8s.KubeServiceAccount(this, 'chroma-sa', { metadata: chromaMeta(BACKUP_NAMES.chromaBackup), automountServiceAccountToken: false });
    new k8s.KubeServiceAccount(this, 'chroma-restore-sa', { metadata: chromaMeta(BACKUP_NAMES.chromaRestore), automountServiceAccountToken: false });
    const pg = cfg.postgres.storage;
    new k8s.KubePersistentVolumeClaim(this, 'postgres-claim', claim({ name: BACKUP_NAMES.postgresClaim, size: pg.size, storageClassName: pg.storageClassName }));
    if (cfg.chroma.mode === 'unsafe-live-archive') {
      const storage = cfg.chroma.storage;
      new k8s.KubePersistentVolumeClaim(
        this,
        'chroma-claim',
        claim({ name: BACKUP_NAMES.chromaClaim, size: storage.size, storageClassName: storage.storageClassName, labels: chromaLabels }),
      );
    }
  }
}
