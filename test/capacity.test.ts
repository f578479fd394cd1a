import * as fs from 'fs';
import * as path from 'path';
import { ConfigError, parseCluster } from '../config/load';
import { EnvironmentCapacity, environmentCapacity, monthlyCost, Prices } from '../lib/capacity';
import { quotaShortfalls } from '../lib/quota-fit';
import { configErrorOf, CONFIG, REPO_ROOT } from './support/synth';
import { readYamlDocuments } from './support/yaml-cache';

// docs/capacity.md and docs/capacity.json (lib/capacity.ts): the figures match this file's
// own sum over the YAML of dist/<env>/, whatever environments exist; the counting rules are
// pinned on fixtures. The drift check of both files is in test/docs.test.ts.

const DIST = path.join(REPO_ROOT, 'dist');
const REPORT = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'docs', 'capacity.json'), 'utf8'));
const PRICES: Prices = CONFIG.cluster.capacity;
const NOT_ENVIRONMENTS = ['cluster', 'argocd'];
const ENV_FOLDERS = fs
  .readdirSync(DIST, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !NOT_ENVIRONMENTS.includes(d.name))
  .map((d) => d.name)
  .sort();

// --- an independent reading of the rendered YAML (no code of lib/) ---

const UNITS: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, k: 1e3, M: 1e6, G: 1e9, T: 1e12, '': 1 };
/** Millicores of a CPU quantity. */
const milli = (q: string | number | undefined): number => {
  if (q === undefined) return 0;
  const s = String(q);
  return s.endsWith('m') ? Number(s.slice(0, -1)) : Math.round(Number(s) * 1000);
};
/** Bytes of a memory or storage quantity. */
const bytesOf = (q: string | number | undefined): number => {
  if (q === undefined) return 0;
  const m = /^([0-9.]+)(Ki|Mi|Gi|Ti|k|M|G|T|)$/.exec(String(q));
  if (!m) throw new Error(`test parser: unexpected quantity ${q}`);
  return Number(m[1]) * UNITS[m[2]];
};

function readFolder(folder: string): any[] {
  const dir = path.join(DIST, folder);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => readYamlDocuments(path.join(dir, f)))
    .filter(Boolean);
}

interface Pods {
  spec: any;
  min: number;
  max: number;
}

const surgeOf = (s: number | string | undefined, replicas: number) =>
  replicas === 0 ? 0 : s === undefined ? Math.ceil(replicas / 4) : typeof s === 'number' ? s : /%$/.test(s) ? Math.ceil((replicas * parseInt(s, 10)) / 100) : Number(s);

function podsOf(o: any, all: any[]): Pods | undefined {
  const hpa = all.find((h) => h.kind === 'HorizontalPodAutoscaler' && h.spec.scaleTargetRef.kind === o.kind && h.spec.scaleTargetRef.name === o.metadata.name)?.spec;
  const minOf = (n: number | undefined) => (hpa ? (hpa.minReplicas ?? 1) : (n ?? 1));
  const maxOf = (n: number | undefined) => hpa?.maxReplicas ?? n ?? 1;
  switch (o.kind) {
    case 'Deployment': {
      const owner = all.find((r) => r.kind === 'Rollout' && r.spec.workloadRef?.name === o.metadata.name);
      if (owner && ['onsuccess', 'progressively'].includes(owner.spec.workloadRef.scaleDown)) return { spec: o.spec.template.spec, min: 0, max: 0 };
      const n = maxOf(o.spec.replicas);
      return { spec: o.spec.template.spec, min: minOf(o.spec.replicas), max: n + surgeOf(o.spec.strategy?.rollingUpdate?.maxSurge, n) };
    }
    case 'Rollout': {
      const ref = o.spec.workloadRef;
      const spec = ref ? all.find((d) => d.kind === ref.kind && d.metadata.name === ref.name).spec.template.spec : o.spec.template.spec;
      const n = maxOf(o.spec.replicas);
      const s = o.spec.strategy;
      const max = s.blueGreen ? n + (s.blueGreen.previewReplicaCount ?? n) : s.canary?.trafficRouting ? 2 * n : n + surgeOf(s.canary?.maxSurge, n);
      return { spec, min: minOf(o.spec.replicas), max };
    }
    case 'StatefulSet':
      return { spec: o.spec.template.spec, min: o.spec.replicas ?? 1, max: o.spec.replicas ?? 1 };
    case 'Job':
      return { spec: o.spec.template.spec, min: 0, max: 1 };
    case 'CronJob':
      return { spec: o.spec.jobTemplate.spec.template.spec, min: 0, max: 1 };
    case 'Cluster': {
      const c = { resources: o.spec.resources ?? {} };
      const sidecars = (o.spec.plugins ?? [])
        .filter((p: any) => p.name === 'barman-cloud.cloudnative-pg.io' && p.enabled !== false && p.parameters?.barmanObjectName)
        .map((p: any) => ({ resources: all.find((s) => s.kind === 'ObjectStore' && s.metadata.name === p.parameters.barmanObjectName)?.spec.instanceSidecarConfiguration?.resources ?? {} }));
      return { spec: { containers: [c, ...sidecars], initContainers: [c] }, min: o.spec.instances ?? 1, max: o.spec.instances ?? 1 };
    }
    case 'Pooler': {
      const n = o.spec.instances ?? 1;
      const containers = o.spec.template?.spec?.containers ?? [{ name: 'pgbouncer' }];
      // CNPG's bootstrap-controller init container gets the template's pod-level resources, if any
      const initContainers = [{ resources: o.spec.template?.spec?.resources ?? {} }];
      return { spec: { containers, initContainers }, min: n, max: n + surgeOf(o.spec.deploymentStrategy?.rollingUpdate?.maxSurge, n) };
    }
    default:
      return undefined;
  }
}

/** One pod's amount: max(sum of containers, largest init container), limits standing in for requests, then the LimitRange default. */
function podAmount(spec: any, what: 'requests' | 'limits', res: 'cpu' | 'memory', all: any[]): number {
  const lr = all.find((o) => o.kind === 'LimitRange')?.spec.limits.find((l: any) => l.type === 'Container') ?? {};
  const dflt = what === 'requests' ? lr.defaultRequest : lr.default;
  const parse = res === 'cpu' ? milli : bytesOf;
  const one = (c: any) => parse(c.resources?.[what]?.[res] ?? (what === 'requests' ? c.resources?.limits?.[res] : undefined) ?? dflt?.[res]);
  const sum = (spec.containers ?? []).reduce((n: number, c: any) => n + one(c), 0);
  return Math.max(sum, ...(spec.initContainers ?? []).map(one));
}

function claimSizes(all: any[]): number[] {
  return all.flatMap((o) => {
    if (o.kind === 'PersistentVolumeClaim') return [bytesOf(o.spec.resources.requests.storage)];
    if (o.kind === 'StatefulSet') return (o.spec.volumeClaimTemplates ?? []).flatMap((t: any) => Array(o.spec.replicas ?? 1).fill(bytesOf(t.spec.resources.requests.storage)));
    if (o.kind === 'Cluster' && o.apiVersion.startsWith('postgresql.cnpg.io/')) {
      const size = (s: any) => bytesOf(s.size ?? s.pvcTemplate.resources.requests.storage);
      const one = [o.spec.storage, o.spec.walStorage, ...(o.spec.tablespaces ?? []).map((t: any) => t.storage)].filter(Boolean).map(size);
      return Array(o.spec.instances ?? 1).fill(one).flat();
    }
    return [];
  });
}

function offsiteBytes(all: any[], env: (typeof CONFIG.environments)[number]): number {
  const dump: Record<string, number> = { postgresql: bytesOf(env.backup.postgres.assumedDumpSize), chroma: bytesOf(env.backup.chroma.assumedDumpSize) };
  const envOf = (c: any, n: string) => c.env?.find((e: any) => e.name === n)?.value;
  const fromCronJobs = all
    .filter((o) => o.kind === 'CronJob')
    .flatMap((o) => {
      const cs = [...(o.spec.jobTemplate.spec.template.spec.initContainers ?? []), ...o.spec.jobTemplate.spec.template.spec.containers];
      if (!cs.some((c: any) => envOf(c, 'S3_BUCKET'))) return [];
      return cs.filter((c: any) => envOf(c, 'RETENTION_DAYS')).map((c: any) => Number(envOf(c, 'RETENTION_DAYS')) * dump[o.metadata.labels['app.kubernetes.io/name']]);
    });
  const fromCnpg = all
    .filter((o) => o.kind === 'Cluster' && o.apiVersion.startsWith('postgresql.cnpg.io/'))
    .flatMap((c) => (c.spec.plugins ?? []).map((p: any) => all.find((s) => s.kind === 'ObjectStore' && s.metadata.name === p.parameters?.barmanObjectName)))
    .filter((s: any) => s?.spec.retentionPolicy)
    .map((s: any) => {
      const [, n, unit] = /^(\d+)([dwm])$/.exec(s.spec.retentionPolicy)!;
      return Number(n) * { d: 1, w: 7, m: 30 }[unit as 'd' | 'w' | 'm'] * dump.postgresql;
    });
  return [...fromCronJobs, ...fromCnpg].reduce((a, b) => a + b, 0);
}

describe('docs/capacity.json matches a sum over the YAML of dist/<env>/', () => {
  test('it reports exactly the environments of dist/', () => {
    expect(ENV_FOLDERS.length).toBeGreaterThan(0);
    expect(REPORT.environments.map((e: EnvironmentCapacity) => e.name).sort()).toEqual(ENV_FOLDERS);
  });

  test('its prices are those of config/cluster.yaml', () => {
    expect(REPORT.assumptions).toEqual({ ...PRICES });
  });

  describe.each(ENV_FOLDERS)('%s', (name) => {
    const all = readFolder(name);
    const env = CONFIG.environments.find((e) => e.name === name)!;
    const reported: EnvironmentCapacity = REPORT.environments.find((e: EnvironmentCapacity) => e.name === name);
    const groups = all.map((o) => podsOf(o, all)).filter((g): g is Pods => g !== undefined);
    const sum = (scale: 'min' | 'max', what: 'requests' | 'limits', res: 'cpu' | 'memory') => groups.reduce((n, g) => n + g[scale] * podAmount(g.spec, what, res, all), 0);

    test('every object with a pod template is counted', () => {
      const withPods = all.filter((o) => o.spec?.template?.spec?.containers || o.spec?.jobTemplate || (o.kind === 'Rollout' && o.spec?.workloadRef));
      expect(withPods.filter((o) => !podsOf(o, all)).map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([]);
      expect(env).toBeDefined();
    });

    test.each(['min', 'max'] as const)('pods, CPU and memory at %s scale', (scale) => {
      const t = reported[scale];
      expect(t.pods).toBe(groups.reduce((n, g) => n + g[scale], 0));
      expect(Math.round(t.requests.cpu * 1000)).toBe(sum(scale, 'requests', 'cpu'));
      expect(Math.round(t.limits.cpu * 1000)).toBe(sum(scale, 'limits', 'cpu'));
      expect(t.requests.memoryBytes).toBe(sum(scale, 'requests', 'memory'));
      expect(t.limits.memoryBytes).toBe(sum(scale, 'limits', 'memory'));
    });

    test('every volume claim and the total', () => {
      const sizes = claimSizes(all);
      expect(reported.claims.map((c) => c.bytes).sort((a, b) => a - b)).toEqual([...sizes].sort((a, b) => a - b));
      expect(reported.storageBytes).toBe(sizes.reduce((a, b) => a + b, 0));
    });

    test('off-site copies: retention days x the assumed dump size of each uploaded backup', () => {
      expect(reported.objectStorageBytes).toBe(offsiteBytes(all, env));
    });

    test('the share of each ResourceQuota key at maximum scale', () => {
      const hard: Record<string, string> = all.find((o) => o.kind === 'ResourceQuota')?.spec.hard ?? {};
      const used: Record<string, number> = {
        pods: groups.reduce((n, g) => n + g.max, 0),
        'requests.cpu': sum('max', 'requests', 'cpu') / 1000,
        'limits.cpu': sum('max', 'limits', 'cpu') / 1000,
        'requests.memory': sum('max', 'requests', 'memory'),
        'limits.memory': sum('max', 'limits', 'memory'),
        'requests.storage': claimSizes(all).reduce((a, b) => a + b, 0),
        persistentvolumeclaims: claimSizes(all).length,
      };
      expect(reported.quota.map((q) => q.key).sort()).toEqual(Object.keys(hard).sort());
      for (const q of reported.quota) {
        const parse = /cpu/.test(q.key) ? (s: string) => milli(s) / 1000 : /memory|storage/.test(q.key) ? bytesOf : Number;
        expect([q.key, q.used]).toEqual([q.key, used[q.key] ?? null]);
        if (used[q.key] !== undefined) expect(q.share).toBeCloseTo(used[q.key] / parse(hard[q.key]), 3);
      }
    });

    test.each(['min', 'max'] as const)('the monthly cost at %s scale: requests x hours x unit prices, plus storage', (scale) => {
      const p = PRICES.prices;
      const gib = 2 ** 30;
      const compute = ((sum(scale, 'requests', 'cpu') / 1000) * p.vcpuHour + (sum(scale, 'requests', 'memory') / gib) * p.memoryGiBHour) * PRICES.hoursPerMonth;
      const storage = (claimSizes(all).reduce((a, b) => a + b, 0) / gib) * p.blockStorageGiBMonth + (offsiteBytes(all, env) / gib) * p.objectStorageGiBMonth;
      expect(Math.abs(reported.monthlyCost[scale].total - (compute + storage))).toBeLessThan(0.006);
    });
  });

  test('the totals add up the environments', () => {
    for (const scale of ['min', 'max'] as const) {
      const total = REPORT.environments.reduce((n: number, e: EnvironmentCapacity) => n + e.monthlyCost[scale].total, 0);
      expect(Math.abs(REPORT.totals.monthlyCost[scale].total - total)).toBeLessThan(0.01 * REPORT.environments.length);
    }
  });
});

// --- the counting rules, on fixtures ---

const NS = 'fixture';
const res = (cpu: string, memory: string, limitCpu = cpu, limitMemory = memory) => ({ requests: { cpu, memory }, limits: { cpu: limitCpu, memory: limitMemory } });
const podTemplate = (resources: object = res('100m', '128Mi')) => ({ spec: { containers: [{ name: 'c', image: 'i:1', resources }] } });
const deployment = (name: string, spec: object = {}) => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: NS }, spec: { template: podTemplate(), ...spec } });
const hpa = (kind: string, name: string, min: number, max: number) => ({
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscaler',
  metadata: { name, namespace: NS },
  spec: { scaleTargetRef: { apiVersion: kind === 'Rollout' ? 'argoproj.io/v1alpha1' : 'apps/v1', kind, name }, minReplicas: min, maxReplicas: max },
});
const limitRange = { apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'l', namespace: NS }, spec: { limits: [{ type: 'Container', default: { cpu: '500m', memory: '512Mi' }, defaultRequest: { cpu: '50m', memory: '64Mi' } }] } };
const report = (objects: any[], dumpSizes: Record<string, string> = {}) => environmentCapacity({ name: 'x', namespace: NS, objects, dumpSizes, prices: PRICES });
const row = (r: EnvironmentCapacity, owner: string) => r.workloads.find((w) => w.owner === owner)!;

describe('counting rules', () => {
  test('a Deployment runs its HPA minimum at minimum scale and its HPA maximum plus surge at maximum scale', () => {
    const r = report([deployment('web', { strategy: { rollingUpdate: { maxSurge: 1 } } }), hpa('Deployment', 'web', 2, 10), deployment('api', { replicas: 4 }), hpa('StatefulSet', 'api', 1, 50)]);
    expect([row(r, 'Deployment/web').podsMin, row(r, 'Deployment/web').podsMax]).toEqual([2, 11]);
    // no surge given: the apps/v1 default 25 %, rounded up; an HPA of another kind does not count
    expect([row(r, 'Deployment/api').podsMin, row(r, 'Deployment/api').podsMax]).toEqual([4, 5]);
    expect(r.max.requests.cpu).toBeCloseTo(1.6);
    expect(r.min.requests.memoryBytes).toBe(6 * 128 * 2 ** 20);
  });

  test('every CronJob and Job adds one pod at maximum scale only, a suspended one too', () => {
    const cron = (name: string, suspend?: boolean) => ({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name, namespace: NS }, spec: { suspend, schedule: '0 2 * * *', jobTemplate: { spec: { template: podTemplate(res('1', '1Gi')) } } } });
    const r = report([cron('backup'), cron('restore', true), { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'migrate', namespace: NS }, spec: { template: podTemplate(res('1', '1Gi')) } }]);
    expect([r.min.pods, r.max.pods, r.max.requests.cpu, r.min.requests.cpu]).toEqual([0, 3, 3, 0]);
    expect(row(r, 'CronJob/restore').notes).toEqual(['suspended: runs only when started by hand']);
  });

  test('a backup claim holds retention days + 1 dumps; an S3 upload beside the backup keeps retention days off-site', () => {
    const backup = (name: string, days: number, upload: boolean) => ({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name, namespace: NS, labels: { 'app.kubernetes.io/name': name } },
      spec: {
        jobTemplate: {
          spec: {
            template: {
              spec: {
                containers: [
                  { name: 'dump', env: [{ name: 'RETENTION_DAYS', value: String(days) }, { name: 'BACKUP_DIR', value: `/backup/${name}` }], volumeMounts: [{ name: 'b', mountPath: '/backup' }] },
                  ...(upload ? [{ name: 'upload', env: [{ name: 'S3_BUCKET', value: 'bkt' }, { name: 'S3_PREFIX', value: `p/${name}` }] }] : []),
                ],
                volumes: [{ name: 'b', persistentVolumeClaim: { claimName: 'backups' } }],
              },
            },
          },
        },
      },
    });
    const claim = (size: string) => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'backups', namespace: NS }, spec: { resources: { requests: { storage: size } } } });
    const r = report([claim('20Gi'), backup('postgresql', 7, true), backup('chroma', 7, false)], { postgresql: '1Gi', chroma: '512Mi' });
    expect(r.claims[0].backup).toEqual({
      writers: [
        { owner: 'CronJob/chroma', retentionDays: 7, dumpBytes: 2 ** 29 },
        { owner: 'CronJob/postgresql', retentionDays: 7, dumpBytes: 2 ** 30 },
      ],
      peakBytes: 8 * 2 ** 30 + 8 * 2 ** 29,
      fits: true,
    });
    expect(r.objectStorage).toEqual([{ owner: 'CronJob/postgresql', retentionDays: 7, dumpBytes: 2 ** 30, target: 's3://bkt/p/postgresql', bytes: 7 * 2 ** 30 }]);
    expect(r.objectStorageBytes).toBe(7 * 2 ** 30);
    expect(report([claim('10Gi'), backup('postgresql', 7, false), backup('chroma', 7, false)], { postgresql: '1Gi', chroma: '512Mi' }).claims[0].backup!.fits).toBe(false);
    // a writer config gives no size for: the growth is unknown, never made up
    expect(report([claim('10Gi'), backup('postgresql', 7, false)], {}).claims[0].backup).toMatchObject({ peakBytes: null, fits: null, writers: [{ dumpBytes: null }] });
  });

  test('the share of each ResourceQuota key is what maximum scale uses of it; a key it does not compute says so', () => {
    const quota = { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: NS }, spec: { hard: { 'requests.cpu': '2', pods: '4', 'count/services': '5', 'limits.memory': '1Gi' } } };
    const r = report([quota, deployment('web', { replicas: 1, strategy: { rollingUpdate: { maxSurge: 1 } } })]);
    expect(r.quota).toEqual([
      { key: 'count/services', hard: '5', used: null, share: null },
      { key: 'limits.memory', hard: '1Gi', used: 256 * 2 ** 20, share: 0.25 },
      { key: 'pods', hard: '4', used: 2, share: 0.5 },
      { key: 'requests.cpu', hard: '2', used: 0.2, share: 0.1 },
    ]);
  });

  test("a Rollout with a workloadRef runs the Deployment's pod template at the Rollout's scale", () => {
    const rollout = (name: string, strategy: object, workloadRef: object = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'app' }) => ({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      metadata: { name, namespace: NS },
      spec: { workloadRef, strategy },
    });
    const app = deployment('app', { replicas: 0, template: podTemplate(res('500m', '1Gi')) });
    const routed = report([app, rollout('app', { canary: { trafficRouting: { plugins: {} }, steps: [{ setWeight: 20 }] } }), hpa('Rollout', 'app', 2, 4)]);
    expect(row(routed, 'Rollout/app')).toMatchObject({ podsMin: 2, podsMax: 8, perPod: { requests: { cpu: 0.5, memoryBytes: 2 ** 30 } } });
    expect(row(routed, 'Deployment/app')).toMatchObject({ podsMin: 0, podsMax: 0 });
    expect([routed.min.pods, routed.max.pods, routed.max.requests.cpu]).toEqual([2, 8, 4]);
    const basic = report([app, rollout('app', { canary: { maxSurge: 1 } }), hpa('Rollout', 'app', 2, 4)]);
    expect(row(basic, 'Rollout/app').podsMax).toBe(5);
    const blueGreen = report([app, rollout('app', { blueGreen: { activeService: 'a' } }), hpa('Rollout', 'app', 2, 4)]);
    expect(row(blueGreen, 'Rollout/app').podsMax).toBe(8);
    // scaleDown onsuccess: Argo Rollouts scales the Deployment to zero, whatever its replicas
    const migrated = report([deployment('app', { replicas: 3 }), rollout('app', { canary: {} }, { apiVersion: 'apps/v1', kind: 'Deployment', name: 'app', scaleDown: 'onsuccess' })]);
    expect(row(migrated, 'Deployment/app')).toMatchObject({ podsMin: 0, podsMax: 0 });
    expect(() => report([rollout('app', { canary: {} })])).toThrow('Rollout/app: spec.workloadRef names Deployment/app, which is not among the rendered objects');
  });

  test('a CloudNativePG Cluster: instances x resources, and storage plus walStorage per instance (quota-fit counts them too)', () => {
    const cluster = {
      apiVersion: 'postgresql.cnpg.io/v1',
      kind: 'Cluster',
      metadata: { name: 'db', namespace: NS },
      spec: { instances: 3, resources: res('500m', '1Gi', '1', '2Gi'), storage: { size: '10Gi' }, walStorage: { pvcTemplate: { resources: { requests: { storage: '2Gi' } } } } },
    };
    const r = report([cluster]);
    expect(row(r, 'Cluster/db')).toMatchObject({ podsMin: 3, podsMax: 3, perPod: { requests: { cpu: 0.5, memoryBytes: 2 ** 30 }, limits: { cpu: 1, memoryBytes: 2 ** 31 } } });
    expect([r.max.requests.cpu, r.max.limits.memoryBytes]).toEqual([1.5, 6 * 2 ** 30]);
    expect(r.claims.map((c) => [c.name, c.bytes / 2 ** 30])).toEqual([
      ['db-1', 10],
      ['db-1-wal', 2],
      ['db-2', 10],
      ['db-2-wal', 2],
      ['db-3', 10],
      ['db-3-wal', 2],
    ]);
    expect(r.storageBytes).toBe(36 * 2 ** 30);
    // the Barman Cloud plugin's sidecar runs beside postgres with the ObjectStore's resources
    const store = { apiVersion: 'barmancloud.cnpg.io/v1', kind: 'ObjectStore', metadata: { name: 'store', namespace: NS }, spec: { instanceSidecarConfiguration: { resources: res('100m', '128Mi') } } };
    const withPlugin = { ...cluster, spec: { ...cluster.spec, plugins: [{ name: 'barman-cloud.cloudnative-pg.io', parameters: { barmanObjectName: 'store' } }] } };
    expect(row(report([withPlugin, store]), 'Cluster/db').perPod.requests).toEqual({ cpu: 0.6, memoryBytes: 2 ** 30 + 128 * 2 ** 20 });
    expect(row(report([limitRange, withPlugin, { ...store, spec: {} }]), 'Cluster/db').notes).toEqual([
      'no instanceSidecarConfiguration.resources in ObjectStore/store: its plugin-barman-cloud sidecar gets the LimitRange defaults',
    ]);
    const quota = { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: NS }, spec: { hard: { pods: '2', persistentvolumeclaims: '5', 'requests.storage': '40Gi' } } };
    expect(quotaShortfalls([quota, cluster] as any[]).map((s) => [s.key, Number(s.need.num / s.need.den)])).toEqual([
      ['pods', 3],
      ['persistentvolumeclaims', 6],
    ]);
  });

  test('a CloudNativePG Pooler: its template resources, or the LimitRange defaults with a note when it has none', () => {
    const pooler = (template?: object) => ({ apiVersion: 'postgresql.cnpg.io/v1', kind: 'Pooler', metadata: { name: 'pool', namespace: NS }, spec: { cluster: { name: 'db' }, instances: 2, template } });
    const bare = report([limitRange, pooler()]);
    expect(row(bare, 'Pooler/pool')).toMatchObject({ podsMin: 2, podsMax: 3, perPod: { requests: { cpu: 0.05, memoryBytes: 64 * 2 ** 20 }, limits: { cpu: 0.5 } } });
    expect(row(bare, 'Pooler/pool').notes.join()).toMatch(/no resources .* pgbouncer .* LimitRange defaults apply/);
    // pgbouncer at 20m, but the bootstrap-controller init container has none of its own: the LimitRange default (50m) wins
    const small = report([limitRange, pooler({ spec: { containers: [{ name: 'pgbouncer', resources: res('20m', '32Mi') }] } })]);
    expect(row(small, 'Pooler/pool')).toMatchObject({ perPod: { requests: { cpu: 0.05, memoryBytes: 64 * 2 ** 20 } } });
    expect(row(small, 'Pooler/pool').notes).toEqual([expect.stringMatching(/^bootstrap-controller init container .* LimitRange defaults apply/)]);
    const sized = report([limitRange, pooler({ spec: { resources: res('200m', '256Mi'), containers: [{ name: 'pgbouncer', resources: res('200m', '256Mi') }] } })]);
    expect(row(sized, 'Pooler/pool')).toMatchObject({ perPod: { requests: { cpu: 0.2, memoryBytes: 256 * 2 ** 20 } }, notes: [] });
  });

  test('price arithmetic: requests x hours x unit price, storage by GiB-month', () => {
    const prices: Prices = { ...PRICES, hoursPerMonth: 730, prices: { vcpuHour: 0.04, memoryGiBHour: 0.005, blockStorageGiBMonth: 0.1, objectStorageGiBMonth: 0.02 } };
    const totals = { pods: 3, requests: { cpu: 1.5, memoryBytes: 3 * 2 ** 30 }, limits: { cpu: 9, memoryBytes: 2 ** 40 } };
    expect(monthlyCost(totals, 50 * 2 ** 30, 10 * 2 ** 30, prices)).toEqual({ cpu: 43.8, memory: 10.95, blockStorage: 5, objectStorage: 0.2, total: 59.95 });
  });
});

describe('configuration of the report', () => {
  test('prices and dump sizes are validated with the usual one-line errors', () => {
    const cluster = { acme: { email: 'a@b.org' } };
    expect(() => parseCluster({ ...cluster, capacity: { prices: { vcpuHour: -1 } } })).toThrow(new ConfigError('config[cluster].capacity.prices.vcpuHour: must be >= 0, got -1'));
    expect(() => parseCluster({ ...cluster, capacity: { pricesAsOf: 'June' } })).toThrow(/^config\[cluster\]\.capacity\.pricesAsOf: must be a date such as 2026-06-17, got "June"$/);
    expect(configErrorOf('qa', { backup: { postgres: { assumedDumpSize: '1GB' } } })).toMatch(/^config\[qa\]\.backup\.postgres\.assumedDumpSize: .*, got "1GB"$/);
    expect(parseCluster(cluster).capacity.prices).toEqual({ vcpuHour: 0.04048, memoryGiBHour: 0.004445, blockStorageGiBMonth: 0.08, objectStorageGiBMonth: 0.023 });
  });
});
