import { RunAs } from '../../lib/security';

/** Object names; the backup alerts and docs/backup-restore.md refer to them. */
export const BACKUP_NAMES = {
  scripts: 'backup-scripts',
  postgresBackup: 'postgresql-backup',
  postgresRestore: 'postgresql-restore',
  postgresVerify: 'postgresql-restore-verify',
  chromaBackup: 'chroma-backup',
  chromaRestore: 'chroma-restore',
  chromaVerify: 'chroma-restore-verify',
  /**
   * Volume claims. postgresql-backup holds PostgreSQL's dumps under postgresql/ and, in
   * export mode, Chroma's exports under chroma/ (one volume, so that each store's backup
   * can record the other's newest: the matched pair). chroma-backup exists only in
   * unsafe-live-archive mode, whose pod must run on Chroma's node.
   */
  postgresClaim: 'postgresql-backup',
  chromaClaim: 'chroma-backup',
} as const;

/** Mount points inside the backup pods. */
export const SCRIPTS_DIR = '/scripts';
export const BACKUP_MOUNT = '/backup';
export const POSTGRES_BACKUP_DIR = `${BACKUP_MOUNT}/postgresql`;
export const CHROMA_BACKUP_DIR = `${BACKUP_MOUNT}/chroma`;
/** Where kubectl looks for the in-cluster credentials. */
export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
/** The bitnami kubectl image's own non-root user. */
export const KUBECTL_RUN_AS: RunAs = { user: 1001, group: 1001 };
/** The restore templates never fire on their own: February 31st does not exist. */
export const NEVER = '0 0 31 2 *';
