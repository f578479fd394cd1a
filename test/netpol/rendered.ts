import * as fs from 'fs';
import * as path from 'path';
import { operatorPods, operatorServices } from './cnpg';
import { ContainerPort, Labels, LabelSelector, NetworkPolicy, PodEndpoint, selectorMatches } from './evaluator';
import { readYamlDocuments } from '../support/yaml-cache';

// What the flow table needs from a rendered folder, dist/<env>/: the NetworkPolicies, the
// Namespace's labels, one pod per workload (from its pod template: labels and container
// ports) and the metrics targets of the ServiceMonitors and PodMonitors. Read from the YAML
// files, never from the TypeScript charts, so that the table checks whatever is rendered.
// The pods and Services CloudNativePG creates for a rendered Cluster or Pooler are derived from
// those objects (./cnpg.ts).

export type Obj = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Labels }; spec?: any };

/** A workload and the pod it runs. */
export interface RenderedWorkload {
  readonly kind: string;
  readonly name: string;
  readonly pod: PodEndpoint;
  /** The pod template's spec, as rendered. */
  readonly podSpec: any;
}

/** A port Prometheus scrapes: the pods behind a monitor and the container port number. */
export interface MetricsTarget {
  /** `ServiceMonitor/assistant`, `PodMonitor/postgresql`. */
  readonly monitor: string;
  readonly pod: PodEndpoint;
  readonly port: number;
}

export interface RenderedEnvironment {
  readonly folder: string;
  readonly namespace: string;
  readonly namespaceLabels: Labels;
  readonly policies: readonly NetworkPolicy[];
  readonly workloads: readonly RenderedWorkload[];
  readonly metricsTargets: readonly MetricsTarget[];
  /** The Services of the folder, and those the CloudNativePG operator creates for its Clusters and Poolers. */
  readonly services: readonly Obj[];
  /** Every object of the folder. */
  readonly objects: readonly Obj[];
}

/** Every object of the YAML files of a folder, in file order. */
export function readObjects(dir: string): Obj[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => readYamlDocuments(path.join(dir, f)) as (Obj | null)[])
    .filter((o): o is Obj => o !== null);
}

/** The pod template of a workload kind, or undefined for objects that run no pods. */
function podTemplate(o: Obj): { metadata?: { labels?: Labels }; spec: any } | undefined {
  switch (o.kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'Job':
    case 'Rollout':
      return o.spec?.template;
    case 'CronJob':
      return o.spec?.jobTemplate?.spec?.template;
    case 'Pod':
      return { metadata: o.metadata, spec: o.spec };
    default:
      return undefined;
  }
}

function containerPorts(spec: any): ContainerPort[] {
  const containers = [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])];
  return containers.flatMap((c: any) => (c.ports ?? []) as ContainerPort[]);
}

/**
 * The rendered environment in `dir`. `policiesFrom`, when given, reads the NetworkPolicies
 * from other objects instead (e.g. an older rendering), so that old policies can be
 * checked against the current pods.
 */
export function readEnvironment(dir: string, policiesFrom?: readonly Obj[]): RenderedEnvironment {
  return environmentOf(readObjects(dir), dir, policiesFrom);
}

/** readEnvironment over objects already read (`dir` names where they come from). */
export function environmentOf(objects: Obj[], dir: string, policiesFrom?: readonly Obj[]): RenderedEnvironment {
  const namespaces = objects.filter((o) => o.kind === 'Namespace');
  if (namespaces.length !== 1) throw new Error(`${dir}: expected one Namespace, found ${namespaces.length}`);
  const namespace = namespaces[0].metadata.name;
  const inNs = <T extends Obj>(o: T) => ({ ...o, metadata: { ...o.metadata, namespace: o.metadata.namespace ?? namespace } });
  const policies = (policiesFrom ?? objects).filter((o) => o.kind === 'NetworkPolicy').map((o) => inNs(o) as unknown as NetworkPolicy);
  const workloads: RenderedWorkload[] = objects.flatMap((o) => {
    const t = podTemplate(o);
    if (!t) return [];
    const pod: PodEndpoint = {
      kind: 'pod',
      name: `${o.kind}/${o.metadata.name}`,
      namespace: o.metadata.namespace ?? namespace,
      labels: t.metadata?.labels ?? {},
      ports: containerPorts(t.spec),
    };
    return [{ kind: o.kind, name: o.metadata.name, pod, podSpec: t.spec }];
  });
  workloads.push(...operatorPods(objects, namespace));
  const services = [...objects.filter((o) => o.kind === 'Service'), ...objects.flatMap((o) => operatorServices(o, namespace))];
  return {
    folder: dir,
    namespace,
    namespaceLabels: namespaces[0].metadata.labels ?? {},
    policies,
    workloads,
    metricsTargets: metricsTargets(objects, workloads, namespace),
    services,
    objects,
  };
}

export function podsSelectedBy(workloads: readonly RenderedWorkload[], selector: LabelSelector, namespace: string): PodEndpoint[] {
  return workloads.map((w) => w.pod).filter((p) => p.namespace === namespace && selectorMatches(selector, p.labels));
}

/** A port given by name or number, as a number on this pod. */
export function resolvePort(pod: PodEndpoint, port: number | string, where: string): number {
  if (typeof port === 'number') return port;
  const found = pod.ports.find((p) => p.name === port);
  if (!found) throw new Error(`${where}: pod ${pod.name} has no container port named ${port}`);
  return found.containerPort;
}

function metricsTargets(objects: readonly Obj[], workloads: readonly RenderedWorkload[], namespace: string): MetricsTarget[] {
  const out: MetricsTarget[] = [];
  for (const m of objects.filter((o) => o.kind === 'PodMonitor')) {
    const where = `PodMonitor/${m.metadata.name}`;
    const pods = podsSelectedBy(workloads, m.spec.selector ?? {}, namespace);
    if (pods.length === 0) throw new Error(`${where}: selects no pod`);
    for (const ep of m.spec.podMetricsEndpoints ?? []) {
      const port = ep.portNumber ?? ep.port ?? ep.targetPort;
      for (const pod of pods) out.push({ monitor: where, pod, port: resolvePort(pod, port, where) });
    }
  }
  for (const m of objects.filter((o) => o.kind === 'ServiceMonitor')) {
    const where = `ServiceMonitor/${m.metadata.name}`;
    const services = objects.filter((o) => o.kind === 'Service' && selectorMatches(m.spec.selector ?? {}, o.metadata.labels ?? {}));
    if (services.length === 0) throw new Error(`${where}: selects no Service`);
    for (const svc of services) {
      const pods = podsSelectedBy(workloads, { matchLabels: svc.spec.selector ?? {} }, namespace);
      for (const ep of m.spec.endpoints ?? []) {
        const svcPort = (svc.spec.ports ?? []).find((p: any) => p.name === ep.port);
        const target = ep.targetPort ?? svcPort?.targetPort ?? svcPort?.port;
        if (target === undefined) continue; // the endpoint names a port this Service does not have
        for (const pod of pods) out.push({ monitor: where, pod, port: resolvePort(pod, target, where) });
      }
    }
  }
  return out;
}
