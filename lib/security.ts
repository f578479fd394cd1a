import { k8s } from 'cdk8s-plus-27';

/** The identity a container image really runs under. */
export interface RunAs {
  readonly user: number;
  readonly group: number;
  /** Group that owns mounted volumes. @default - same as `group` */
  readonly fsGroup?: number;
}

/**
 * The one place that makes a pod pass Pod Security Standards "restricted".
 * cdk8s-plus-27 cannot express seccompProfile, so workloads are built on the L1
 * classes (lib/workload.ts) and take their security contexts from here.
 */
export function restrictedPodSecurityContext(runAs: RunAs): k8s.PodSecurityContext {
  return {
    runAsNonRoot: true,
    runAsUser: runAs.user,
    runAsGroup: runAs.group,
    fsGroup: runAs.fsGroup ?? runAs.group,
    fsGroupChangePolicy: 'OnRootMismatch',
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

export function restrictedContainerSecurityContext(runAs: RunAs): k8s.SecurityContext {
  return {
    runAsNonRoot: true,
    runAsUser: runAs.user,
    runAsGroup: runAs.group,
    allowPrivilegeEscalation: false,
    privileged: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ['ALL'] },
    seccompProfile: { type: 'RuntimeDefault' },
  };
}
