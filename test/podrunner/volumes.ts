import * as fs from 'fs';
import * as path from 'path';
import { ContainerConfigError } from './kubelet';
import { find, K8sObject, PodPlan } from './manifests';

// A pod's volumes as the kubelet lays them out on the node: one directory per volume.
// configMap and secret volumes use the kubelet's atomic-writer layout (..<stamp>/ holds
// the files, ..data points at it, each key is a symlink through ..data), with items,
// defaultMode and per-item mode; emptyDir is a fresh directory (medium Memory: under
// /dev/shm, a tmpfs); a PVC is a directory of the run that outlives pods (a fresh volume
// has lost+found, as ext4 does). fsGroup ownership is applied as the kubelet's
// SetVolumeOwnership does it (group fsGroup, g+rw (ro volumes g+r), setgid on directories),
// with fsGroupChangePolicy OnRootMismatch honoured.

export interface NodeDirs {
  /** The run's directory on this host. */
  readonly root: string;
  /** Memory-backed emptyDirs go here (a tmpfs). */
  readonly shm: string;
}

export interface Volume {
  readonly name: string;
  readonly dir: string;
  /** configMap and secret volumes are mounted read-only whatever the mount says. */
  readonly alwaysReadOnly: boolean;
}

const RW_MASK = 0o660;
const RO_MASK = 0o440;
const EXEC_MASK = 0o110;

function walk(dir: string, fn: (p: string, st: fs.Stats) => void): void {
  const st = fs.lstatSync(dir);
  fn(dir, st);
  if (st.isDirectory()) for (const e of fs.readdirSync(dir)) walk(path.join(dir, e), fn);
}

/** The kubelet's SetVolumeOwnership pass (after each write of a configMap or secret volume, too). */
export function setOwnership(dir: string, fsGroup: number | undefined, readOnly: boolean, policy: string | undefined): void {
  if (fsGroup === undefined) return;
  const mask = readOnly ? RO_MASK : RW_MASK;
  const root = fs.statSync(dir);
  if (policy === 'OnRootMismatch' && root.gid === fsGroup && (root.mode & 0o2000) !== 0 && (root.mode & mask) === mask) return;
  walk(dir, (p, st) => {
    if (st.isSymbolicLink()) return;
    fs.lchownSync(p, st.uid, fsGroup);
    fs.chmodSync(p, (st.mode & 0o7777) | mask | (st.isDirectory() ? 0o2000 | EXEC_MASK : 0));
  });
}

export interface ProjectedFile {
  readonly path: string;
  readonly content: string;
  readonly mode: number;
}

/**
 * Writes (or rewrites) a configMap or secret volume as the kubelet's AtomicWriter does
 * (kubernetes pkg/volume/util/atomic_writer.go, v1.30): the files go into a fresh
 * `..<timestamp>` directory, a `..data_tmp` symlink to it is renamed over `..data` (one
 * atomic step: a reader sees the old set or the new set, never a mix through one path),
 * each top-level key is a symlink through `..data`, keys no longer projected lose their
 * symlink, and the old timestamp directory is removed. The fsGroup ownership is a separate
 * pass (setOwnership), as in the kubelet.
 */
export function atomicWrite(dir: string, files: readonly ProjectedFile[]): void {
  const stamp = new Date().toISOString().replace(/[-:.]/g, '_');
  const data = fs.mkdtempSync(path.join(dir, `..${stamp}.`));
  fs.chmodSync(data, 0o755);
  for (const f of files) {
    const target = path.join(data, f.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.content);
    fs.chmodSync(target, f.mode);
  }
  const link = path.join(dir, '..data');
  const old = fs.existsSync(link) ? fs.readlinkSync(link) : undefined;
  const tmp = path.join(dir, '..data_tmp');
  fs.rmSync(tmp, { force: true });
  fs.symlinkSync(path.basename(data), tmp);
  fs.renameSync(tmp, link);
  const keys = new Set(files.map((f) => f.path.split('/')[0]));
  for (const top of keys) if (!fs.existsSync(path.join(dir, top))) fs.symlinkSync(path.join('..data', top), path.join(dir, top));
  for (const e of fs.readdirSync(dir)) {
    if (e.startsWith('..') || keys.has(e)) continue;
    const st = fs.lstatSync(path.join(dir, e));
    if (st.isSymbolicLink() && fs.readlinkSync(path.join(dir, e)).startsWith('..data/')) fs.rmSync(path.join(dir, e));
  }
  if (old && old !== path.basename(data)) fs.rmSync(path.join(dir, old), { recursive: true, force: true });
}

function projectKeys(pod: PodPlan, vol: any, kind: string, name: string, data: Record<string, string> | undefined, src: any): ProjectedFile[] | undefined {
  if (!data) {
    if (src.optional) return [];
    throw new ContainerConfigError(`pod ${pod.name}: volume ${vol.name}: ${kind} "${name}" not found (FailedMount)`);
  }
  const mode = src.defaultMode ?? 0o644;
  if (!src.items) return Object.entries(data).map(([k, v]) => ({ path: k, content: v, mode }));
  return src.items.map((i: any) => {
    if (!(i.key in data)) throw new ContainerConfigError(`pod ${pod.name}: volume ${vol.name}: ${kind} "${name}" has no key "${i.key}" (FailedMount)`);
    return { path: i.path, content: data[i.key], mode: i.mode ?? mode };
  });
}

/** Creates the pod's volume directories; PVC directories persist in `dirs.root/pvc/<claim>`. */
export function materialiseVolumes(pod: PodPlan, objects: readonly K8sObject[], secrets: ReadonlyMap<string, Record<string, string>>, dirs: NodeDirs): Map<string, Volume> {
  const out = new Map<string, Volume>();
  const base = path.join(dirs.root, 'pods', pod.name, 'volumes');
  const psc = pod.spec.securityContext ?? {};
  const fsGroup: number | undefined = psc.fsGroup;
  const policy: string | undefined = psc.fsGroupChangePolicy;
  const claimVolumes = Object.entries(pod.claims).map(([name]) => ({ name, persistentVolumeClaim: { claimName: pod.claims[name] } }));
  for (const vol of [...(pod.spec.volumes ?? []), ...claimVolumes]) {
    let dir: string;
    let readOnly = false;
    if (vol.emptyDir) {
      dir = path.join(vol.emptyDir.medium === 'Memory' ? dirs.shm : base, `${pod.name}-${vol.name}`);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      fs.chmodSync(dir, 0o777);
    } else if (vol.configMap || vol.secret) {
      const isSecret = Boolean(vol.secret);
      const name = isSecret ? vol.secret.secretName : vol.configMap.name;
      const data = isSecret ? secrets.get(name) : find(objects, 'ConfigMap', name)?.data;
      const files = projectKeys(pod, vol, isSecret ? 'secret' : 'configmap', name, data, vol.secret ?? vol.configMap)!;
      dir = path.join(base, vol.name);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true, mode: 0o777 });
      fs.chmodSync(dir, 0o1777);
      atomicWrite(dir, files);
      readOnly = true;
    } else if (vol.persistentVolumeClaim) {
      dir = path.join(dirs.root, 'pvc', vol.persistentVolumeClaim.claimName);
      if (!fs.existsSync(dir)) {
        fs.mkdirSync(path.join(dir, 'lost+found'), { recursive: true });
        fs.chmodSync(path.join(dir, 'lost+found'), 0o700);
        fs.chmodSync(dir, 0o755);
      }
      readOnly = Boolean(vol.persistentVolumeClaim.readOnly);
    } else {
      throw new ContainerConfigError(`pod ${pod.name}: volume ${vol.name}: this volume type (${Object.keys(vol).filter((k) => k !== 'name').join(', ')}) is not modelled by the pod runner`);
    }
    setOwnership(dir, fsGroup, readOnly, policy);
    out.set(vol.name, { name: vol.name, dir, alwaysReadOnly: readOnly && !vol.persistentVolumeClaim });
  }
  return out;
}
