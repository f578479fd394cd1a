import { k8s } from 'cdk8s-plus-27';

/** Argo CD must never prune or delete a volume claim: losing one loses data. */
export const KEEP_ON_SYNC = { 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' };

export interface ClaimProps {
  readonly name: string;
  readonly size: string;
  readonly storageClassName?: string;
  readonly labels?: Record<string, string>;
}

/** A ReadWriteOnce claim spec, used for volumeClaimTemplates and standalone PVCs alike. */
export function claim(props: ClaimProps): k8s.KubePersistentVolumeClaimProps {
  return {
    metadata: { name: props.name, labels: props.labels, annotations: KEEP_ON_SYNC },
    spec: {
      accessModes: ['ReadWriteOnce'],
      storageClassName: props.storageClassName,
      resources: { requests: { storage: k8s.Quantity.fromString(props.size) } },
    },
  };
}

/** StatefulSet claims outlive the StatefulSet and scale-downs. */
export const RETAIN_CLAIMS: k8s.StatefulSetPersistentVolumeClaimRetentionPolicy = { whenDeleted: 'Retain', whenScaled: 'Retain' };
