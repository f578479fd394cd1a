import * as fs from 'fs';
import * as path from 'path';

// The one pinned table of the pod runner: which real program on this machine stands for
// each image repository the rendered manifests name, with the image's own entrypoint, cmd,
// environment, stop signal and /etc/passwd + /etc/group (files beside this one, written
// from the upstream Dockerfiles cited below). An image with no program here is "not run",
// with the reason. Where the program's version differs from the image's, `divergence` says
// so and the harness prints it.

const HERE = __dirname;
const REPO = path.resolve(HERE, '..', '..');
/** Where program directories from the host appear in a container (see ImageRow.hostPaths). */
const PROGRAMS = '/opt/podrunner';
const PG_BIN = '/usr/lib/postgresql/15/bin';

/** A file the image has that the host's filesystem does not: bound read-only at `path`. */
export interface ImageFile {
  readonly path: string;
  /** Host file to bind, or literal content (written into the run directory). */
  readonly source?: string;
  readonly content?: string;
}

export interface RunnableImage {
  readonly kind: 'run';
  /** The image repository this row stands for (tag-independent). */
  readonly repository: string;
  /** What runs here instead, and its version (checked by `versionCommand`). */
  readonly program: string;
  readonly versionCommand: readonly string[];
  /** The upstream version the image tag ships, as far as the harness relies on it. */
  readonly imageVersion: (tag: string) => string;
  /** Why the program's version is not the image's, when it is not. */
  readonly divergence?: string;
  /** ENTRYPOINT and CMD of the image, as the runner execs them (paths on this host). */
  readonly entrypoint: readonly string[];
  readonly cmd: readonly string[];
  /** The image's ENV (PATH first), after the table's host substitutions. */
  readonly env: Readonly<Record<string, string>>;
  /** The image's USER, when it sets one (a name from its passwd, or a uid). */
  readonly user?: string;
  readonly stopSignal: NodeJS.Signals;
  readonly passwd: string;
  readonly group: string;
  readonly files: readonly ImageFile[];
  /**
   * Host directories outside /usr, /etc, /var that the program needs, bound read-only at
   * `at` in the container: a path of its own, so no image directory or volume (say the
   * clone under /tmp, with an emptyDir on /tmp) ever hides or holds it.
   */
  readonly hostPaths: readonly { readonly host: string; readonly at: string }[];
  /** Upstream sources this row is written from (file and tag). */
  readonly sources: readonly string[];
}

export interface NotRunImage {
  readonly kind: 'not-run';
  readonly repository: string;
  readonly reason: string;
}

export type ImageRow = RunnableImage | NotRunImage;

const DEBIAN_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export const IMAGES: readonly ImageRow[] = [
  {
    kind: 'run',
    repository: 'postgres',
    program: 'Debian bookworm postgresql-15 server and client binaries',
    versionCommand: [`${PG_BIN}/postgres`, '--version'],
    imageVersion: (tag) => tag.split('-')[0],
    divergence: 'the image runs PostgreSQL 17; Debian 12 ships PostgreSQL 15, so its binaries stand in (same entrypoint, same data-directory layout, same libpq behaviour relied on here)',
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['postgres'],
    // docker-library/postgres 17/bookworm/Dockerfile: ENV PATH $PATH:/usr/lib/postgresql/$PG_MAJOR/bin,
    // ENV PGDATA /var/lib/postgresql/data, ENV LANG en_US.utf8 (a locale the image generates;
    // this host has only C.utf8, so LANG is C.utf8 here: the one setting changed).
    env: { PATH: `${DEBIAN_PATH}:${PG_BIN}`, GOSU_VERSION: '1.17', LANG: 'C.utf8', PG_MAJOR: '17', PGDATA: '/var/lib/postgresql/data' },
    stopSignal: 'SIGINT',
    passwd: path.join(HERE, 'images', 'postgres-17-bookworm.passwd'),
    group: path.join(HERE, 'images', 'postgres-17-bookworm.group'),
    hostPaths: [],
    files: [{ path: '/usr/local/bin/docker-entrypoint.sh', source: path.join(HERE, 'images', 'postgres-docker-entrypoint.sh') }],
    sources: [
      'docker-library/postgres 17/bookworm/Dockerfile (groupadd -r postgres --gid=999; useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; ENTRYPOINT ["docker-entrypoint.sh"]; CMD ["postgres"]; STOPSIGNAL SIGINT), FROM debian:bookworm-slim (base-passwd 3.6.1 passwd.master/group.master); ssl-cert group from postgresql-common postinst (adduser postgres ssl-cert)',
      'docker-library/postgres 17/bookworm/docker-entrypoint.sh (modelled in images/postgres-docker-entrypoint.sh)',
    ],
  },
  {
    kind: 'run',
    repository: 'quay.io/prometheuscommunity/postgres-exporter',
    program: 'Debian bookworm prometheus-postgres-exporter',
    versionCommand: ['/usr/bin/prometheus-postgres-exporter', '--version'],
    imageVersion: (tag) => tag.replace(/^v/, ''),
    divergence: 'the image tag is a newer postgres_exporter than Debian 12 ships (0.11.1): collectors and flags that arrived later are absent here',
    // Upstream: ENTRYPOINT [ "/bin/postgres_exporter" ]; the Debian binary stands for it.
    entrypoint: ['/usr/bin/prometheus-postgres-exporter'],
    cmd: [],
    env: { PATH: '/bin:/usr/bin:/sbin:/usr/sbin' },
    user: 'nobody',
    stopSignal: 'SIGTERM',
    passwd: path.join(HERE, 'images', 'busybox.passwd'),
    group: path.join(HERE, 'images', 'busybox.group'),
    files: [],
    hostPaths: [],
    sources: [
      'prometheus-community/postgres_exporter Dockerfile (FROM quay.io/prometheus/busybox-${OS}-${ARCH}:latest; USER nobody; EXPOSE 9187; ENTRYPOINT [ "/bin/postgres_exporter" ])',
      'prometheus/busybox glibc/Dockerfile (FROM busybox:glibc): the busybox /etc/passwd and /etc/group (nobody 65534:65534, home /home)',
    ],
  },
  {
    kind: 'run',
    repository: 'chromadb/chroma',
    program: 'npm chromadb `chroma run` CLI on chromadb-js-bindings-linux-x64-gnu',
    versionCommand: [process.execPath, '-e', `process.stdout.write(require(${JSON.stringify(path.join(REPO, 'node_modules/chromadb/package.json'))}).version + ' (bindings ' + require(${JSON.stringify(path.join(REPO, 'node_modules/chromadb-js-bindings-linux-x64-gnu/package.json'))}).version + ', server 1.0.0)')`],
    imageVersion: (tag) => tag,
    divergence: 'the npm bindings 1.0.5 (the newest that loads on glibc 2.36) embed the Chroma 1.0.0 server, older than the image tag; same CLI (`chroma run <config>`), same /api/v2 routes',
    // rust/Dockerfile, stage cli: ENTRYPOINT [ "dumb-init", "--", "chroma" ], CMD [ "run", "/config.yaml" ].
    // dumb-init is not modelled; node runs the npm package's chroma CLI.
    entrypoint: [process.execPath, `${PROGRAMS}/node_modules/chromadb/dist/cli.mjs`],
    cmd: ['run', '/config.yaml'],
    env: { PATH: DEBIAN_PATH, RUST_BACKTRACE: '0' },
    stopSignal: 'SIGTERM',
    passwd: path.join(HERE, 'images', 'debian-bookworm.passwd'),
    group: path.join(HERE, 'images', 'debian-bookworm.group'),
    // COPY rust/frontend/sample_configs/docker_single_node.yaml /config.yaml
    hostPaths: [{ host: path.join(REPO, 'node_modules'), at: `${PROGRAMS}/node_modules` }],
    files: [{ path: '/config.yaml', content: 'persist_path: "/data"\n' }],
    sources: [
      'chroma-core/chroma rust/Dockerfile, stage cli (FROM debian:stable-slim, no USER: runs as root unless the pod says otherwise; ENTRYPOINT dumb-init -- chroma; CMD run /config.yaml)',
      'chroma-core/chroma rust/frontend/sample_configs/docker_single_node.yaml (persist_path: "/data")',
    ],
  },
  {
    kind: 'run',
    repository: 'python',
    program: "this host's Debian bash, coreutils, tar, gzip and python3 (/usr/bin/python3)",
    versionCommand: ['/usr/bin/python3', '--version'],
    imageVersion: (tag) => tag.split('-')[0],
    divergence: "the image's own CPython build is replaced by Debian 12's python3 (3.11) with the same sqlite3 module; the scripts use only the standard library",
    entrypoint: [],
    // docker-library/python 3.12/slim-bookworm/Dockerfile: ENV PATH /usr/local/bin:$PATH, ENV LANG C.UTF-8, CMD ["python3"]
    cmd: ['python3'],
    env: { PATH: `/usr/local/bin:${DEBIAN_PATH}`, LANG: 'C.UTF-8' },
    stopSignal: 'SIGTERM',
    passwd: path.join(HERE, 'images', 'debian-bookworm.passwd'),
    group: path.join(HERE, 'images', 'debian-bookworm.group'),
    files: [],
    hostPaths: [],
    sources: ['docker-library/python 3.12/slim-bookworm/Dockerfile (FROM debian:bookworm-slim, adds no user; CMD ["python3"])'],
  },
  {
    kind: 'not-run',
    repository: 'amazon/aws-cli',
    reason: 'no aws-cli here and no object storage to upload to (the off-site upload container)',
  },
  {
    kind: 'not-run',
    repository: 'bitnamilegacy/kubectl',
    reason: 'needs a Kubernetes API server (VolumeSnapshot jobs)',
  },
  {
    kind: 'not-run',
    repository: 'bitnami/kubectl',
    reason: 'needs a Kubernetes API server (VolumeSnapshot jobs)',
  },
  {
    kind: 'not-run',
    repository: 'registry.k8s.io/kubectl',
    reason: 'needs a Kubernetes API server (VolumeSnapshot jobs)',
  },
];

/** `repo[:tag][@digest]` -> repository and tag. */
export function parseImage(ref: string): { repository: string; tag: string } {
  const noDigest = ref.split('@')[0];
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  if (colon > slash) return { repository: noDigest.slice(0, colon), tag: noDigest.slice(colon + 1) };
  return { repository: noDigest, tag: 'latest' };
}

/** The table's row for an image reference; an image it does not list is "not run". */
export function imageRow(ref: string): ImageRow {
  const { repository } = parseImage(ref);
  const bare = repository.replace(/^docker\.io\/(library\/)?/, '');
  return IMAGES.find((r) => r.repository === bare) ?? { kind: 'not-run', repository: bare, reason: 'no program in the pod runner\'s image table stands for this image (the app image is not public and not here)' };
}

/** The rows of an image's /etc/passwd. */
export function readPasswd(file: string): { name: string; uid: number; gid: number; home: string }[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [name, , uid, gid, , home] = l.split(':');
      return { name, uid: Number(uid), gid: Number(gid), home };
    });
}

export function readGroup(file: string): { name: string; gid: number; members: string[] }[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [name, , gid, members] = l.split(':');
      return { name, gid: Number(gid), members: members ? members.split(',') : [] };
    });
}
