import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { readYamlDocuments } from '../support/yaml-cache';

// The rendered YAML of dist/<env>/ as the pod runner reads it: files, not TypeScript
// objects; the pods a controller would create from it; the Secrets an operator would make.

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: any;
  data?: Record<string, string>;
  [key: string]: any;
}

/** Every object of the `*.yaml` files of `dir`, in file order. */
export function readManifests(dir: string): K8sObject[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => readYamlDocuments(path.join(dir, f)) as (K8sObject | null)[])
    .filter((o): o is K8sObject => o !== null && typeof o === 'object');
}

/** The pod a controller creates: StatefulSet replica, Job, or a CronJob run as a Job. */
export interface PodPlan {
  readonly name: string;
  readonly namespace: string;
  readonly owner: { readonly kind: 'StatefulSet' | 'Job' | 'CronJob'; readonly name: string };
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
  readonly spec: any;
  /** StatefulSet pods: hostname and the headless Service as subdomain. */
  readonly hostname: string;
  readonly subdomain?: string;
  /** StatefulSet: volumeClaimTemplate name -> claim name of this replica. */
  readonly claims: Record<string, string>;
  /** Job: activeDeadlineSeconds, backoffLimit. */
  readonly job?: { readonly activeDeadlineSeconds?: number; readonly backoffLimit: number };
  /** The pod's address (a loopback address here). */
  readonly ip: string;
}

function jobPod(ns: string, owner: PodPlan['owner'], jobSpec: any, name: string, ip: string): PodPlan {
  const tpl = jobSpec.template;
  return {
    name,
    namespace: ns,
    owner,
    labels: { ...(tpl.metadata?.labels ?? {}), 'job-name': owner.name },
    annotations: tpl.metadata?.annotations ?? {},
    spec: tpl.spec,
    hostname: name,
    claims: {},
    job: { activeDeadlineSeconds: jobSpec.activeDeadlineSeconds, backoffLimit: jobSpec.backoffLimit ?? 6 },
    ip,
  };
}

/** Every pod the workload objects would create, each with its own 127.10.x.y address. */
export function planPods(objects: readonly K8sObject[]): PodPlan[] {
  const pods: PodPlan[] = [];
  const ip = () => `127.10.${Math.floor((pods.length + 1) / 250)}.${((pods.length + 1) % 250) + 1}`;
  for (const o of objects) {
    const ns = o.metadata.namespace ?? 'default';
    if (o.kind === 'StatefulSet') {
      for (let i = 0; i < (o.spec.replicas ?? 1); i++) {
        const name = `${o.metadata.name}-${i}`;
        const claims = Object.fromEntries((o.spec.volumeClaimTemplates ?? []).map((t: any) => [t.metadata.name, `${t.metadata.name}-${name}`]));
        const tpl = o.spec.template;
        pods.push({
          name,
          namespace: ns,
          owner: { kind: 'StatefulSet', name: o.metadata.name },
          labels: { ...(tpl.metadata?.labels ?? {}), 'statefulset.kubernetes.io/pod-name': name },
          annotations: tpl.metadata?.annotations ?? {},
          spec: tpl.spec,
          hostname: name,
          subdomain: o.spec.serviceName,
          claims,
          ip: ip(),
        });
      }
    } else if (o.kind === 'Job') {
      pods.push(jobPod(ns, { kind: 'Job', name: o.metadata.name }, o.spec, `${o.metadata.name}-run`, ip()));
    } else if (o.kind === 'CronJob') {
      pods.push(jobPod(ns, { kind: 'CronJob', name: o.metadata.name }, o.spec.jobTemplate.spec, `${o.metadata.name}-run`, ip()));
    }
  }
  return pods;
}

/**
 * The Secrets the cluster would hold: each ExternalSecret's target with the keys it
 * declares, and (for `existing` mode) each Secret a pod references, with the keys it
 * references. Values are random test values, the same for one run.
 */
export function testSecrets(objects: readonly K8sObject[]): Map<string, Record<string, string>> {
  const secrets = new Map<string, Record<string, string>>();
  const value = () => `test-${randomBytes(9).toString('hex')}`;
  const put = (name: string, key: string) => {
    const s = secrets.get(name) ?? {};
    s[key] ??= value();
    secrets.set(name, s);
  };
  for (const o of objects) {
    if (o.kind === 'Secret') secrets.set(o.metadata.name, Object.fromEntries(Object.entries<string>(o.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString()])));
    if (o.kind === 'ExternalSecret') for (const d of o.spec.data ?? []) put(o.spec.target?.name ?? o.metadata.name, d.secretKey);
  }
  for (const pod of planPods(objects)) {
    for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
      for (const e of c.env ?? []) if (e.valueFrom?.secretKeyRef && !e.valueFrom.secretKeyRef.optional) put(e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key);
    }
    for (const v of pod.spec.volumes ?? []) if (v.secret && !secrets.has(v.secret.secretName)) for (const i of v.secret.items ?? []) put(v.secret.secretName, i.key);
  }
  return secrets;
}

export function find(objects: readonly K8sObject[], kind: string, name: string): K8sObject | undefined {
  return objects.find((o) => o.kind === kind && o.metadata.name === name);
}

/** Does a selector's matchLabels (or a Service's plain selector) select these labels? */
export function selects(selector: Record<string, string> | undefined, labels: Record<string, string>): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
