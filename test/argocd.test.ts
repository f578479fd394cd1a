import * as fs from 'fs';
import * as path from 'path';
import { ARGOCD_FOLDER, CASCADE_FINALIZER, CLUSTER_FOLDER } from '../charts/argocd';
import { parseCluster, parseEnvironment } from '../config/load';
import { SYNC_WAVES } from '../lib/sync-waves';
import { argocdObjects, chartOfFile, DIST, DistObject, readDist } from './support/dist';
import { isClusterScoped, manifestValidator } from './support/schema-validator';
import { CONFIG, environmentWith, K8sObject, objectsOf, podSpecOf, REPO_ROOT, unusedEnvironmentName } from './support/synth';

// dist/argocd/ (AppProjects and Applications), and what Argo CD relies on in dist/<env>/:
// sync waves in the documented order, the migration hook between the data tier and the
// app, and no replica count on anything an HPA scales.

const ENVS = CONFIG.environments;
const ARGO = CONFIG.cluster.argocd;
const WAVE = 'argocd.argoproj.io/sync-wave';
const committed = readDist('argocd').map((d) => d.obj);

const groupOf = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.split('/')[0] : '');
const groupKind = (o: { apiVersion: string; kind: string }) => `${groupOf(o.apiVersion)}/${o.kind}`;
const listed = (list: { group: string; kind: string }[] | undefined) => (list ?? []).map((gk) => `${gk.group}/${gk.kind}`).sort();
const finalizersOf = (o: K8sObject): string[] | undefined => (o.metadata as { finalizers?: string[] }).finalizers;
const applications = (objs: K8sObject[]) => objs.filter((o) => o.kind === 'Application');
const projectNamed = (objs: K8sObject[], name: string) => {
  const p = objs.find((o) => o.kind === 'AppProject' && o.metadata.name === name);
  if (!p) throw new Error(`no AppProject ${name}`);
  return p;
};
const appNamed = (objs: K8sObject[], name: string) => {
  const a = objs.find((o) => o.kind === 'Application' && o.metadata.name === name);
  if (!a) throw new Error(`no Application ${name} among ${applications(objs).map((x) => x.metadata.name).join(', ')}`);
  return a;
};


const kindsIn = (objs: K8sObject[], clusterScoped: boolean) => [...new Set(objs.filter((o) => isClusterScoped(o) === clusterScoped).map(groupKind))].sort();
const envDist = (name: string) => readDist(name).map((d) => d.obj);
const allEnvDist = () => ENVS.flatMap((e) => envDist(e.name));

describe('dist/argocd/ validates strictly against the Argo CD CRDs (v3.5.1)', () => {
  const validator = manifestValidator();

  test('it holds the two AppProjects and one Application per environment plus the cluster one', () => {
    expect(committed.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual(
      [
        `AppProject/${ARGO.project}`,
        `AppProject/${ARGO.project}-cluster`,
        `Application/${ARGO.project}-cluster`,
        ...ENVS.map((e) => `Application/${ARGO.project}-${e.name}`),
      ].sort(),
    );
  });

  test.each(committed.map((o) => [`${o.kind}/${o.metadata.name}`, o]))('%s', (_label, obj) => {
    expect(validator.validate(obj)).toEqual([]);
  });

  test('the validator rejects a misspelt Argo CD field and a missing required one', () => {
    const app: any = structuredClone(appNamed(committed, `${ARGO.project}-dev`));
    app.spec.syncPolicy.automated.selfheal = true;
    delete app.spec.source.repoURL;
    const problems = validator.validate(app);
    expect(problems).toContainEqual({ path: '/spec/syncPolicy/automated', message: 'unknown field "selfheal"' });
    expect(problems).toContainEqual({ path: '/spec/source', message: "must have required property 'repoURL'" });
    const project: any = structuredClone(projectNamed(committed, ARGO.project));
    project.spec.clusterResourceWhitelist.push({ group: '' });
    expect(validator.validate(project)).toContainEqual({ path: '/spec/clusterResourceWhitelist/1', message: "must have required property 'kind'" });
  });
});

describe(`AppProject ${ARGO.project} (the environments)`, () => {
  const project = projectNamed(committed, ARGO.project);

  test('allows only the configured repository', () => {
    expect(project.spec.sourceRepos).toEqual([ARGO.repoURL]);
  });

  test("allows exactly the environments' namespaces on the configured cluster", () => {
    const namespaces = ENVS.map((e) => {
      const ns = envDist(e.name).filter((o) => o.kind === 'Namespace');
      expect(ns).toHaveLength(1);
      return ns[0].metadata.name;
    });
    expect(project.spec.destinations).toEqual(namespaces.map((namespace) => ({ namespace, server: ARGO.destinationServer })));
  });

  test('allows exactly the cluster-scoped kinds of dist/<env>/ (by the CRDs\' scope)', () => {
    expect(listed(project.spec.clusterResourceWhitelist)).toEqual(kindsIn(allEnvDist(), true));
    expect(listed(project.spec.clusterResourceWhitelist)).toEqual(['/Namespace']);
  });

  test('allows exactly the namespaced kinds of dist/<env>/, and no Secret', () => {
    expect(listed(project.spec.namespaceResourceWhitelist)).toEqual(kindsIn(allEnvDist(), false));
    expect(listed(project.spec.namespaceResourceWhitelist)).not.toContain('/Secret');
    expect(project.spec.namespaceResourceBlacklist).toBeUndefined();
  });
});

describe(`AppProject ${ARGO.project}-cluster (dist/cluster/)`, () => {
  const project = projectNamed(committed, `${ARGO.project}-cluster`);
  const cluster = readDist('cluster').map((d) => d.obj);

  test('allows exactly the cluster-scoped kinds of dist/cluster/ and forbids every namespaced kind', () => {
    expect(listed(project.spec.clusterResourceWhitelist)).toEqual(kindsIn(cluster, true));
    expect(listed(project.spec.clusterResourceWhitelist)).toEqual(['cert-manager.io/ClusterIssuer']);
    expect(project.spec.namespaceResourceBlacklist).toEqual([{ group: '*', kind: '*' }]);
    expect(kindsIn(cluster, false)).toEqual([]);
    expect(project.spec.sourceRepos).toEqual([ARGO.repoURL]);
  });

  test('the two projects together allow exactly the cluster-scoped kinds of dist/', () => {
    const allowed = [project, projectNamed(committed, ARGO.project)].flatMap((p) => listed(p.spec.clusterResourceWhitelist)).sort();
    expect(allowed).toEqual(kindsIn([...allEnvDist(), ...cluster], true));
  });
});

test('every object in dist/ has a namespace exactly when its kind is namespaced (what the projects are derived from)', () => {
  const wrong: string[] = [];
  for (const folder of [...ENVS.map((e) => e.name), 'cluster', 'argocd']) {
    for (const { file, obj } of readDist(folder)) {
      const scope = isClusterScoped(obj) ? 'Cluster' : 'Namespaced';
      if ((scope === 'Cluster') !== !obj.metadata.namespace) wrong.push(`${folder}/${file}: ${obj.kind}/${obj.metadata.name} (${scope})`);
    }
  }
  expect(wrong).toEqual([]);
});

describe('Applications', () => {
  test('every Application points at a folder of dist/ that holds manifests', () => {
    for (const app of applications(committed)) {
      const source: string = app.spec.source.path;
      expect(source.startsWith(`${ARGO.path}/`)).toBe(true);
      const folder = path.join(DIST, source.slice(ARGO.path.length + 1));
      expect(fs.existsSync(folder)).toBe(true);
      expect(fs.readdirSync(folder).filter((f) => f.endsWith('.yaml')).length).toBeGreaterThan(0);
      expect(app.spec.source.repoURL).toBe(ARGO.repoURL);
      expect(app.spec.source.targetRevision).toBe(ARGO.targetRevision);
      expect(app.spec.destination.server).toBe(ARGO.destinationServer);
      expect(app.metadata.namespace).toBe(ARGO.namespace);
    }
  });

  test.each(ENVS.map((e) => [e.name, e]))('%s: syncs its folder into its own namespace, which the folder ships', (name, env) => {
    const app = appNamed(committed, `${ARGO.project}-${name}`);
    expect(app.spec.project).toBe(ARGO.project);
    expect(app.spec.source.path).toBe(`${ARGO.path}/${name}`);
    expect(app.spec.destination.namespace).toBe(env.namespace);
    expect(envDist(name).filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name)).toEqual([env.namespace]);
    expect(app.spec.syncPolicy.syncOptions).toContain('CreateNamespace=false');
  });

  test('dev and staging sync automatically with self-heal and prune; prod syncs by hand', () => {
    for (const name of ['dev', 'staging']) {
      expect(appNamed(committed, `${ARGO.project}-${name}`).spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    }
    expect(appNamed(committed, `${ARGO.project}-prod`).spec.syncPolicy.automated).toBeUndefined();
  });

  test('the tier decides: a production-tier environment syncs by hand, any other automatically', () => {
    const objs = argocdObjects([environmentWith('staging', { tier: 'production' }), environmentWith('prod', { tier: 'staging' })]);
    expect(appNamed(objs, `${ARGO.project}-staging`).spec.syncPolicy.automated).toBeUndefined();
    expect(appNamed(objs, `${ARGO.project}-prod`).spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
  });

  test('failed syncs are retried with exponential backoff, on every Application', () => {
    for (const app of applications(committed)) {
      expect(app.spec.syncPolicy.retry).toEqual({ limit: 5, backoff: { duration: '10s', factor: 2, maxDuration: '3m' } });
      expect(app.spec.syncPolicy.syncOptions).toEqual(expect.arrayContaining(['CreateNamespace=false', 'PruneLast=true']));
      expect(app.spec.syncPolicy.automated?.allowEmpty).toBeUndefined();
    }
  });

  test('only automatically synced Applications cascade-delete; production and the cluster objects never do', () => {
    for (const app of applications(committed)) {
      const cascades = (finalizersOf(app) ?? []).includes(CASCADE_FINALIZER);
      expect([app.metadata.name, cascades]).toEqual([app.metadata.name, app.spec.syncPolicy.automated !== undefined]);
    }
    expect(finalizersOf(appNamed(committed, `${ARGO.project}-prod`))).toBeUndefined();
    expect(finalizersOf(appNamed(committed, `${ARGO.project}-cluster`))).toBeUndefined();
  });

  test('the cluster Application syncs dist/cluster/ at cluster scope, by hand unless configured otherwise', () => {
    const app = appNamed(committed, `${ARGO.project}-cluster`);
    expect(app.spec.project).toBe(`${ARGO.project}-cluster`);
    expect(app.spec.source.path).toBe(`${ARGO.path}/cluster`);
    expect(app.spec.destination).toEqual({ server: ARGO.destinationServer });
    expect(app.spec.syncPolicy.automated).toBeUndefined();
    const automated = argocdObjects(ENVS, parseCluster({ ...CONFIG.cluster, argocd: { ...ARGO, clusterSync: 'automated' } }));
    expect(appNamed(automated, `${ARGO.project}-cluster`).spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
  });

  test('no Application needs ignoreDifferences', () => {
    for (const app of applications(committed)) expect(app.spec.ignoreDifferences).toBeUndefined();
  });
});

describe('the Argo CD objects follow config/cluster.yaml', () => {
  test('repository, revision, path, cluster, project and namespace are configurable', () => {
    const cluster = parseCluster({
      ...CONFIG.cluster,
      argocd: {
        namespace: 'gitops',
        project: 'assistant',
        repoURL: 'git@git.example.org:platform/llm-stack.git',
        targetRevision: 'v2.0.0',
        path: 'deploy/rendered',
        destinationServer: 'https://10.0.0.1:6443',
      },
    });
    const objs = argocdObjects(ENVS, cluster);
    const project = projectNamed(objs, 'assistant');
    expect(project.metadata.namespace).toBe('gitops');
    expect(project.spec.sourceRepos).toEqual(['git@git.example.org:platform/llm-stack.git']);
    expect(project.spec.destinations.map((d: any) => d.server)).toEqual(ENVS.map(() => 'https://10.0.0.1:6443'));
    const prod = appNamed(objs, 'assistant-prod');
    expect(prod.spec.source).toEqual({ repoURL: 'git@git.example.org:platform/llm-stack.git', targetRevision: 'v2.0.0', path: 'deploy/rendered/prod' });
    expect(appNamed(objs, 'assistant-cluster').spec.source.path).toBe('deploy/rendered/cluster');
  });

  test('bad values fail with the field and what is allowed', () => {
    const bad = (argocd: object) => () => parseCluster({ ...CONFIG.cluster, argocd: { ...ARGO, ...argocd } });
    expect(bad({ repoURL: 'github.com/example' })).toThrow(/^config\[cluster\]\.argocd\.repoURL: must be a Git repository URL/);
    expect(bad({ path: '../dist' })).toThrow(/^config\[cluster\]\.argocd\.path: must be a relative folder/);
    expect(bad({ destinationServer: 'http://kubernetes.default.svc' })).toThrow(/^config\[cluster\]\.argocd\.destinationServer: must be an https URL/);
    expect(bad({ clusterSync: 'auto' })).toThrow(/^config\[cluster\]\.argocd\.clusterSync: must be one of "manual", "automated"/);
  });

  test('a new environment is one more Application and one more destination', () => {
    const base = CONFIG.layers.base;
    const name = unusedEnvironmentName('added');
    const added = parseEnvironment(name, base, { tier: 'staging' });
    const objs = argocdObjects([...ENVS, added]);
    expect(applications(objs)).toHaveLength(applications(committed).length + 1);
    expect(appNamed(objs, `${ARGO.project}-${name}`).spec.destination.namespace).toBe(`llm-stack-${name}`);
    expect(projectNamed(objs, ARGO.project).spec.destinations).toContainEqual({ namespace: `llm-stack-${name}`, server: ARGO.destinationServer });
  });

  test.each([CLUSTER_FOLDER, ARGOCD_FOLDER])('an environment named %s is refused (its dist/ folder has other content)', (name) => {
    const base = CONFIG.layers.base;
    expect(() => parseEnvironment(name, base, { tier: 'staging' })).toThrow(/folders of dist\/ with other content/);
  });
});

// ---------------------------------------------------------------------------------------
// Sync waves, checked against the table in docs/deployment.md ("Sync waves").

interface WaveRow {
  readonly wave: number;
  readonly step: string;
  readonly kinds: string[];
  readonly charts: string[];
}

/** The documented order: the table under "### Sync waves" in docs/deployment.md. */
function documentedWaves(): WaveRow[] {
  const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'deployment.md'), 'utf8');
  const section = doc.split(/^### Sync waves$/m)[1];
  if (!section) throw new Error('docs/deployment.md has no "### Sync waves" section');
  const rows = section
    .split('\n')
    .filter((l) => /^\|\s*\d+\s*\|/.test(l))
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
  const ticks = (c: string) => [...c.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  return rows.map(([wave, step, kinds, charts]) => ({ wave: Number(wave), step, kinds: ticks(kinds), charts: ticks(charts) }));
}

const DOCUMENTED = documentedWaves();

/** The wave the documentation gives an object: its kind's row, else its chart's row. */
function documentedWaveOf(obj: K8sObject, chart: string): number | undefined {
  return (DOCUMENTED.find((r) => r.kinds.includes(obj.kind)) ?? DOCUMENTED.find((r) => r.charts.includes(chart)))?.wave;
}

const byKindRule = (obj: K8sObject) => DOCUMENTED.some((r) => r.kinds.includes(obj.kind));
const waveOf = (d: DistObject) => Number(d.obj.metadata.annotations?.[WAVE]);

describe('sync waves', () => {
  test('the documented order is the one in lib/sync-waves.ts: 1 namespace and policies ... 6 monitoring', () => {
    const order: [number, string][] = [
      [SYNC_WAVES.platform, 'Namespace and policies'],
      [SYNC_WAVES.secrets, 'Secrets'],
      [SYNC_WAVES.data, 'Data tier'],
      [SYNC_WAVES.migration, 'Migration hook'],
      [SYNC_WAVES.app, 'App'],
      [SYNC_WAVES.monitoring, 'Monitoring'],
    ];
    expect(DOCUMENTED.map((r) => r.wave)).toEqual(order.map(([wave]) => wave));
    DOCUMENTED.forEach((r, i) => expect([r.wave, r.step.startsWith(order[i][1])]).toEqual([order[i][0], true]));
  });

  describe.each(ENVS.map((e) => [e.name]))('dist/%s', (name) => {
    const objects = readDist(name);

    test('every object carries a sync wave consistent with the documented order', () => {
      const wrong = objects
        .map((d) => ({ d, expected: documentedWaveOf(d.obj, chartOfFile(d.file)) }))
        .filter(({ d, expected }) => expected === undefined || d.obj.metadata.annotations?.[WAVE] !== String(expected))
        .map(({ d, expected }) =>
          expected === undefined
            ? `${d.file}: ${d.obj.kind}/${d.obj.metadata.name}: chart "${chartOfFile(d.file)}" is not in the sync-wave table of docs/deployment.md`
            : `${d.file}: ${d.obj.kind}/${d.obj.metadata.name}: wave ${d.obj.metadata.annotations?.[WAVE] ?? '(none)'}, documented ${expected}`,
        );
      expect(wrong).toEqual([]);
      expect(objects.length).toBeGreaterThan(0);
    });

    test('the migration hook runs after the data tier and before the app', () => {
      const jobs = objects.filter((d) => d.obj.kind === 'Job' && chartOfFile(d.file) === 'migration');
      expect(jobs).toHaveLength(1);
      const job = jobs[0];
      expect(job.obj.metadata.annotations?.['argocd.argoproj.io/hook']).toBe('Sync');
      const dataCharts = DOCUMENTED.find((r) => r.step.startsWith('Data tier'))!.charts;
      const data = objects.filter((d) => dataCharts.includes(chartOfFile(d.file)) && !byKindRule(d.obj));
      const app = objects.filter((d) => chartOfFile(d.file) === 'app' && !byKindRule(d.obj));
      expect(data.length).toBeGreaterThan(0);
      expect(app.length).toBeGreaterThan(0);
      expect(waveOf(job)).toBeGreaterThan(Math.max(...data.map(waveOf)));
      expect(waveOf(job)).toBeLessThan(Math.min(...app.map(waveOf)));
    });

    test('nothing a pod needs (ConfigMap, Secret, ServiceAccount, claim) comes in a later wave than the pod', () => {
      // Argo CD waits for a wave to be healthy before the next: a hook Job that needs an
      // object of a later wave never starts on the first sync.
      const secretWave = new Map<string, number>();
      for (const d of objects.filter((x) => x.obj.kind === 'ExternalSecret')) secretWave.set(d.obj.spec.target?.name ?? d.obj.metadata.name, waveOf(d));
      const waveByName = (kind: string, n: string) => {
        if (kind === 'Secret') return secretWave.get(n);
        const found = objects.find((d) => d.obj.kind === kind && d.obj.metadata.name === n);
        return found ? waveOf(found) : undefined;
      };
      const late: string[] = [];
      for (const d of objects) {
        const pod = podSpecOf(d.obj)?.spec;
        if (!pod) continue;
        const containers = [...(pod.containers ?? []), ...(pod.initContainers ?? [])];
        const needs: [string, string][] = [
          ['ServiceAccount', pod.serviceAccountName],
          ...containers.flatMap((c: any) => [
            ...(c.envFrom ?? []).flatMap((e: any) => [e.configMapRef && ['ConfigMap', e.configMapRef.name], e.secretRef && ['Secret', e.secretRef.name]]),
            ...(c.env ?? []).flatMap((e: any) => [
              e.valueFrom?.configMapKeyRef && ['ConfigMap', e.valueFrom.configMapKeyRef.name],
              e.valueFrom?.secretKeyRef && ['Secret', e.valueFrom.secretKeyRef.name],
            ]),
          ]),
          ...(pod.volumes ?? []).flatMap((v: any) => [
            v.configMap && ['ConfigMap', v.configMap.name],
            v.secret && ['Secret', v.secret.secretName],
            v.persistentVolumeClaim && ['PersistentVolumeClaim', v.persistentVolumeClaim.claimName],
          ]),
        ].filter((x): x is [string, string] => Array.isArray(x) && Boolean(x[1]));
        for (const [kind, n] of needs) {
          const w = waveByName(kind, n);
          if (w !== undefined && w > waveOf(d)) late.push(`${d.obj.kind}/${d.obj.metadata.name} (wave ${waveOf(d)}) needs ${kind}/${n} (wave ${w})`);
        }
      }
      expect(late).toEqual([]);
    });
  });
});

describe('Argo CD never prunes or deletes a volume claim', () => {
  test.each(ENVS.map((e) => [e.name]))('dist/%s: every PVC and StatefulSet claim carries Prune=false,Delete=false', (name) => {
    const claims = envDist(name).flatMap((o) => {
      if (o.kind === 'PersistentVolumeClaim') return [{ where: `PersistentVolumeClaim/${o.metadata.name}`, claim: o }];
      if (o.kind === 'StatefulSet') return (o.spec.volumeClaimTemplates ?? []).map((t: any) => ({ where: `StatefulSet/${o.metadata.name} claim ${t.metadata.name}`, claim: t }));
      return [];
    });
    expect(claims.length).toBeGreaterThanOrEqual(2);
    const unprotected = claims
      .filter(({ claim }) => {
        const options = String(claim.metadata?.annotations?.['argocd.argoproj.io/sync-options'] ?? '').split(',');
        return !(options.includes('Prune=false') && options.includes('Delete=false'));
      })
      .map(({ where }) => where);
    expect(unprotected).toEqual([]);
  });
});

describe('HPA targets never set replicas, so Argo CD needs no ignoreDifferences', () => {
  test.each(ENVS.map((e) => [e.name]))('dist/%s', (name) => {
    const objects = envDist(name);
    for (const hpa of objects.filter((o) => o.kind === 'HorizontalPodAutoscaler')) {
      const ref = hpa.spec.scaleTargetRef;
      const target = objects.find((o) => o.kind === ref.kind && o.metadata.name === ref.name && groupOf(o.apiVersion) === groupOf(ref.apiVersion));
      expect(target).toBeDefined();
      expect(target!.spec).not.toHaveProperty('replicas');
    }
  });

  test('prod and staging scale with an HPA; dev, without one, sets its replicas', () => {
    const hpas = (name: string) => envDist(name).filter((o) => o.kind === 'HorizontalPodAutoscaler');
    expect(hpas('prod').length).toBeGreaterThan(0);
    expect(hpas('staging').length).toBeGreaterThan(0);
    expect(hpas('dev')).toEqual([]);
    expect(envDist('dev').find((o) => o.kind === 'Deployment')!.spec.replicas).toBe(1);
  });

  test('switching autoscaling on drops the replica count; switching it off sets it again', () => {
    const on = objectsOf(environmentWith('dev', { app: { autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 3 } } }));
    const hpa = on.find((o) => o.kind === 'HorizontalPodAutoscaler')!;
    const target = on.find((o) => o.kind === hpa.spec.scaleTargetRef.kind && o.metadata.name === hpa.spec.scaleTargetRef.name)!;
    expect(target.spec).not.toHaveProperty('replicas');
    const off = objectsOf(environmentWith('prod', { app: { autoscaling: { enabled: false }, replicas: 3 } }));
    expect(off.filter((o) => o.kind === 'HorizontalPodAutoscaler')).toEqual([]);
    expect(off.find((o) => o.kind === 'Deployment')!.spec.replicas).toBe(3);
  });
});
