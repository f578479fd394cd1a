import { isClusterScoped } from './support/schema-validator';
import { allObjects, K8sObject, podSpecOf } from './support/synth';
import { describeShortfall, quotaShortfalls } from '../lib/quota-fit';

// Invariants over every object of every environment. They are written once, over all
// objects, so a chart added later is covered without a copy of these tests.

const OBJECTS = allObjects();
const label = ({ where, obj }: { where: string; obj: K8sObject }) => `${where} ${obj.kind}/${obj.metadata.name}`;
const cases = <T>(items: T[], name: (t: T) => string) => items.map((t) => [name(t), t] as [string, T]);

const WORKLOADS = OBJECTS.filter(({ obj }) => podSpecOf(obj) !== undefined);
const LONG_RUNNING = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);
const RESTRICTED_VOLUME_TYPES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);
const RECOMMENDED_LABELS = [
  'app.kubernetes.io/name',
  'app.kubernetes.io/instance',
  'app.kubernetes.io/component',
  'app.kubernetes.io/part-of',
  'app.kubernetes.io/version',
  'app.kubernetes.io/managed-by',
];

function containersOf(pod: any): any[] {
  return [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
}

/** Pod Security Standards "restricted" (v1.30), as the admission controller checks it. */
function restrictedViolations(pod: any): string[] {
  const spec = pod.spec;
  const problems: string[] = [];
  const podSc = spec.securityContext ?? {};
  if (spec.hostNetwork || spec.hostPID || spec.hostIPC) problems.push('host namespaces');
  for (const v of spec.volumes ?? []) {
    const type = Object.keys(v).find((k) => k !== 'name');
    if (!type || !RESTRICTED_VOLUME_TYPES.has(type)) problems.push(`volume ${v.name} of type ${type}`);
  }
  if (podSc.runAsUser === 0) problems.push('pod runAsUser 0');
  for (const c of containersOf(pod)) {
    const sc = c.securityContext ?? {};
    const where = `container ${c.name}`;
    if (sc.privileged) problems.push(`${where}: privileged`);
    if (sc.allowPrivilegeEscalation !== false) problems.push(`${where}: allowPrivilegeEscalation is not false`);
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) problems.push(`${where}: capabilities do not drop ALL`);
    const added = (sc.capabilities?.add ?? []).filter((cap: string) => cap !== 'NET_BIND_SERVICE');
    if (added.length) problems.push(`${where}: adds capabilities ${added}`);
    if ((sc.runAsNonRoot ?? podSc.runAsNonRoot) !== true) problems.push(`${where}: runAsNonRoot is not true`);
    if ((sc.runAsUser ?? podSc.runAsUser) === 0) problems.push(`${where}: runs as uid 0`);
    const seccomp = (sc.seccompProfile ?? podSc.seccompProfile)?.type;
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') problems.push(`${where}: seccompProfile is ${seccomp}`);
    if ((c.ports ?? []).some((p: any) => p.hostPort)) problems.push(`${where}: hostPort`);
    if (sc.readOnlyRootFilesystem !== true) problems.push(`${where}: root filesystem is writable`);
  }
  return problems;
}

describe('Pod Security Standards restricted, and a read-only root filesystem', () => {
  test.each(cases(WORKLOADS, label))('%s', (_l, { obj }) => {
    expect(restrictedViolations(podSpecOf(obj))).toEqual([]);
  });
});

describe('every container has CPU and memory requests and limits', () => {
  test.each(cases(WORKLOADS, label))('%s', (_l, { obj }) => {
    const missing = containersOf(podSpecOf(obj)).flatMap((c) =>
      ['requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory']
        .filter((k) => {
          const [group, res] = k.split('.');
          return c.resources?.[group]?.[res] === undefined;
        })
        .map((k) => `${c.name}: ${k}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('long-running containers have readiness and liveness probes', () => {
  test.each(cases(WORKLOADS.filter(({ obj }) => LONG_RUNNING.has(obj.kind)), label))('%s', (_l, { obj }) => {
    const missing = podSpecOf(obj).spec.containers.flatMap((c: any) =>
      ['readinessProbe', 'livenessProbe'].filter((p) => !c[p]).map((p) => `${c.name}: ${p}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('images are pinned: a tag that is not latest, or a digest', () => {
  test.each(cases(WORKLOADS, label))('%s', (_l, { obj }) => {
    const unpinned = containersOf(podSpecOf(obj))
      .map((c) => c.image as string)
      .filter((image) => {
        if (/@sha256:[a-f0-9]{64}$/.test(image)) return false;
        const tag = image.slice(image.lastIndexOf('/') + 1).split(':')[1];
        return !tag || tag === 'latest';
      });
    expect(unpinned).toEqual([]);
  });
});

describe('the recommended labels are on every object and pod template', () => {
  test.each(cases(OBJECTS, label))('%s', (_l, { obj }) => {
    const missing = RECOMMENDED_LABELS.filter((l) => !obj.metadata.labels?.[l]);
    const pod = podSpecOf(obj);
    if (pod) missing.push(...RECOMMENDED_LABELS.filter((l) => !pod.metadata?.labels?.[l]).map((l) => `pod template ${l}`));
    expect(missing).toEqual([]);
  });
});

describe('namespaced objects have a namespace, cluster-scoped ones none', () => {
  test.each(cases(OBJECTS, label))('%s', (_l, { obj }) => {
    if (isClusterScoped(obj)) expect(obj.metadata.namespace).toBeUndefined();
    else expect(obj.metadata.namespace).toMatch(/^[a-z0-9-]+$/);
  });
});

test('no plain Secret carries data (values come from external-secrets or an operator)', () => {
  const withData = OBJECTS.filter(({ obj }) => obj.kind === 'Secret' && (obj.data || obj.stringData)).map(label);
  expect(withData).toEqual([]);
});

test('workloads scaled by an HPA do not set replicas', () => {
  const hpas = OBJECTS.filter(({ obj }) => obj.kind === 'HorizontalPodAutoscaler');
  expect(hpas.length).toBeGreaterThan(0);
  for (const { obj: hpa } of hpas) {
    const ref = hpa.spec.scaleTargetRef;
    const target = OBJECTS.find(({ obj }) => obj.kind === ref.kind && obj.metadata.name === ref.name && obj.metadata.namespace === hpa.metadata.namespace);
    expect(target).toBeDefined();
    expect(target!.obj.spec.replicas).toBeUndefined();
  }
});

describe('every Service selects the pods of a workload in its namespace', () => {
  const services = OBJECTS.filter(({ obj }) => obj.kind === 'Service');
  test.each(cases(services, label))('%s', (_l, { obj: svc }) => {
    const selector: Record<string, string> = svc.spec.selector ?? {};
    expect(Object.keys(selector).length).toBeGreaterThan(0);
    const matches = WORKLOADS.filter(
      ({ obj }) =>
        obj.metadata.namespace === svc.metadata.namespace &&
        Object.entries(selector).every(([k, v]) => podSpecOf(obj).metadata?.labels?.[k] === v),
    );
    expect(matches.map(label)).not.toEqual([]);
    // Each named targetPort exists on a selected container.
    for (const port of svc.spec.ports) {
      if (typeof port.targetPort !== 'string') continue;
      const named = matches.some(({ obj }) => podSpecOf(obj).spec.containers.some((c: any) => (c.ports ?? []).some((p: any) => p.name === port.targetPort)));
      expect(`${port.name}->${port.targetPort}: ${named}`).toBe(`${port.name}->${port.targetPort}: true`);
    }
  });
});

describe('every Ingress serves TLS for all of its hosts', () => {
  const ingresses = OBJECTS.filter(({ obj }) => obj.kind === 'Ingress');
  test('there is at least one Ingress', () => expect(ingresses.length).toBeGreaterThan(0));
  test.each(cases(ingresses, label))('%s', (_l, { obj }) => {
    const tlsHosts = new Set((obj.spec.tls ?? []).flatMap((t: any) => (t.secretName ? t.hosts : [])));
    const hosts = obj.spec.rules.map((r: any) => r.host);
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.filter((h: string) => !tlsHosts.has(h))).toEqual([]);
  });
});

test('object names are unique per kind and namespace', () => {
  const seen = new Map<string, string>();
  const dupes: string[] = [];
  for (const o of OBJECTS) {
    const key = `${o.obj.apiVersion}/${o.obj.kind}/${o.obj.metadata.namespace ?? ''}/${o.obj.metadata.name}`;
    if (seen.has(key)) dupes.push(`${label(o)} and ${seen.get(key)}`);
    seen.set(key, label(o));
  }
  expect(dupes).toEqual([]);
});

describe('the restricted check itself catches violations', () => {
  const good = () => ({
    spec: {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        {
          name: 'c',
          securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true },
        },
      ],
      volumes: [{ name: 'tmp', emptyDir: {} }],
    },
  });
  test('a compliant pod passes', () => expect(restrictedViolations(good())).toEqual([]));
  test.each([
    ['privilege escalation', (p: any) => delete p.spec.containers[0].securityContext.allowPrivilegeEscalation, 'container c: allowPrivilegeEscalation is not false'],
    ['capabilities kept', (p: any) => (p.spec.containers[0].securityContext.capabilities.drop = []), 'container c: capabilities do not drop ALL'],
    ['no seccomp profile', (p: any) => delete p.spec.securityContext.seccompProfile, 'container c: seccompProfile is undefined'],
    ['root allowed', (p: any) => delete p.spec.securityContext.runAsNonRoot, 'container c: runAsNonRoot is not true'],
    ['hostPath volume', (p: any) => p.spec.volumes.push({ name: 'h', hostPath: { path: '/' } }), 'volume h of type hostPath'],
    ['host network', (p: any) => (p.spec.hostNetwork = true), 'host namespaces'],
  ])('%s', (_name, mutate, problem) => {
    const pod = good();
    mutate(pod);
    expect(restrictedViolations(pod)).toContain(problem);
  });
});

describe("each environment's ResourceQuota leaves room for its own objects at full scale", () => {
  // The same computation synth runs (lib/quota-fit.ts): HPA maximum plus surge, every Job
  // and CronJob, init containers and LimitRange defaults counted as quota admission counts them.
  const byNamespace = new Map<string, K8sObject[]>();
  for (const { obj } of OBJECTS) {
    if (!obj.metadata.namespace) continue;
    byNamespace.set(obj.metadata.namespace, [...(byNamespace.get(obj.metadata.namespace) ?? []), obj]);
  }
  const quotas = OBJECTS.filter(({ obj }) => obj.kind === 'ResourceQuota');
  test.each(cases(quotas, label))('%s', (_l, { obj: quota }) => {
    const over = quotaShortfalls(byNamespace.get(quota.metadata.namespace!)!).map((s) => `${s.key}: needs ${describeShortfall(s)}, quota ${s.hard}`);
    expect(over).toEqual([]);
  });
});
