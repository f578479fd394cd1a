import * as fs from 'fs';
import * as path from 'path';

/** Shell scripts that ConfigMaps carry, so the cluster and the tests run the very same text. */
export const SCRIPT_FILES = {
  postgresInit: 'postgres/init-app-user.sh',
  postgresHba: 'postgres/pg_hba.conf',
  postgresIdent: 'postgres/pg_ident.conf',
  postgresPasswordSync: 'postgres/sync-passwords.sh',
  backupLib: 'backup/backup-lib.sh',
  postgresBackup: 'backup/postgres-backup.sh',
  postgresRestore: 'backup/postgres-restore.sh',
  postgresRestoreVerify: 'backup/postgres-restore-verify.sh',
  chromaBackup: 'backup/chroma-backup.sh',
  chromaRestore: 'backup/chroma-restore.sh',
  chromaExport: 'backup/chroma-export.sh',
  chromaImport: 'backup/chroma-import.sh',
  chromaRestoreVerify: 'backup/chroma-restore-verify.sh',
  chromaLogical: 'backup/chroma-logical.py',
  chromaSnapshot: 'backup/chroma-snapshot.sh',
  chromaSnapshotRestore: 'backup/chroma-snapshot-restore.sh',
  offsiteUpload: 'backup/offsite-upload.sh',
} as const;

export type ScriptName = keyof typeof SCRIPT_FILES;
export type Scripts = Record<ScriptName, string>;

/** Reads every script once, at load time (charts receive the text as props). */
export function loadScripts(root: string): Scripts {
  const entries = Object.entries(SCRIPT_FILES).map(([name, file]) => [name, fs.readFileSync(path.join(root, file), 'utf8')]);
  return Object.fromEntries(entries) as Scripts;
}
