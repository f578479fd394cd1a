import { k8s } from 'cdk8s-plus-27';
import { ResourcesConfig } from '../config/schema';
import { imageReference, ImageRef } from './image';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext, RunAs } from './security';

// Pods are built on the L1 classes (kplus.k8s) rather than cdk8s-plus-27's L2 workloads:
// the L2 classes cannot express seccompProfile, volumeClaimTemplates, claim retention or
// topologySpreadConstraints, and they fill unset fields (resources, pull policy, probes,
// hashed names) with values we do not want. This file is that one escape hatch.

export interface ContainerProps {
  readonly name: string;
  readonly image: ImageRef;
  readonly runAs: RunAs;
  readonly resources: ResourcesConfig;
  readonly command?: string[];
  readonly args?: string[];
  readonly ports?: { readonly name: string; readonly containerPort: number }[];
  readonly env?: k8s.EnvVar[];
  readonly envFrom?: k8s.EnvFromSource[];
  readonly volumeMounts?: k8s.VolumeMount[];
  /** Required for long-running containers; Jobs omit them. */
  readonly probes?: { readonly startup?: k8s.Probe; readonly readiness?: k8s.Probe; readonly liveness?: k8s.Probe };
  readonly lifecycle?: k8s.Lifecycle;
}

export function container(props: ContainerProps): k8s.Container {
  return {
    name: props.name,
    image: imageReference(props.image),
    imagePullPolicy: 'IfNotPresent',
    command: props.command,
    args: props.args,
    ports: props.ports?.map((p) => ({ name: p.name, containerPort: p.containerPort, protocol: 'TCP' })),
    env: props.env,
    envFrom: props.envFrom,
    resources: {
      requests: {
        cpu: k8s.Quantity.fromString(props.resources.requests.cpu),
        memory: k8s.Quantity.fromString(props.resources.requests.memory),
      },
      limits: {
        cpu: k8s.Quantity.fromString(props.resources.limits.cpu),
        memory: k8s.Quantity.fromString(props.resources.limits.memory),
      },
    },
    securityContext: restrictedContainerSecurityContext(props.runAs),
    startupProbe: props.probes?.startup,
    readinessProbe: props.probes?.readiness,
    livenessProbe: props.probes?.liveness,
    lifecycle: props.lifecycle,
    volumeMounts: props.volumeMounts,
    terminationMessagePolicy: 'FallbackToLogsOnError',
  };
}

export interface PodTemplateProps {
  readonly labels: Record<string, string>;
  readonly annotations?: Record<string, string>;
  readonly serviceAccountName: string;
  readonly runAs: RunAs;
  readonly containers: k8s.Container[];
  readonly initContainers?: k8s.Container[];
  readonly volumes?: k8s.Volume[];
  readonly affinity?: k8s.Affinity;
  readonly topologySpreadConstraints?: k8s.TopologySpreadConstraint[];
  /** @default - Always (the Kubernetes default); Jobs pass OnFailure or Never */
  readonly restartPolicy?: 'Always' | 'OnFailure' | 'Never';
  /** @default 30 */
  readonly terminationGracePeriodSeconds?: number;
}

export function podTemplate(props: PodTemplateProps): k8s.PodTemplateSpec {
  return {
    metadata: { labels: props.labels, annotations: props.annotations },
    spec: {
      serviceAccountName: props.serviceAccountName,
      automountServiceAccountToken: false,
      enableServiceLinks: false,
      securityContext: restrictedPodSecurityContext(props.runAs),
      restartPolicy: props.restartPolicy,
      terminationGracePeriodSeconds: props.terminationGracePeriodSeconds ?? 30,
      affinity: props.affinity,
      topologySpreadConstraints: props.topologySpreadConstraints,
      initContainers: props.initContainers,
      containers: props.containers,
      volumes: props.volumes,
    },
  };
}

export interface ProbeTiming {
  readonly periodSeconds: number;
  readonly failureThreshold: number;
  /** @default 1 */
  readonly timeoutSeconds?: number;
}

export function httpGetProbe(path: string, port: string | number, timing: ProbeTiming): k8s.Probe {
  return {
    httpGet: { path, port: typeof port === 'number' ? k8s.IntOrString.fromNumber(port) : k8s.IntOrString.fromString(port), scheme: 'HTTP' },
    periodSeconds: timing.periodSeconds,
    failureThreshold: timing.failureThreshold,
    timeoutSeconds: timing.timeoutSeconds ?? 1,
  };
}

export function execProbe(command: string[], timing: ProbeTiming): k8s.Probe {
  return {
    exec: { command },
    periodSeconds: timing.periodSeconds,
    failureThreshold: timing.failureThreshold,
    timeoutSeconds: timing.timeoutSeconds ?? 1,
  };
}

/**
 * A memory-backed emptyDir (tmpfs): /dev/shm, or private copies of secrets that must not
 * touch the node's disk. Its pages count against the memory limit of the container that
 * writes them, and sizeLimit caps the tmpfs.
 */
export function memoryVolume(name: string, sizeLimit: string): k8s.Volume {
  return { name, emptyDir: { medium: 'Memory', sizeLimit: k8s.Quantity.fromString(sizeLimit) } };
}

/** An emptyDir volume for a path the image writes to under a read-only root filesystem. */
export function scratchVolume(name: string, sizeLimit = '256Mi'): k8s.Volume {
  return { name, emptyDir: { sizeLimit: k8s.Quantity.fromString(sizeLimit) } };
}
