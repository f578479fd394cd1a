import { PodPlan, K8sObject, find } from './manifests';
import { readGroup, readPasswd, RunnableImage } from './images';

// What the kubelet and the container runtime compute for a container before it starts:
// its environment, its argv, its user and groups. Each failure is a ContainerConfigError
// naming the pod, the container and the cause, as `kubectl describe pod` would show it.

export class ContainerConfigError extends Error {}

/**
 * `$(VAR)` expansion as the kubelet does it (k8s.io/kubernetes third_party/forked/golang/expansion):
 * `$$` is a literal `$`; `$(NAME)` is the value of NAME when defined, else left as written;
 * any other `$` is literal.
 */
export function expand(input: string, vars: ReadonlyMap<string, string>): string {
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c !== '$' || i + 1 >= input.length) {
      out += c;
      continue;
    }
    const next = input[i + 1];
    if (next === '$') {
      out += '$';
      i++;
    } else if (next === '(') {
      const close = input.indexOf(')', i + 2);
      if (close < 0) {
        out += input.slice(i);
        break;
      }
      const name = input.slice(i + 2, close);
      out += vars.has(name) ? vars.get(name)! : `$(${name})`;
      i = close;
    } else {
      out += c;
    }
  }
  return out;
}

export interface Sources {
  readonly objects: readonly K8sObject[];
  readonly secrets: ReadonlyMap<string, Record<string, string>>;
}

function where(pod: PodPlan, container: any): string {
  return `pod ${pod.name}, container ${container.name}`;
}

function keyRef(pod: PodPlan, c: any, src: Sources, kind: 'ConfigMap' | 'Secret', ref: any): string | undefined {
  const data = kind === 'Secret' ? src.secrets.get(ref.name) : find(src.objects, 'ConfigMap', ref.name)?.data;
  const value = data?.[ref.key];
  if (value === undefined && !ref.optional) {
    throw new ContainerConfigError(`${where(pod, c)}: CreateContainerConfigError: ${kind.toLowerCase()} "${ref.name}" ${data ? `has no key "${ref.key}"` : 'not found'}`);
  }
  return value;
}

function fieldRef(pod: PodPlan, c: any, field: string): string {
  const label = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(field);
  if (label) return (label[1] === 'labels' ? pod.labels : pod.annotations)[label[2]] ?? '';
  const fields: Record<string, string> = {
    'metadata.name': pod.name,
    'metadata.namespace': pod.namespace,
    'metadata.uid': `uid-${pod.name}`,
    'spec.nodeName': 'podrunner-node',
    'spec.serviceAccountName': pod.spec.serviceAccountName ?? 'default',
    'status.hostIP': '127.0.0.1',
    'status.podIP': pod.ip,
    'status.podIPs': pod.ip,
  };
  if (!(field in fields)) throw new ContainerConfigError(`${where(pod, c)}: fieldRef ${field} is not modelled by the pod runner`);
  return fields[field];
}

/** The container's environment: the image's ENV, HOSTNAME and HOME, then envFrom, then env. */
export function containerEnv(pod: PodPlan, c: any, image: RunnableImage, user: RunAs, src: Sources): Map<string, string> {
  const vars = new Map<string, string>(Object.entries(image.env));
  vars.set('HOSTNAME', pod.hostname);
  for (const from of c.envFrom ?? []) {
    const kind = from.configMapRef ? 'ConfigMap' : 'Secret';
    const ref = from.configMapRef ?? from.secretRef;
    const data = kind === 'Secret' ? src.secrets.get(ref.name) : find(src.objects, 'ConfigMap', ref.name)?.data;
    if (!data) {
      if (ref.optional) continue;
      throw new ContainerConfigError(`${where(pod, c)}: CreateContainerConfigError: ${kind.toLowerCase()} "${ref.name}" not found`);
    }
    for (const [k, v] of Object.entries(data)) if (/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test((from.prefix ?? '') + k)) vars.set(`${from.prefix ?? ''}${k}`, String(v));
  }
  // Each env value may refer to the variables defined before it (and envFrom's).
  const defined = new Map(vars);
  for (const e of c.env ?? []) {
    let value: string | undefined;
    if ('value' in e) value = expand(String(e.value ?? ''), defined);
    else if (e.valueFrom?.secretKeyRef) value = keyRef(pod, c, src, 'Secret', e.valueFrom.secretKeyRef);
    else if (e.valueFrom?.configMapKeyRef) value = keyRef(pod, c, src, 'ConfigMap', e.valueFrom.configMapKeyRef);
    else if (e.valueFrom?.fieldRef) value = fieldRef(pod, c, e.valueFrom.fieldRef.fieldPath);
    else if (e.valueFrom?.resourceFieldRef) throw new ContainerConfigError(`${where(pod, c)}: resourceFieldRef is not modelled by the pod runner`);
    else value = '';
    if (value === undefined) continue;
    vars.set(e.name, value);
    defined.set(e.name, value);
  }
  // The runtime sets HOME from the user's passwd entry when the spec does not ("/" without one).
  if (!vars.has('HOME')) vars.set('HOME', user.home ?? '/');
  return vars;
}

/** argv as the runtime builds it: command replaces ENTRYPOINT (and drops CMD); args replace CMD. */
export function containerArgv(pod: PodPlan, c: any, image: RunnableImage, env: ReadonlyMap<string, string>): string[] {
  const argv = c.command ? [...c.command, ...(c.args ?? [])] : [...image.entrypoint, ...(c.args ?? image.cmd)];
  if (argv.length === 0) throw new ContainerConfigError(`${where(pod, c)}: no command specified`);
  const expanded = c.command || c.args ? argv.map((a) => expand(String(a), env)) : argv;
  return expanded;
}

export interface RunAs {
  readonly uid: number;
  readonly gid: number;
  readonly groups: readonly number[];
  /** The image's name for the uid, when its passwd lists it. */
  readonly name?: string;
  readonly home?: string;
}

/** securityContext (container over pod) and the image's USER, as the kubelet and runtime resolve them. */
export function runAs(pod: PodPlan, c: any, image: RunnableImage): RunAs {
  const psc = pod.spec.securityContext ?? {};
  const sc = c.securityContext ?? {};
  const passwd = readPasswd(image.passwd);
  const groups = readGroup(image.group);
  let uid: number | undefined = sc.runAsUser ?? psc.runAsUser;
  let imageGid: number | undefined;
  if (uid === undefined) {
    const u = image.user ?? '0';
    if (/^\d+$/.test(u)) uid = Number(u);
    else {
      if (sc.runAsNonRoot ?? psc.runAsNonRoot) {
        throw new ContainerConfigError(`pod ${pod.name}, container ${c.name}: CreateContainerConfigError: container has runAsNonRoot and image has non-numeric user (${u}), cannot verify user is non-root`);
      }
      const entry = passwd.find((p) => p.name === u);
      if (!entry) throw new ContainerConfigError(`pod ${pod.name}, container ${c.name}: image user ${u} is not in the image's /etc/passwd`);
      uid = entry.uid;
      imageGid = entry.gid;
    }
  }
  if ((sc.runAsNonRoot ?? psc.runAsNonRoot) && uid === 0) {
    throw new ContainerConfigError(`pod ${pod.name}, container ${c.name}: CreateContainerConfigError: container has runAsNonRoot and would run as root`);
  }
  const entry = passwd.find((p) => p.uid === uid);
  const gid: number = sc.runAsGroup ?? psc.runAsGroup ?? imageGid ?? entry?.gid ?? 0;
  const extra = new Set<number>();
  if (entry) for (const g of groups) if (g.members.includes(entry.name)) extra.add(g.gid);
  if (psc.fsGroup !== undefined) extra.add(psc.fsGroup);
  for (const g of psc.supplementalGroups ?? []) extra.add(g);
  extra.delete(gid);
  return { uid, gid, groups: [gid, ...extra], name: entry?.name, home: entry?.home };
}
