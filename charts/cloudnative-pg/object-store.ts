import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import {
  ObjectStore,
  ObjectStoreSpecConfigurationDataCompression,
  ObjectStoreSpecConfigurationWalCompression,
  ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits,
  ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests,
} from '../../imports/barmancloud.cnpg.io';
import { KEEP_ON_SYNC } from '../../lib/storage';
import { OBJECT_STORE_NAME } from './names';

/** Keys of the off-site credentials Secret (charts/backup/offsite.ts renders or expects it). */
const ACCESS_KEY_ID = 'access-key-id';
const SECRET_ACCESS_KEY = 'secret-access-key';

export interface CnpgObjectStoreProps {
  readonly env: EnvironmentConfig;
  /** @default OBJECT_STORE_NAME ('postgresql') */
  readonly name?: string;
}

/** `s3://<bucket>/<prefix>/cloudnative-pg`: beside the dumps' `<prefix>/postgresql` and `<prefix>/chroma`. */
export function objectStorePath(env: EnvironmentConfig): string {
  const offsite = env.backup.offsite;
  if (!offsite.enabled || !offsite.bucket) throw new Error(`config[${env.name}].backup.offsite: the CloudNativePG ObjectStore needs off-site storage enabled with a bucket`);
  return `s3://${offsite.bucket}/${offsite.prefix ?? env.namespace}/cloudnative-pg`;
}

/**
 * The Barman Cloud plugin ObjectStore (barmancloud.cnpg.io/v1, plugin v0.14.0): the
 * S3-compatible bucket of `backup.offsite`, with the same credentials Secret as the logical
 * backups' upload (ExternalSecret or existing Secret), WAL and base backups kept
 * `backup.retentionDays` days. Argo CD never prunes or deletes it.
 */
export class CnpgObjectStore extends Construct {
  readonly name: string;

  constructor(scope: Construct, id: string, props: CnpgObjectStoreProps) {
    super(scope, id);
    const { env } = props;
    const offsite = env.backup.offsite;
    const sidecar = env.postgres.cloudnativePg.sidecarResources;
    this.name = props.name ?? OBJECT_STORE_NAME;
    const secret = offsite.credentialsSecret;
    new ObjectStore(this, 'Resource', {
      metadata: { name: this.name, annotations: KEEP_ON_SYNC },
      spec: {
        retentionPolicy: `${env.backup.retentionDays}d`,
        configuration: {
          destinationPath: objectStorePath(env),
          endpointUrl: offsite.endpoint,
          s3Credentials: {
            accessKeyId: { name: secret, key: ACCESS_KEY_ID },
            secretAccessKey: { name: secret, key: SECRET_ACCESS_KEY },
          },
          wal: { compression: ObjectStoreSpecConfigurationWalCompression.GZIP, maxParallel: 4 },
          data: { compression: ObjectStoreSpecConfigurationDataCompression.GZIP, jobs: 2 },
        },
        instanceSidecarConfiguration: {
          // The region as the off-site upload's client gets it, and the same checksum
          // settings: boto3 >= 1.36 (barman-cloud's S3 client) sends CRC checksums that many
          // S3-compatible stores reject unless told to only when required (config/aws-cli.ts).
          env: [
            { name: 'AWS_DEFAULT_REGION', value: offsite.region },
            { name: 'AWS_REQUEST_CHECKSUM_CALCULATION', value: 'when_required' },
            { name: 'AWS_RESPONSE_CHECKSUM_VALIDATION', value: 'when_required' },
          ],
          resources: {
            requests: {
              cpu: ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests.fromString(sidecar.requests.cpu),
              memory: ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests.fromString(sidecar.requests.memory),
            },
            limits: {
              cpu: ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits.fromString(sidecar.limits.cpu),
              memory: ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits.fromString(sidecar.limits.memory),
            },
          },
        },
      },
    });
  }
}
