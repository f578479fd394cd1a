import * as fs from 'fs';
import * as path from 'path';
import { RunAs } from './kubelet';

// How one container is started: a shell script run under
//   nsenter (the pod's network and UTS namespaces) unshare --mount --propagation private
// that assembles the container's root filesystem in a tmpfs of that private mount
// namespace and then execs chroot + setpriv + env into the program. Nothing is written to
// the host's own directories: the root is a tmpfs holding one read-only bind per entry of
// the host's / (the host's files stand for the image's), a fresh empty /tmp and /run (the
// image's own, empty), and the image's /etc/passwd, /etc/group, the pod's /etc/hosts,
// /etc/hostname and /etc/resolv.conf bound over the host's. A mount target that does not
// exist in that tree (e.g. /docker-entrypoint-initdb.d, /data, /config.yaml,
// /var/lib/postgresql/data) is created in the tmpfs; when its parent is a host directory,
// that directory is "shadowed": an overlay with the host directory as its lower layer and
// its upper layer in a tmpfs of the namespace, where the mount point is created.
// readOnlyRootFilesystem remounts the root's tmpfs and overlays read-only (host binds always are).

export interface Mount {
  /** Path in the container, as the manifest writes it. */
  readonly target: string;
  readonly source: string;
  readonly readOnly: boolean;
}

export interface LaunchSpec {
  readonly runDir: string;
  readonly mounts: readonly Mount[];
  readonly readOnlyRoot: boolean;
  readonly user: RunAs;
  readonly noNewPrivs: boolean;
  readonly dropAllCaps: boolean;
  readonly workingDir: string;
  readonly env: ReadonlyMap<string, string>;
  readonly argv: readonly string[];
  /** Host directories outside the system tree that the image's program needs (read-only). */
  readonly extraHostPaths: readonly { readonly host: string; readonly at: string }[];
  /** Written (with the pid) just before the exec into the program. */
  readonly startedFile: string;
}

/** Image directories whose host content is not the image's: empty in the container. */
const FRESH = ['/tmp', '/run'];
/** Top-level directories the host's filesystem provides for every image (read-only binds). */
const FROM_HOST = ['bin', 'etc', 'lib', 'lib32', 'lib64', 'libx32', 'sbin', 'usr', 'var'];
/** Top-level directories of a Debian image that hold nothing the programs here use: empty. */
const EMPTY = ['boot', 'home', 'media', 'mnt', 'opt', 'root', 'srv'];

export const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

const SKELETON = [...FRESH, ...EMPTY.map((d) => `/${d}`)];
const under = (p: string, dir: string) => p === dir || p.startsWith(`${dir}/`);

/** Where a container path lives: in the root's tmpfs (or missing), or in a host bind. */
function origin(p: string, extra: readonly string[]): 'skeleton' | 'host' | 'missing' {
  if (p === '/' || SKELETON.includes(p)) return 'skeleton';
  if (SKELETON.some((d) => under(p, d))) return 'missing';
  const top = `/${p.split('/')[1]}`;
  const hosted = (FROM_HOST.includes(top.slice(1)) && !fs.lstatSync(top, { throwIfNoEntry: false })?.isSymbolicLink()) || extra.some((d) => under(p, d));
  if (!hosted) return 'missing';
  return fs.existsSync(p) ? 'host' : 'missing';
}

/** Resolves symlinks in a container path against the host tree, as runc resolves them in the rootfs. */
export function resolveInImage(p: string, extra: readonly string[] = [], hops = 0): string {
  const parts = p.split('/').filter(Boolean);
  let cur = '/';
  for (let i = 0; i < parts.length; i++) {
    const next = path.posix.join(cur, parts[i]);
    const isHostLink = (i === 0 && FROM_HOST.includes(parts[0])) || origin(next, extra) === 'host';
    const st = isHostLink ? fs.lstatSync(next, { throwIfNoEntry: false }) : undefined;
    if (st?.isSymbolicLink() && hops < 40) {
      const link = fs.readlinkSync(next);
      const joined = link.startsWith('/') ? link : path.posix.join(cur, link);
      return resolveInImage(path.posix.join(joined, ...parts.slice(i + 1)), extra, hops + 1);
    }
    cur = next;
  }
  return cur;
}

/** The host directory that needs a tmpfs shadow so that `p` can be created in it, if any. */
function shadowFor(p: string, earlier: readonly string[], extra: readonly string[]): string | undefined {
  if (origin(p, extra) !== 'missing') return undefined;
  let parent = path.posix.dirname(p);
  while (origin(parent, extra) === 'missing') parent = path.posix.dirname(parent);
  if (origin(parent, extra) === 'skeleton') return undefined;
  if (earlier.some((t) => under(parent, t))) return undefined;
  return parent;
}

/** The setup script for one container. */
export function launchScript(spec: LaunchSpec): string {
  const root = path.join(spec.runDir, 'root');
  fs.mkdirSync(root, { recursive: true });
  const lines = ['set -euo pipefail', `R=${q(root)}`, 'mount -t tmpfs -o mode=0755 podroot "$R"'];
  // The root: the host's system directories read-only, the image's empty ones, fresh /tmp
  // and /run, and /proc, /sys, /dev from the host; `extraHostPaths` for programs elsewhere.
  const dirs: string[] = [];
  const binds: string[] = [];
  for (const name of FROM_HOST) {
    const p = `/${name}`;
    const st = fs.existsSync(p) ? fs.lstatSync(p) : undefined;
    if (st?.isSymbolicLink()) lines.push(`ln -s ${q(fs.readlinkSync(p))} "$R"${q(p)}`);
    else if (st?.isDirectory()) {
      dirs.push(p);
      binds.push(`mount --rbind -o ro ${q(p)} "$R"${q(p)}`);
    }
  }
  lines.push(`mkdir ${[...dirs, ...EMPTY.map((d) => `/${d}`), '/proc', '/sys', '/dev', '/run'].map((d) => `"$R"${q(d)}`).join(' ')}`, 'mkdir -m 1777 "$R/tmp"', 'chmod 0700 "$R/root"');
  lines.push(...binds, 'mount --rbind /proc "$R/proc"', 'mount --rbind -o ro /sys "$R/sys"', 'mount --rbind /dev "$R/dev"');
  for (const p of spec.extraHostPaths) lines.push(`mkdir -p "$R"${q(p.at)}`, `mount --rbind -o ro ${q(p.host)} "$R"${q(p.at)}`);
  const extra = spec.extraHostPaths.map((p) => p.at);

  // Mounts in depth order (a mount inside another volume is created in that volume).
  const mounts = spec.mounts
    .map((m) => ({ ...m, resolved: resolveInImage(m.target, extra), isFile: fs.statSync(m.source).isFile() }))
    .sort((a, b) => a.resolved.split('/').length - b.resolved.split('/').length);
  const shadows = new Set<string>();
  const done: string[] = [];
  for (const m of mounts) {
    const s = shadowFor(m.resolved, done, extra);
    if (s) shadows.add(s);
    done.push(m.resolved);
  }
  const tmpfsDirs = ['/'];
  if (shadows.size) lines.push(`S=${q(path.join(spec.runDir, 'shadow'))}`, 'mkdir -p "$S"', 'mount -t tmpfs -o mode=0700 podshadow "$S"');
  [...shadows].sort((a, b) => a.length - b.length).forEach((s, i) => {
    // An overlay whose lower layer is the host directory and whose upper layer is in the
    // namespace's tmpfs: the missing mount point is created there, never on the host.
    lines.push(`mkdir "$S/u${i}" "$S/w${i}"`, `mount -t overlay podshadow -o lowerdir=${q(s)},upperdir="$S/u${i}",workdir="$S/w${i}" "$R"${q(s)}`);
    tmpfsDirs.push(s);
  });
  for (const m of mounts) {
    const dst = `"$R"${q(m.resolved)}`;
    if (m.isFile) lines.push(`[ -e ${dst} ] || { mkdir -p "$(dirname ${dst})"; touch ${dst}; }`);
    else lines.push(`mkdir -p ${dst}`);
    lines.push(`mount --bind${m.readOnly ? ' -o ro' : ''} ${q(m.source)} ${dst}`);
  }
  if (spec.readOnlyRoot) for (const d of tmpfsDirs.reverse()) lines.push(`mount -o remount,ro "$R"${d === '/' ? '' : q(d)}`);

  const u = spec.user;
  const setpriv = ['/usr/bin/setpriv', `--reuid=${u.uid}`, `--regid=${u.gid}`, u.groups.length ? `--groups=${u.groups.join(',')}` : '--clear-groups'];
  if (spec.dropAllCaps) setpriv.push('--inh-caps=-all', '--bounding-set=-all');
  if (spec.noNewPrivs) setpriv.push('--no-new-privs');
  const env = [...spec.env].map(([k, v]) => q(`${k}=${v}`));
  lines.push(`echo $$ > ${q(spec.startedFile)}`);
  lines.push(`exec chroot "$R" ${setpriv.map(q).join(' ')} -- /usr/bin/env -i -C ${q(spec.workingDir)} ${env.join(' ')} ${spec.argv.map(q).join(' ')}`);
  return `${lines.join('\n')}\n`;
}

/** argv prefix that runs a command inside a running container (exec probes). */
export function execInContainer(pid: number, spec: LaunchSpec, argv: readonly string[]): string[] {
  const u = spec.user;
  const setpriv = ['/usr/bin/setpriv', `--reuid=${u.uid}`, `--regid=${u.gid}`, u.groups.length ? `--groups=${u.groups.join(',')}` : '--clear-groups'];
  if (spec.dropAllCaps) setpriv.push('--inh-caps=-all', '--bounding-set=-all');
  if (spec.noNewPrivs) setpriv.push('--no-new-privs');
  return [
    'nsenter', `--target=${pid}`, '--mount', '--net', '--uts', `--root=/proc/${pid}/root`, `--wd=/proc/${pid}/cwd`, '--',
    ...setpriv, '--', '/usr/bin/env', '-i', '-C', spec.workingDir, ...[...spec.env].map(([k, v]) => `${k}=${v}`), ...argv,
  ];
}
