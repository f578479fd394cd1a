import * as fs from 'fs';
import * as path from 'path';
import { ArgoCdChart } from '../../charts/argocd';
import { ClusterConfig, EnvironmentConfig } from '../../config/schema';
import { readYamlDocuments } from './yaml-cache';
import { clusterObjects, CONFIG, K8sObject, objectsOf, REPO_ROOT, testApp, VERSION } from './synth';

// The committed dist/ as files, and the Argo CD chart built the way main.ts builds it.

export const DIST = path.join(REPO_ROOT, 'dist');

export interface DistObject {
  /** File name inside the folder, e.g. `0003-migration.k8s.yaml`. */
  readonly file: string;
  readonly obj: K8sObject;
}

const distCache = new Map<string, DistObject[]>();

/** Every object of `dist/<folder>/`, in file order (read once per test file). */
export function readDist(folder: string): DistObject[] {
  const cached = distCache.get(folder);
  if (cached) return cached;
  const dir = path.join(DIST, folder);
  const objects = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) =>
      (readYamlDocuments(path.join(dir, file)) as (K8sObject | null)[])
        .filter((obj): obj is K8sObject => obj !== null)
        .map((obj) => ({ file, obj })),
    );
  distCache.set(folder, objects);
  return objects;
}

/** The chart id a file of dist/<env>/ holds: `0003-migration.k8s.yaml` -> `migration`. */
export function chartOfFile(file: string): string {
  const m = /^(?:\d+-)?(.+)\.k8s\.yaml$/.exec(file);
  if (!m) throw new Error(`unexpected file name in dist/: ${file}`);
  return m[1];
}

/** dist/argocd/ as synth would render it for these environments and cluster settings. */
export function argocdObjects(
  environments: readonly EnvironmentConfig[] = CONFIG.environments,
  cluster: ClusterConfig = CONFIG.cluster,
): K8sObject[] {
  const app = testApp();
  const chart = new ArgoCdChart(app, 'argocd', {
    argocd: cluster.argocd,
    environments: environments.map((env) => ({ env, objects: objectsOf(env) })),
    clusterObjects: clusterObjects(),
    version: VERSION,
  });
  return chart.toJson() as K8sObject[];
}
