import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { SecretFile } from '../../lib/database-engine';
import { SecretSource } from '../../lib/secret-source';
import { CNPG_SECRETS } from './names';

/**
 * CloudNativePG wants basic-auth Secrets (`username`, `password`; the username matching the
 * role: docs/src/bootstrap.md at v1.30.0). They hold the same stored passwords as the
 * StatefulSet's postgresql-credentials (`secrets.remoteKeys.postgresPassword` and
 * `postgresSuperuserPassword`). The label cnpg.io/reload makes the operator apply a changed
 * password inside PostgreSQL (docs/src/cncf-projects/external-secrets.md).
 */
const RELOAD = { 'cnpg.io/reload': 'true' };
const BASIC_AUTH = 'kubernetes.io/basic-auth';

export interface CnpgCredentialsProps {
  readonly env: EnvironmentConfig;
}

/** The owner's and the superuser's basic-auth Secrets, by ExternalSecret or created by hand (secrets.mode). */
export class CnpgCredentials extends Construct {
  /** The database owner's Secret: the app and the migration read `password`. */
  readonly app: SecretSource;
  readonly superuser: SecretSource;

  constructor(scope: Construct, id: string, props: CnpgCredentialsProps) {
    super(scope, id);
    const { env } = props;
    const keys = env.secrets.remoteKeys;
    this.app = new SecretSource(this, 'app', {
      name: CNPG_SECRETS.app,
      secrets: env.secrets,
      keys: { password: keys.postgresPassword },
      shape: { type: BASIC_AUTH, literals: { username: env.postgres.user }, labels: RELOAD },
    });
    this.superuser = new SecretSource(this, 'superuser', {
      name: CNPG_SECRETS.superuser,
      secrets: env.secrets,
      keys: { password: keys.postgresSuperuserPassword },
      shape: { type: BASIC_AUTH, literals: { username: 'postgres' }, labels: RELOAD },
    });
  }

  /** The superuser's password as a file of its Secret (the backup jobs log in as postgres). */
  superuserPassword(): SecretFile {
    return { secretName: this.superuser.secretName, key: 'password' };
  }
}
