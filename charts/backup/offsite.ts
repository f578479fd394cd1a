import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../../config/schema';
import { tcpPort } from '../../lib/endpoint';
import { SecretSource } from '../../lib/secret-source';
import { RunAs } from '../../lib/security';
import { container, memoryVolume } from '../../lib/workload';
import { BACKUP_MOUNT } from './names';
import { endpointPort, runScript, scriptsMount, tmpMount } from './pod-parts';

/** The credentials Secret, mounted as files. */
const S3_CREDENTIALS_DIR = '/var/run/secrets/backup-s3';
/** tmpfs for the aws-cli credentials file the upload script writes: never on the node's disk. */
const AWS_DIR = '/var/run/aws';

export interface OffsiteUploadProps {
  readonly env: EnvironmentConfig;
}

/**
 * Off-site copies to S3-compatible object storage (`backup.offsite`): the credentials
 * Secret, and the upload step that ends each backup job when enabled.
 */
export class OffsiteUpload extends Construct {
  private readonly env: EnvironmentConfig;
  private readonly s3?: SecretSource;

  constructor(scope: Construct, id: string, props: OffsiteUploadProps) {
    super(scope, id);
    const { env } = props;
    this.env = env;
    const offsite = env.backup.offsite;
    this.s3 = offsite.enabled
      ? new SecretSource(this, 's3-credentials', {
          name: offsite.credentialsSecret,
          secrets: env.secrets,
          keys: {
            'access-key-id': env.secrets.remoteKeys.backupS3AccessKeyId,
            'secret-access-key': env.secrets.remoteKeys.backupS3SecretAccessKey,
          },
        })
      : undefined;
  }

  /** The upload step for one store's backups; undefined when off-site upload is off. */
  container(backupDir: string, store: string, runAs: RunAs): k8s.Container | undefined {
    const s3 = this.s3;
    if (!s3) return undefined;
    const { backup, namespace } = this.env;
    const offsite = backup.offsite;
    return container({
      name: 'upload',
      image: offsite.image,
      runAs,
      resources: backup.resources,
      command: runScript('offsiteUpload'),
      env: [
        { name: 'BACKUP_DIR', value: backupDir },
        { name: 'S3_ENDPOINT', value: offsite.endpoint },
        { name: 'S3_BUCKET', value: offsite.bucket },
        { name: 'S3_PREFIX', value: `${offsite.prefix ?? namespace}/${store}` },
        { name: 'AWS_DEFAULT_REGION', value: offsite.region },
        // Files of the mounted Secret, not env values. offsite-upload.sh writes them into the
        // shared credentials file aws-cli reads (AWS_SHARED_CREDENTIALS_FILE), on a tmpfs.
        { name: 'AWS_ACCESS_KEY_ID_FILE', value: s3.file(S3_CREDENTIALS_DIR, 'access-key-id') },
        { name: 'AWS_SECRET_ACCESS_KEY_FILE', value: s3.file(S3_CREDENTIALS_DIR, 'secret-access-key') },
        { name: 'AWS_SHARED_CREDENTIALS_FILE', value: `${AWS_DIR}/credentials` },
        { name: 'AWS_CONFIG_FILE', value: `${AWS_DIR}/config` },
        // aws-cli >= 2.23 adds CRC checksums that many S3-compatible stores reject; older
        // releases ignore these variables (config/aws-cli.ts).
        { name: 'AWS_REQUEST_CHECKSUM_CALCULATION', value: 'when_required' },
        { name: 'AWS_RESPONSE_CHECKSUM_VALIDATION', value: 'when_required' },
        { name: 'HOME', value: '/tmp' },
      ],
      volumeMounts: [
        { name: 'backup', mountPath: BACKUP_MOUNT, readOnly: true },
        scriptsMount,
        tmpMount,
        { name: 's3-credentials', mountPath: S3_CREDENTIALS_DIR, readOnly: true },
        { name: 'aws', mountPath: AWS_DIR },
      ],
    });
  }

  /** The volumes the upload step mounts, for the pods that run it; none when off-site upload is off. */
  volumes(): k8s.Volume[] {
    return this.s3 ? [this.s3.volume('s3-credentials'), memoryVolume('aws', '1Mi')] : [];
  }

  /** Egress to the object storage; none when off-site upload is off. */
  egress(): k8s.NetworkPolicyEgressRule[] {
    return objectStorageEgress(this.env);
  }
}

/**
 * Egress to the object storage of `backup.offsite`: `egressCidrs` on the endpoint's port; none
 * when off-site upload is off. The backup jobs' policy and the CloudNativePG instances' policy
 * (charts/cloudnative-pg/network.ts, for the Barman Cloud plugin) use it.
 */
export function objectStorageEgress(env: EnvironmentConfig): k8s.NetworkPolicyEgressRule[] {
  const offsite = env.backup.offsite;
  return offsite.enabled
    ? [{ to: offsite.egressCidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: [tcpPort(endpointPort(offsite.endpoint!))] }]
    : [];
}
