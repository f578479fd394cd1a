import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { identity } from '../identities';
import { CREDENTIALS_DIR, POSTGRES_RUN_AS } from '../postgres';
import { DatabaseEngine, secretFilePath, secretFileVolume } from '../../lib/database-engine';
import { ServiceEndpoint } from '../../lib/endpoint';
import { ScriptName } from '../../scripts';
import { container, memoryVolume } from '../../lib/workload';
import { BackupCronJob } from './cron-job';
import { BACKUP_MOUNT, BACKUP_NAMES, CHROMA_BACKUP_DIR, POSTGRES_BACKUP_DIR } from './names';
import { OffsiteUpload } from './offsite';
import { present, runScript, scriptsMount, scriptsVolume, tmpMount, tmpVolume } from './pod-parts';

export interface PostgresBackupProps {
  readonly env: EnvironmentConfig;
  /** The llm-stack release: the jobs run its scripts. */
  readonly version: string;
  /** The database the jobs back up and restore into, whichever engine runs it. */
  readonly postgres: DatabaseEngine;
  readonly offsite: OffsiteUpload;
}

/** tmpfs for the private copy of the password that libpq reads (PGPASSFILE). */
const LIBPQ_DIR = '/var/run/libpq';

/** PostgreSQL's backup, restore template and weekly restore verification CronJobs. */
export class PostgresBackup extends Construct {
  constructor(scope: Construct, id: string, props: PostgresBackupProps) {
    super(scope, id);
    const { env, postgres } = props;
    const cfg = env.backup;
    const db = postgres.connection;
    // The dump reads from a standby where there is one; restores and the verification's
    // scratch databases write, so they go to the primary.
    const pgEnv = (server: ServiceEndpoint, extra: k8s.EnvVar[]): k8s.EnvVar[] => [
      { name: 'BACKUP_DIR', value: POSTGRES_BACKUP_DIR },
      ...extra,
      { name: 'PGHOST', value: server.host },
      { name: 'PGPORT', value: String(server.port) },
      { name: 'PGUSER', value: 'postgres' },
      // The superuser's password is a file of the mounted Secret. libpq ignores a password
      // file that group or others may read, which a Secret file is under fsGroup, so the
      // scripts copy it into PGPASSFILE (mode 0600, on a tmpfs) first (backup-lib.sh).
      { name: 'POSTGRES_PASSWORD_FILE', value: secretFilePath(postgres.superuserPassword, CREDENTIALS_DIR) },
      { name: 'PGPASSFILE', value: `${LIBPQ_DIR}/pgpass` },
      { name: 'PGCONNECT_TIMEOUT', value: '10' },
      { name: 'HOME', value: '/tmp' },
    ];
    const pgContainer = (name: string, script: ScriptName, server: ServiceEndpoint, extra: k8s.EnvVar[], backupReadOnly: boolean) =>
      container({
        name,
        // pg_dump and pg_restore of the server's own major version.
        image: env.postgres.image,
        runAs: POSTGRES_RUN_AS,
        resources: cfg.resources,
        command: runScript(script),
        env: pgEnv(server, extra),
        volumeMounts: [
          { name: 'backup', mountPath: BACKUP_MOUNT, readOnly: backupReadOnly || undefined },
          scriptsMount,
          tmpMount,
          { name: 'credentials', mountPath: CREDENTIALS_DIR, readOnly: true },
          { name: 'libpq', mountPath: LIBPQ_DIR },
        ],
      });
    const job = {
      cfg,
      ident: identity('postgresBackup', env.namespace, props.version),
      serviceAccountName: BACKUP_NAMES.postgresBackup,
      runAs: POSTGRES_RUN_AS,
      volumes: [
        { name: 'backup', persistentVolumeClaim: { claimName: BACKUP_NAMES.postgresClaim } },
        scriptsVolume,
        tmpVolume(),
        secretFileVolume(postgres.superuserPassword, 'credentials'),
        memoryVolume('libpq', '1Mi'),
      ],
    };

    new BackupCronJob(this, 'backup', {
      ...job,
      name: BACKUP_NAMES.postgresBackup,
      schedule: cfg.schedule,
      volumes: [...job.volumes, ...props.offsite.volumes()],
      steps: [
        pgContainer(
          'backup',
          'postgresBackup',
          postgres.dumpSource,
          [
            { name: 'RETENTION_DAYS', value: String(cfg.retentionDays) },
            // Chroma's exports share this volume: each run records Chroma's newest (the matched pair).
            ...(cfg.chroma.mode === 'export' ? [{ name: 'PAIRED_BACKUP_DIR', value: CHROMA_BACKUP_DIR }] : []),
          ],
          false,
        ),
        ...present(props.offsite.container(POSTGRES_BACKUP_DIR, 'postgresql', POSTGRES_RUN_AS)),
      ],
    });
    new BackupCronJob(this, 'restore', {
      ...job,
      name: BACKUP_NAMES.postgresRestore,
      restoreTemplate: true,
      steps: [
        pgContainer(
          'restore',
          'postgresRestore',
          postgres.primary,
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
    new BackupCronJob(this, 'verify', {
      ...job,
      name: BACKUP_NAMES.postgresVerify,
      schedule: cfg.verifySchedule,
      steps: [pgContainer('verify', 'postgresRestoreVerify', postgres.primary, [], true)],
    });
  }
}
