import * as path from 'path';
import { App, Chart } from 'cdk8s';
import { ClusterChart } from '../../charts/cluster';
import { addEnvironment, chartName } from '../../charts/environment';
import { ConfigError, environmentLayers, loadConfig, parseEnvironment } from '../../config/load';
import { EnvironmentConfig } from '../../config/schema';
import { loadScripts } from '../../scripts';

// Builds charts the way main.ts does, without writing files. Tests never import main.ts.

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** config/ as synth reads it, frozen: the test files of a jest worker share it (tools/jest-runtime.js). */
export const CONFIG = deepFreeze(loadConfig(path.join(REPO_ROOT, 'config')));
export const SCRIPTS = loadScripts(path.join(REPO_ROOT, 'scripts'));
export const ENV_NAMES = CONFIG.environments.map((e) => e.name);
export const VERSION = 'test';

/**
 * An App for building charts in memory. Unlike cdk8s's Testing.app(), it creates no
 * /tmp/cdk8s.outdir.* folder: its outdir is only used by app.synth(), which tests never call.
 */
export function testApp(): App {
  return new App({ outdir: path.join(REPO_ROOT, 'node_modules', '.cache', 'llm-stack-test-app-never-written') });
}

export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: any };
  [key: string]: any;
};

export function environment(name: string): EnvironmentConfig {
  const env = CONFIG.environments.find((e) => e.name === name);
  if (!env) throw new Error(`no environment ${name}`);
  return env;
}

/**
 * A name for an environment that a test makes up, guaranteed not to be one in config/
 * (a user may add any name): `stem`, or `stem-2`, `stem-3`, ...
 */
export function unusedEnvironmentName(stem: string, taken: readonly string[] = ENV_NAMES): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? stem : `${stem}-${i}`;
    if (!taken.includes(name)) return name;
  }
}

/** An environment with overrides applied on top of its config files, e.g. `{ secrets: { mode: 'existing' } }`. */
/** The smallest base an environment parses on: only the release tag the schema requires. */
export const MINIMAL_BASE = { app: { image: { tag: '1.0.0' } } };

/** The one-line ConfigError of `override` over MINIMAL_BASE as environment `name`, or undefined when valid. */
export function configErrorOf(name: string, override: unknown): string | undefined {
  try {
    parseEnvironment(name, MINIMAL_BASE, override);
    return undefined;
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.message;
  }
}

export function environmentWith(name: string, overrides: unknown): EnvironmentConfig {
  environment(name);
  const { base, tiers, environments } = CONFIG.layers;
  return parseEnvironment(name, ...environmentLayers(tiers, base, environments[name], overrides));
}

const synthesized = new WeakMap<EnvironmentConfig, Map<string, K8sObject[]>>();

/**
 * The charts of one environment, keyed by chart id (platform, postgresql, chroma, ...).
 * Rendered once per config object: charts are pure functions of their config, and the
 * objects are frozen so that no test can change what another one sees.
 */
export function synthEnvironment(env: EnvironmentConfig): Map<string, K8sObject[]> {
  let charts = synthesized.get(env);
  if (!charts) {
    const app = testApp();
    charts = new Map(
      addEnvironment(app, { env, scripts: SCRIPTS, version: VERSION }).map((c: Chart) => [chartName(c.node.id), deepFreeze(c.toJson()) as K8sObject[]]),
    );
    synthesized.set(env, charts);
  }
  return charts;
}

/** `value` and everything it holds, frozen (in place); returns `value`. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function objectsOf(env: EnvironmentConfig): K8sObject[] {
  return [...synthEnvironment(env).values()].flat();
}

export function clusterObjects(): K8sObject[] {
  const app = testApp();
  return new ClusterChart(app, 'cluster-issuers', { cluster: CONFIG.cluster, environments: CONFIG.environments, version: VERSION }).toJson() as K8sObject[];
}

/** Every object of every environment, and the cluster-wide ones, with where they come from. */
export function allObjects(): { where: string; obj: K8sObject }[] {
  const out: { where: string; obj: K8sObject }[] = [];
  for (const env of CONFIG.environments) {
    for (const [chart, objs] of synthEnvironment(env)) for (const obj of objs) out.push({ where: `${env.name}/${chart}`, obj });
  }
  for (const obj of clusterObjects()) out.push({ where: 'cluster', obj });
  return out;
}

export function find(objects: K8sObject[], kind: string, name: string): K8sObject {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind}/${name} among ${objects.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')}`);
  return found;
}

export function kinds(objects: K8sObject[], kind: string): K8sObject[] {
  return objects.filter((o) => o.kind === kind);
}

/** The pod template of a workload, whatever its kind. */
export function podSpecOf(obj: K8sObject): any | undefined {
  switch (obj.kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
      return obj.spec.template;
    case 'CronJob':
      return obj.spec.jobTemplate.spec.template;
    case 'Pod':
      return { metadata: obj.metadata, spec: obj.spec };
    default:
      return undefined;
  }
}
