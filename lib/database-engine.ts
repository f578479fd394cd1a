import { k8s } from 'cdk8s-plus-27';
import { ServiceEndpoint } from './endpoint';

// What the other charts of an environment need from its PostgreSQL, whichever engine runs it
// (`postgres.engine`): charts/postgres.ts (StatefulSet) and charts/cloudnative-pg/ (a
// CloudNativePG Cluster) both implement DatabaseEngine; charts/environment.ts picks one.

/** Where a client connects, as whom, and where its password comes from. */
export interface DatabaseClient extends ServiceEndpoint {
  readonly database: string;
  readonly user: string;
  /** Env var carrying the app user's password from a Secret reference. */
  readonly passwordEnv: (envName: string) => k8s.EnvVar;
}

/** One key of a Secret, which pods mount as a file. */
export interface SecretFile {
  readonly secretName: string;
  readonly key: string;
}

export interface DatabaseEngine {
  /** Where the app and the migration connect (the primary, or a connection pooler in front of it). */
  readonly connection: DatabaseClient;
  /** Where the logical backup reads from with pg_dump: a hot standby where one exists. */
  readonly dumpSource: ServiceEndpoint;
  /** The primary, for what writes: the restore and the restore verification's scratch databases. */
  readonly primary: ServiceEndpoint;
  /** The password of the `postgres` superuser, which the backup jobs log in as. */
  readonly superuserPassword: SecretFile;
}

/** `file` as a volume of its whole Secret (mode 0440, as SecretSource.volume()). */
export function secretFileVolume(file: SecretFile, volumeName: string): k8s.Volume {
  return { name: volumeName, secret: { secretName: file.secretName, defaultMode: 0o440 } };
}

/** The path of `file` in secretFileVolume() mounted at `mountPath`. */
export function secretFilePath(file: SecretFile, mountPath: string): string {
  return `${mountPath}/${file.key}`;
}
