import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { SecretsConfig } from '../config/schema';
import {
  ExternalSecret,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
  ExternalSecretSpecTargetDeletionPolicy,
  ExternalSecretSpecTargetTemplate,
  ExternalSecretSpecTargetTemplateEngineVersion,
  ExternalSecretSpecTargetTemplateMergePolicy,
} from '../imports/external-secrets.io';

export interface RemoteKey {
  readonly key: string;
  readonly property?: string;
}

export interface SecretSourceProps {
  /** Name of the Kubernetes Secret the workloads read. */
  readonly name: string;
  readonly secrets: SecretsConfig;
  /** Secret data key -> where the value lives in the external store. */
  readonly keys: Record<string, RemoteKey>;
  /**
   * The Secret's shape when a consumer needs more than the stored values (external-secrets
   * mode; in existing mode the README commands create it so): its type, keys with fixed
   * values beside `keys`, and labels.
   * @default an Opaque Secret of exactly `keys`
   */
  readonly shape?: SecretShape;
}

export interface SecretShape {
  /** e.g. `kubernetes.io/basic-auth`. */
  readonly type: string;
  /** Keys with a fixed value, e.g. `username` of a basic-auth Secret. */
  readonly literals: Record<string, string>;
  readonly labels?: Record<string, string>;
}

/**
 * A Secret that workloads reference by name and key. In `external-secrets` mode an
 * ExternalSecret fills it from the configured ClusterSecretStore; in `existing` mode an
 * operator creates it (README "Secrets"). Either way dist/ holds no secret value.
 */
export class SecretSource extends Construct {
  readonly secretName: string;
  private readonly keys: Set<string>;

  constructor(scope: Construct, id: string, props: SecretSourceProps) {
    super(scope, id);
    this.secretName = props.name;
    this.keys = new Set([...Object.keys(props.keys), ...Object.keys(props.shape?.literals ?? {})]);
    if (props.secrets.mode !== 'external-secrets') return;
    new ExternalSecret(this, 'Resource', {
      metadata: { name: props.name },
      spec: {
        refreshInterval: props.secrets.refreshInterval,
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: props.secrets.storeName },
        target: {
          name: props.name,
          creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
          deletionPolicy: ExternalSecretSpecTargetDeletionPolicy.RETAIN,
          template: props.shape && shapeTemplate(props.shape, Object.keys(props.keys)),
        },
        data: Object.entries(props.keys).map(([secretKey, remote]) => ({
          secretKey,
          remoteRef: { key: remote.key, property: remote.property },
        })),
      },
    });
  }

  /** An env var whose value comes from `key` of this Secret. Prefer files (volume()) where the program reads them. */
  envVar(envName: string, key: string): k8s.EnvVar {
    this.checkKey(key);
    return { name: envName, valueFrom: { secretKeyRef: { name: this.secretName, key } } };
  }

  /**
   * This Secret as a volume, one file per key. The kubelet updates the files in place when
   * the Secret changes (mounts without subPath), so a rotation needs no new pod spec.
   * Mode 0440: with the pod's fsGroup the kubelet makes Secret files group-readable anyway
   * (pkg/volume/volume_linux.go, roMask 0440), so that is what the files get in any case.
   */
  volume(volumeName: string): k8s.Volume {
    return { name: volumeName, secret: { secretName: this.secretName, defaultMode: 0o440 } };
  }

  /** The path of `key` in volume() mounted at `mountPath`. */
  file(mountPath: string, key: string): string {
    this.checkKey(key);
    return `${mountPath}/${key}`;
  }

  private checkKey(key: string): void {
    if (!this.keys.has(key)) {
      throw new Error(`SecretSource ${this.secretName}: no key "${key}" (keys: ${[...this.keys].join(', ')})`);
    }
  }
}

/** The ExternalSecret template of `shape`: the literals, and each stored value by its key. */
function shapeTemplate(shape: SecretShape, keys: string[]): ExternalSecretSpecTargetTemplate {
  const stored = Object.fromEntries(keys.map((k) => [k, `{{ index . ${JSON.stringify(k)} }}`]));
  return {
    type: shape.type,
    engineVersion: ExternalSecretSpecTargetTemplateEngineVersion.V2,
    mergePolicy: ExternalSecretSpecTargetTemplateMergePolicy.REPLACE,
    metadata: shape.labels ? { labels: shape.labels } : undefined,
    data: { ...shape.literals, ...stored },
  };
}
