import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { imageRow, RunnableImage } from './podrunner/images';
import { containerArgv, containerEnv, ContainerConfigError, expand, runAs } from './podrunner/kubelet';
import { K8sObject, PodPlan } from './podrunner/manifests';
import { resolveInImage } from './podrunner/sandbox';
import { atomicWrite, materialiseVolumes } from './podrunner/volumes';

// The pod runner's kubelet rules that need no namespaces: $(VAR) expansion, the container
// environment, argv from command/args and the image, users and groups, volume layout.

const postgres = imageRow('postgres:17.6-bookworm') as RunnableImage;
const exporter = imageRow('quay.io/prometheuscommunity/postgres-exporter:v0.17.1') as RunnableImage;

function plan(spec: any): PodPlan {
  return { name: 'p-0', namespace: 'ns', owner: { kind: 'StatefulSet', name: 'p' }, labels: { app: 'p' }, annotations: {}, spec, hostname: 'p-0', claims: {}, ip: '127.10.0.9' };
}

const objects: K8sObject[] = [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { A: 'from-cm', 'bad key': 'x', 'f.sh': 'echo hi\n' } }];
const secrets = new Map([['sec', { password: 's3cret' }]]);

describe('kubelet $(VAR) expansion', () => {
  const vars = new Map([['A', 'x'], ['EMPTY', '']]);
  test.each([
    ['$(A)', 'x'],
    ['pre-$(A)-post', 'pre-x-post'],
    ['$$(A)', '$(A)'],
    ['$$$(A)', '$x'],
    ['$(MISSING)', '$(MISSING)'],
    ['$(EMPTY)!', '!'],
    ['$(A', '$(A'],
    ['a$b $', 'a$b $'],
  ])('%s -> %s', (input, out) => expect(expand(input, vars)).toBe(out));
});

describe('container environment and argv', () => {
  const user = { uid: 999, gid: 999, groups: [999], name: 'postgres', home: '/var/lib/postgresql' };
  test('image ENV, envFrom, then env in order, each value expanding only the names before it', () => {
    const c = {
      name: 'c',
      envFrom: [{ configMapRef: { name: 'cm' } }, { secretRef: { name: 'sec' }, prefix: 'S_' }],
      env: [
        { name: 'B', value: '$(A)-$(C)' },
        { name: 'C', value: 'c' },
        { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        { name: 'IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
        { name: 'PW', valueFrom: { secretKeyRef: { name: 'sec', key: 'password' } } },
        { name: 'OPT', valueFrom: { secretKeyRef: { name: 'nope', key: 'k', optional: true } } },
      ],
    };
    const env = containerEnv(plan({}), c, postgres, user, { objects, secrets });
    expect(env.get('PGDATA')).toBe('/var/lib/postgresql/data');
    expect(env.get('A')).toBe('from-cm');
    expect(env.has('bad key')).toBe(false);
    expect(env.get('S_password')).toBe('s3cret');
    expect(env.get('B')).toBe('from-cm-$(C)');
    expect(env.get('POD')).toBe('p-0');
    expect(env.get('IP')).toBe('127.10.0.9');
    expect(env.get('PW')).toBe('s3cret');
    expect(env.has('OPT')).toBe(false);
    expect(env.get('HOME')).toBe('/var/lib/postgresql');
    expect(env.get('HOSTNAME')).toBe('p-0');
  });

  test('a missing Secret key is a CreateContainerConfigError naming pod, container and key', () => {
    const c = { name: 'db', env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 'sec', key: 'other' } } }] };
    expect(() => containerEnv(plan({}), c, postgres, user, { objects, secrets })).toThrow(new ContainerConfigError('pod p-0, container db: CreateContainerConfigError: secret "sec" has no key "other"'));
  });

  test('command replaces the entrypoint and drops CMD; args alone replace CMD; $(VAR) expands only in the manifest\'s words', () => {
    const env = new Map([['PORT', '5432']]);
    expect(containerArgv(plan({}), { name: 'c', command: ['sh', '-c'], args: ['echo $(PORT) $$(PORT)'] }, postgres, env)).toEqual(['sh', '-c', 'echo 5432 $(PORT)']);
    expect(containerArgv(plan({}), { name: 'c', args: ['-c', 'port=$(PORT)'] }, postgres, env)).toEqual(['docker-entrypoint.sh', '-c', 'port=5432']);
    expect(containerArgv(plan({}), { name: 'c' }, postgres, env)).toEqual(['docker-entrypoint.sh', 'postgres']);
    expect(containerArgv(plan({}), { name: 'c' }, exporter, env)).toEqual(['/usr/bin/prometheus-postgres-exporter']);
  });
});

describe('users from the image\'s own /etc/passwd and /etc/group', () => {
  test('uid 999 is postgres in the postgres image (with its ssl-cert group); uid 1000 has no name there', () => {
    const spec = { securityContext: { runAsUser: 999, runAsGroup: 999, fsGroup: 999 } };
    expect(runAs(plan(spec), { name: 'c' }, postgres)).toMatchObject({ uid: 999, gid: 999, name: 'postgres', home: '/var/lib/postgresql', groups: [999, 101] });
    const app = runAs(plan({ securityContext: { runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000 } }), { name: 'c' }, postgres);
    expect(app).toMatchObject({ uid: 1000, gid: 1000, groups: [1000] });
    expect(app.name).toBeUndefined();
  });

  test('the container securityContext wins over the pod\'s; a named image USER cannot be verified as non-root', () => {
    expect(runAs(plan({ securityContext: { runAsUser: 1 } }), { name: 'c', securityContext: { runAsUser: 65534 } }, exporter)).toMatchObject({ uid: 65534, gid: 65534, name: 'nobody' });
    expect(() => runAs(plan({ securityContext: { runAsNonRoot: true } }), { name: 'c' }, exporter)).toThrow(/runAsNonRoot and image has non-numeric user \(nobody\)/);
  });
});

describe('volumes as the kubelet lays them out', () => {
  test('configMap items, defaultMode and per-item mode in the atomic-writer layout; PVCs persist per claim', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'podrunner-unit-'));
    try {
      const spec = {
        volumes: [
          { name: 'all', configMap: { name: 'cm', defaultMode: 0o555 } },
          { name: 'one', configMap: { name: 'cm', items: [{ key: 'f.sh', path: 'dir/run.sh', mode: 0o500 }] } },
          { name: 'scratch', emptyDir: { medium: 'Memory' } },
          { name: 'claim', persistentVolumeClaim: { claimName: 'data-x' } },
        ],
      };
      const vols = materialiseVolumes(plan(spec), objects, secrets, { root, shm: path.join(root, 'shm') });
      const all = vols.get('all')!.dir;
      expect(fs.readlinkSync(path.join(all, 'A'))).toBe('..data/A');
      expect(fs.statSync(path.join(all, 'A')).mode & 0o777).toBe(0o555);
      const one = vols.get('one')!.dir;
      expect(fs.readdirSync(one).filter((f) => !f.startsWith('..'))).toEqual(['dir']);
      expect(fs.statSync(path.join(one, 'dir/run.sh')).mode & 0o777).toBe(0o500);
      expect(vols.get('scratch')!.dir.startsWith(path.join(root, 'shm'))).toBe(true);
      fs.writeFileSync(path.join(vols.get('claim')!.dir, 'kept'), 'x');
      const again = materialiseVolumes(plan(spec), objects, secrets, { root, shm: path.join(root, 'shm') });
      expect(fs.readdirSync(again.get('claim')!.dir).sort()).toEqual(['kept', 'lost+found']);
      expect(() => materialiseVolumes(plan({ volumes: [{ name: 'x', configMap: { name: 'none' } }] }), objects, secrets, { root, shm: root })).toThrow(/configmap "none" not found/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test('an update swaps the whole set at once through ..data, drops removed keys and the old timestamp directory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'podrunner-unit-'));
    try {
      atomicWrite(dir, [
        { path: 'a', content: 'a1', mode: 0o440 },
        { path: 'b', content: 'b1', mode: 0o440 },
      ]);
      const first = fs.readlinkSync(path.join(dir, '..data'));
      const held = fs.openSync(path.join(dir, '..data', 'a'), 'r'); // a reader that resolved ..data before the swap
      atomicWrite(dir, [
        { path: 'a', content: 'a2', mode: 0o400 },
        { path: 'c', content: 'c2', mode: 0o440 },
      ]);
      const second = fs.readlinkSync(path.join(dir, '..data'));
      expect(second).not.toBe(first);
      expect(fs.readdirSync(dir).sort()).toEqual(['..data', second, 'a', 'c'].sort());
      expect([fs.readFileSync(path.join(dir, 'a'), 'utf8'), fs.readFileSync(path.join(dir, 'c'), 'utf8')]).toEqual(['a2', 'c2']);
      expect(fs.statSync(path.join(dir, 'a')).mode & 0o777).toBe(0o400);
      expect(fs.readFileSync(held, 'utf8')).toBe('a1');
      fs.closeSync(held);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('mount paths resolve symlinks against the image tree, as runc does (/var/run -> /run)', () => {
    if (fs.lstatSync('/var/run', { throwIfNoEntry: false })?.isSymbolicLink()) expect(resolveInImage('/var/run/postgresql')).toBe('/run/postgresql');
    expect(resolveInImage('/docker-entrypoint-initdb.d')).toBe('/docker-entrypoint-initdb.d');
  });
});
