import { K8sObject, podSpecOf } from './synth';

// Which Secrets (and keys) the rendered objects reference, for the checks that each one comes
// from an ExternalSecret or from the documented kubectl commands.

/**
 * Secret references inside custom resources that the operators resolve (CloudNativePG v1.30
 * Cluster, Barman Cloud plugin v0.14 ObjectStore): basic-auth Secrets are read by their
 * `username` and `password` keys (docs/src/bootstrap.md), the ObjectStore's by the keys it names.
 */
function customResourceSecretRefs(objects: K8sObject[]): [string, string][] {
  const out: [string, string][] = [];
  const basicAuth = (name?: string) => (name ? out.push([name, 'username'], [name, 'password']) : 0);
  for (const o of objects) {
    if (o.kind === 'Cluster') {
      const b = o.spec.bootstrap ?? {};
      basicAuth(b.initdb?.secret?.name ?? b.recovery?.secret?.name);
      basicAuth(o.spec.superuserSecret?.name);
      for (const x of o.spec.externalClusters ?? []) if (x.password) out.push([x.password.name, x.password.key]);
    }
    if (o.kind === 'ObjectStore') {
      const s3 = o.spec.configuration.s3Credentials ?? {};
      for (const ref of [s3.accessKeyId, s3.secretAccessKey, s3.region, s3.sessionToken]) if (ref) out.push([ref.name, ref.key]);
    }
  }
  return out;
}

export function referencedSecrets(objects: K8sObject[]): Map<string, Set<string>> {
  const refs = new Map<string, Set<string>>();
  const add = (name: string, key?: string) => {
    if (!refs.has(name)) refs.set(name, new Set());
    if (key) refs.get(name)!.add(key);
  };
  for (const obj of objects) {
    const pod = podSpecOf(obj);
    if (!pod) continue;
    for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
      for (const e of c.env ?? []) if (e.valueFrom?.secretKeyRef) add(e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key);
      for (const e of c.envFrom ?? []) if (e.secretRef) add(e.secretRef.name);
      // A key of a mounted Secret is referenced by an env value naming its file.
      for (const m of c.volumeMounts ?? []) {
        const secret = (pod.spec.volumes ?? []).find((v: any) => v.name === m.name)?.secret;
        if (!secret) continue;
        add(secret.secretName);
        for (const e of c.env ?? []) if (e.value?.startsWith(`${m.mountPath}/`)) add(secret.secretName, e.value.slice(m.mountPath.length + 1));
      }
    }
    for (const v of pod.spec.volumes ?? []) if (v.secret) add(v.secret.secretName);
  }
  for (const [name, key] of customResourceSecretRefs(objects)) add(name, key);
  return refs;
}
