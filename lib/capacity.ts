import { Fraction, parseQuantity } from '../config/quantity';
import { ClusterConfig } from '../config/schema';
import { ManifestObject } from './resource-kinds';
import { claimsOf, Defaults, limitRangeDefaults, podAmount, PodGroup, podGroups, QUOTA_KEYS, QuotaKey, usageAt } from './workload-pods';

// The capacity and cost of one environment, read from its rendered objects (dist/<env>/):
// what docs/capacity.md and docs/capacity.json show. Pods and claims are counted by
// lib/workload-pods.ts, the same code that checks the ResourceQuota at synth time.
// Backup growth reads the rendered backup CronJobs: a container with RETENTION_DAYS writes
// one dump a day into the claim mounted at its BACKUP_DIR; a container with S3_BUCKET in
// the same pod copies it off-site. Only the size of one dump comes from config.

export type Prices = ClusterConfig['capacity'];

/** The size of one day's dump, by the `app.kubernetes.io/name` label of what writes it (postgresql, chroma). */
export type DumpSizes = Readonly<Record<string, string>>;

export interface Amounts {
  /** CPU in cores (1 = one vCPU). */
  readonly cpu: number;
  readonly memoryBytes: number;
}

export interface ScaleTotals {
  readonly pods: number;
  readonly requests: Amounts;
  readonly limits: Amounts;
}

export interface WorkloadRow {
  readonly owner: string;
  readonly podsMin: number;
  readonly podsMax: number;
  readonly perPod: { readonly requests: Amounts; readonly limits: Amounts };
  readonly notes: readonly string[];
}

export interface BackupWriter {
  /** The CronJob (or CNPG Cluster) that writes the dumps. */
  readonly owner: string;
  readonly retentionDays: number;
  /** The assumed size of one dump; null when config gives none for this writer. */
  readonly dumpBytes: number | null;
}

export interface ClaimRow {
  readonly name: string;
  readonly source: string;
  readonly bytes: number;
  /** Set on a claim that backups write to. */
  readonly backup?: {
    readonly writers: readonly BackupWriter[];
    /** retentionDays + 1 dumps of each writer (the new one is written before the oldest goes); null when a size is unknown. */
    readonly peakBytes: number | null;
    readonly fits: boolean | null;
  };
}

export interface ObjectStorageRow extends BackupWriter {
  readonly target: string;
  /** retentionDays dumps; null when the size is unknown. */
  readonly bytes: number | null;
}

export interface QuotaRow {
  readonly key: string;
  readonly hard: string;
  /** What maximum scale uses of it, in the key's unit (cores, bytes or a count); null for a key this report does not compute. */
  readonly used: number | null;
  /** used / hard, 0.5 = 50 %. */
  readonly share: number | null;
}

export interface Cost {
  readonly cpu: number;
  readonly memory: number;
  readonly blockStorage: number;
  readonly objectStorage: number;
  readonly total: number;
}

export interface EnvironmentCapacity {
  readonly name: string;
  readonly namespace: string;
  readonly workloads: readonly WorkloadRow[];
  readonly min: ScaleTotals;
  readonly max: ScaleTotals;
  readonly claims: readonly ClaimRow[];
  readonly storageBytes: number;
  readonly objectStorage: readonly ObjectStorageRow[];
  readonly objectStorageBytes: number;
  readonly quota: readonly QuotaRow[];
  readonly monthlyCost: { readonly min: Cost; readonly max: Cost };
}

type Obj = ManifestObject & { spec?: any };
const GIB = 2 ** 30;

/** The whole report of one environment. */
export function environmentCapacity(input: { name: string; namespace: string; objects: readonly ManifestObject[]; dumpSizes: DumpSizes; prices: Prices }): EnvironmentCapacity {
  const { objects, dumpSizes, prices } = input;
  const defaults = limitRangeDefaults(objects);
  // Sorted, so that the page does not depend on the order of the objects.
  const workloads = podGroups(objects).map((g) => workloadRow(g, defaults)).sort(by((w) => w.owner));
  const min = totalsAt(objects, 'min');
  const max = totalsAt(objects, 'max');
  const writers = backupWriters(objects, dumpSizes).sort(by((w) => w.owner));
  const claims = [...claimsOf(objects)].sort(by((c) => c.name)).map((c): ClaimRow => {
    const bytes = toNumber(quantity(c.size));
    const mine = writers.filter((w) => w.claim === c.name).map(({ owner, retentionDays, dumpBytes }) => ({ owner, retentionDays, dumpBytes }));
    if (mine.length === 0) return { name: c.name, source: c.source, bytes };
    const peakBytes = mine.some((w) => w.dumpBytes === null) ? null : mine.reduce((n, w) => n + (w.retentionDays + 1) * w.dumpBytes!, 0);
    return { name: c.name, source: c.source, bytes, backup: { writers: mine, peakBytes, fits: peakBytes === null ? null : peakBytes <= bytes } };
  });
  const storageBytes = claims.reduce((n, c) => n + c.bytes, 0);
  const objectStorage = [...writers.filter((w) => w.offsite), ...cnpgObjectStores(objects, dumpSizes)].sort(by((w) => w.owner)).map((w) => ({
    owner: w.owner,
    retentionDays: w.retentionDays,
    dumpBytes: w.dumpBytes,
    target: w.offsite!,
    bytes: w.dumpBytes === null ? null : w.retentionDays * w.dumpBytes,
  }));
  const objectStorageBytes = objectStorage.reduce((n, o) => n + (o.bytes ?? 0), 0);
  return {
    name: input.name,
    namespace: input.namespace,
    workloads,
    min,
    max,
    claims,
    storageBytes,
    objectStorage,
    objectStorageBytes,
    quota: quotaRows(objects),
    monthlyCost: { min: monthlyCost(min, storageBytes, objectStorageBytes, prices), max: monthlyCost(max, storageBytes, objectStorageBytes, prices) },
  };
}

/** What a month costs at these requests and sizes: requests x hours x unit price, storage by provisioned size. */
export function monthlyCost(totals: ScaleTotals, storageBytes: number, objectStorageBytes: number, prices: Prices): Cost {
  const hours = prices.hoursPerMonth;
  const cpu = totals.requests.cpu * prices.prices.vcpuHour * hours;
  const memory = (totals.requests.memoryBytes / GIB) * prices.prices.memoryGiBHour * hours;
  const blockStorage = (storageBytes / GIB) * prices.prices.blockStorageGiBMonth;
  const objectStorage = (objectStorageBytes / GIB) * prices.prices.objectStorageGiBMonth;
  return { cpu: cents(cpu), memory: cents(memory), blockStorage: cents(blockStorage), objectStorage: cents(objectStorage), total: cents(cpu + memory + blockStorage + objectStorage) };
}

function workloadRow(g: PodGroup, defaults: Defaults): WorkloadRow {
  const amounts = (what: 'requests' | 'limits'): Amounts => ({ cpu: cores(podAmount(g.pod, what, 'cpu', defaults)), memoryBytes: toNumber(podAmount(g.pod, what, 'memory', defaults)) });
  return { owner: g.owner, podsMin: g.min, podsMax: g.max, perPod: { requests: amounts('requests'), limits: amounts('limits') }, notes: g.notes };
}

function totalsAt(objects: readonly ManifestObject[], scale: 'min' | 'max'): ScaleTotals {
  const u = usageAt(objects, scale);
  return {
    pods: toNumber(u.pods),
    requests: { cpu: cores(u['requests.cpu']), memoryBytes: toNumber(u['requests.memory']) },
    limits: { cpu: cores(u['limits.cpu']), memoryBytes: toNumber(u['limits.memory']) },
  };
}

function quotaRows(objects: readonly ManifestObject[]): QuotaRow[] {
  const quota = (objects as Obj[]).find((o) => o.kind === 'ResourceQuota');
  if (!quota) return [];
  const usage = usageAt(objects, 'max');
  return Object.entries<string>(quota.spec.hard)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, hard]) => {
      if (!(QUOTA_KEYS as readonly string[]).includes(key)) return { key, hard: String(hard), used: null, share: null };
      const used = usage[key as QuotaKey];
      const limit = quantity(String(hard));
      const share = limit.num === 0n ? null : Number((used.num * limit.den * 10000n) / (used.den * limit.num)) / 10000;
      return { key, hard: String(hard), used: /cpu/.test(key) ? cores(used) : toNumber(used), share };
    });
}

interface Writer extends BackupWriter {
  readonly claim?: string;
  /** Where the off-site copies go (`s3://bucket/prefix`), when a container of the same pod uploads them. */
  readonly offsite?: string;
}

/** The backup containers of the CronJobs: RETENTION_DAYS, the claim under BACKUP_DIR, an S3 upload beside it. */
function backupWriters(objects: readonly ManifestObject[], dumpSizes: DumpSizes): Writer[] {
  return (objects as Obj[])
    .filter((o) => o.kind === 'CronJob')
    .flatMap((o) => {
      const pod = o.spec.jobTemplate.spec.template.spec;
      const containers: any[] = [...(pod.initContainers ?? []), ...pod.containers];
      const env = (c: any, name: string): string | undefined => c.env?.find((e: any) => e.name === name)?.value;
      const upload = containers.find((c) => env(c, 'S3_BUCKET'));
      const offsite = upload ? `s3://${env(upload, 'S3_BUCKET')}/${env(upload, 'S3_PREFIX') ?? ''}` : undefined;
      const dump = dumpSizes[o.metadata.labels?.['app.kubernetes.io/name'] ?? ''];
      return containers
        .filter((c) => env(c, 'RETENTION_DAYS') !== undefined)
        .map((c): Writer => ({
          owner: `CronJob/${o.metadata.name}`,
          retentionDays: Number(env(c, 'RETENTION_DAYS')),
          dumpBytes: dump === undefined ? null : toNumber(quantity(dump)),
          claim: claimUnder(pod, c, env(c, 'BACKUP_DIR')),
          offsite,
        }));
    });
}

/** The claim a container writes `dir` to: the read-write PVC volume mounted at or above it. */
function claimUnder(pod: any, container: any, dir: string | undefined): string | undefined {
  if (!dir) return undefined;
  const mount = (container.volumeMounts ?? [])
    .filter((m: any) => !m.readOnly && (dir === m.mountPath || dir.startsWith(`${m.mountPath.replace(/\/$/, '')}/`)))
    .sort((a: any, b: any) => b.mountPath.length - a.mountPath.length)[0];
  return (pod.volumes ?? []).find((v: any) => v.name === mount?.name)?.persistentVolumeClaim?.claimName;
}

/**
 * CloudNativePG base backups through the Barman Cloud plugin (v0.14.0): a Cluster plugin
 * with `parameters.barmanObjectName` names an ObjectStore, whose `retentionPolicy` (`30d`,
 * `4w`, `3m`) keeps that many days of backups. Counted as one base backup a day of the
 * assumed PostgreSQL dump size; the WAL archive is not included.
 */
function cnpgObjectStores(objects: readonly ManifestObject[], dumpSizes: DumpSizes): Writer[] {
  const all = objects as Obj[];
  return all
    .filter((o) => o.kind === 'Cluster' && (o.apiVersion ?? '').startsWith('postgresql.cnpg.io/'))
    .flatMap((cluster) =>
      (cluster.spec.plugins ?? []).flatMap((p: any) => {
        const store = all.find((s) => s.kind === 'ObjectStore' && s.metadata.name === p.parameters?.barmanObjectName);
        const days = retentionDays(store?.spec?.retentionPolicy);
        if (!store || days === undefined) return [];
        const dump = dumpSizes.postgresql;
        return [{ owner: `Cluster/${cluster.metadata.name}`, retentionDays: days, dumpBytes: dump === undefined ? null : toNumber(quantity(dump)), offsite: String(store.spec.configuration?.destinationPath ?? `ObjectStore/${store.metadata.name}`) }];
      }),
    );
}

/** Barman's retention policy `<n>d|w|m` in days (a month counted as 30 days). */
function retentionDays(policy: unknown): number | undefined {
  const m = typeof policy === 'string' ? /^([1-9][0-9]*)([dwm])$/.exec(policy) : null;
  return m ? Number(m[1]) * { d: 1, w: 7, m: 30 }[m[2] as 'd' | 'w' | 'm'] : undefined;
}

function quantity(q: string): Fraction {
  const f = parseQuantity(q);
  if (!f) throw new Error(`not a quantity: ${q}`);
  return f;
}

/** A count or a byte size (whole numbers here), as a number. */
function toNumber(f: Fraction): number {
  return Number(f.num / f.den);
}

/** CPU in cores, to the millicore. */
function cores(f: Fraction): number {
  return Number((f.num * 1000n) / f.den) / 1000;
}

const cents = (x: number): number => Math.round(x * 100) / 100;

/** Code-point order by a key (never the machine's locale). */
const by =
  <T>(key: (t: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** The sum of several environments' monthly figures. */
export function sumCosts(costs: readonly Cost[]): Cost {
  const add = (k: keyof Cost) => cents(costs.reduce((n, c) => n + c[k], 0));
  return { cpu: add('cpu'), memory: add('memory'), blockStorage: add('blockStorage'), objectStorage: add('objectStorage'), total: add('total') };
}
