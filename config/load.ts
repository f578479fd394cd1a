import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { z } from 'zod';
import { crossCheck, redactCredentials } from './cross-checks';
import { ClusterConfig, clusterSchema, EnvironmentConfig, environmentSchema } from './schema';

/** A configuration that cannot be used. The message is one line per problem. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Plain = Record<string, unknown>;

/** dist/cluster/ and dist/argocd/ hold cluster-wide objects, so no environment may use those names. */
export const RESERVED_ENVIRONMENT_NAMES: readonly string[] = ['cluster', 'argocd'];

const isPlainObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects merge key by key; arrays and scalars in `override` replace those in `base`. */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const merged: Plain = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = deepMerge(base[key], value);
  return merged;
}

/**
 * Parses one environment from its raw layers (base, then the environment's overrides).
 * Throws a ConfigError whose lines read `config[<env>].<path>: <what is allowed>, got <value>`.
 */
export function parseEnvironment(name: string, ...layers: unknown[]): EnvironmentConfig {
  if (!/^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$/.test(name)) {
    throw new ConfigError(`config[${name}]: environment name must be a DNS label of at most 32 characters`);
  }
  if (RESERVED_ENVIRONMENT_NAMES.includes(name)) {
    throw new ConfigError(`config[${name}]: environment name must not be one of ${RESERVED_ENVIRONMENT_NAMES.join(', ')} (folders of dist/ with other content)`);
  }
  const raw = layers.reduce<unknown>((acc, layer) => deepMerge(acc, layer ?? {}), {});
  const result = environmentSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(formatIssues(`config[${name}]`, result.error, raw, environmentSchema));
  const env = result.data;
  const production = env.tier === 'production';
  return {
    ...env,
    name,
    example: false,
    namespace: env.namespace ?? `llm-stack-${name}`,
    ingress: {
      ...env.ingress,
      host: env.ingress.host ?? (production ? env.domain : `${name}.${env.domain}`),
      clusterIssuer: env.ingress.clusterIssuer ?? (production ? 'letsencrypt-production' : 'letsencrypt-staging'),
    },
  };
}

/** The tiers an environment may have; config/tiers.yaml holds one preset per tier. */
export const TIERS = ['development', 'staging', 'production'] as const;
const DEFAULT_TIER = 'production';

/**
 * The layers of one environment, in order: `base`, the preset of its tier (taken from the
 * last layer that sets `tier`, else the schema default), then `rest` (its file, and any
 * further overrides). config/tiers.yaml holds the presets.
 */
export function environmentLayers(tiers: Readonly<Record<string, unknown>>, base: unknown, ...rest: unknown[]): unknown[] {
  const tier = [base, ...rest].reduce<unknown>((t, layer) => (isPlainObject(layer) && layer.tier !== undefined ? layer.tier : t), DEFAULT_TIER);
  const preset = typeof tier === 'string' && Object.hasOwn(tiers, tier) ? tiers[tier] : {};
  return [base, preset, ...rest];
}

/** Checks config/tiers.yaml: one mapping per known tier, none of which sets `tier` itself. */
export function parseTiers(raw: unknown): Record<string, unknown> {
  const tiers = (raw ?? {}) as Plain;
  for (const [key, preset] of Object.entries(tiers)) {
    if (!(TIERS as readonly string[]).includes(key)) throw new ConfigError(`config[tiers].${key}: unknown tier, allowed tiers are ${TIERS.join(', ')}`);
    if (preset !== null && !isPlainObject(preset)) throw new ConfigError(`config[tiers].${key}: must be a mapping of settings, got ${show(preset)}`);
    if (isPlainObject(preset) && 'tier' in preset) throw new ConfigError(`config[tiers].${key}.tier: a tier preset cannot set the tier`);
  }
  return Object.fromEntries(Object.entries(tiers).map(([k, v]) => [k, v ?? {}]));
}

export function parseCluster(raw: unknown): ClusterConfig {
  const result = clusterSchema.safeParse(raw ?? {});
  if (!result.success) throw new ConfigError(formatIssues('config[cluster]', result.error, raw, clusterSchema));
  return result.data;
}

export interface LoadedConfig {
  readonly cluster: ClusterConfig;
  /** Environments in name order. */
  readonly environments: EnvironmentConfig[];
  /** The raw files the environments were parsed from, to parse variants with more layers. */
  readonly layers: {
    readonly base: unknown;
    /** config/tiers.yaml: the preset of each tier (see environmentLayers). */
    readonly tiers: Readonly<Record<string, unknown>>;
    readonly environments: Readonly<Record<string, unknown>>;
  };
  /** One line each: settings that have no effect, the example marker (synth prints them). */
  readonly warnings: readonly string[];
}

/**
 * Reads `<dir>/cluster.yaml`, `<dir>/base.yaml`, `<dir>/tiers.yaml` (optional) and every
 * `<dir>/environments/<env>.yaml`.
 * Adding an environment means adding one file there.
 */
export function loadConfig(dir: string): LoadedConfig {
  const base = readYaml(path.join(dir, 'base.yaml'), 'base');
  const tiersFile = path.join(dir, 'tiers.yaml');
  const tiers = parseTiers(fs.existsSync(tiersFile) ? readYaml(tiersFile, 'tiers') : {});
  const envDir = path.join(dir, 'environments');
  const files = environmentFiles(envDir);
  if (files.length === 0) throw new ConfigError(`config: no environment files (*.yaml) in ${envDir}`);
  const layers: Record<string, unknown> = {};
  const environments = files.map((file) => {
    const name = path.basename(file, '.yaml');
    layers[name] = readYaml(path.join(envDir, file), name);
    if (Object.keys(layers[name] as Plain).length === 0) {
      throw new ConfigError(`config[${name}]: ${path.join(envDir, file)} is empty; an environment file sets at least its tier (${TIERS.join(', ')})`);
    }
    return parseEnvironment(name, ...environmentLayers(tiers, base, layers[name]));
  });
  const namespaces = new Map<string, string>();
  for (const env of environments) {
    const other = namespaces.get(env.namespace);
    if (other) throw new ConfigError(`config[${env.name}].namespace: must differ from environment ${other}'s, got "${env.namespace}"`);
    namespaces.set(env.namespace, env.name);
  }
  const cluster = parseCluster(readYaml(path.join(dir, 'cluster.yaml'), 'cluster'));
  const written = Object.fromEntries(files.map((f) => path.basename(f, '.yaml')).map((n) => [n, deepMerge(base, layers[n])]));
  const checked = crossCheck({ cluster, environments, written });
  if (checked.errors.length) throw new ConfigError(checked.errors.join('\n'));
  const defaultTier = environments
    .filter((env) => !isPlainObject(written[env.name]) || (written[env.name] as Plain).tier === undefined)
    .map((env) => `config[${env.name}].tier: not set in ${path.join(envDir, `${env.name}.yaml`)}, so the default ${env.tier} applies; set it, got nothing`);
  return {
    cluster,
    environments: environments.map((env) => ({ ...env, example: cluster.example })),
    layers: { base, tiers, environments: layers },
    warnings: [...checked.warnings, ...defaultTier],
  };
}

/**
 * The environment files of `envDir`, `<env>.yaml` each. Any other file there is an error
 * rather than silently ignored: `qa.yml` would otherwise never become an environment.
 */
function environmentFiles(envDir: string): string[] {
  const entries = fs.readdirSync(envDir).filter((f) => !f.startsWith('.'));
  for (const f of entries) {
    if (f.endsWith('.yaml')) continue;
    const hint = /\.yml$/.test(f) ? `: rename it to ${f.replace(/\.yml$/, '.yaml')}` : '';
    throw new ConfigError(`config: ${path.join(envDir, f)} is not an environment file; environments are <name>.yaml files${hint}`);
  }
  // In environment-name order: `prod` before `prod-ha`, although "prod-ha.yaml" sorts before
  // "prod.yaml" ('-' < '.'). Code-point order, never the machine's locale.
  const name = (f: string) => f.replace(/\.yaml$/, '');
  return entries.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
}

function readYaml(file: string, label: string): unknown {
  let doc: unknown;
  try {
    doc = YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(`config[${label}]: cannot read ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (doc !== null && doc !== undefined && !isPlainObject(doc)) {
    throw new ConfigError(`config[${label}]: ${file} must hold a YAML mapping`);
  }
  return doc ?? {};
}

/** Settings that moved, by where they were: an unknown key there names its new place. */
const MOVED: Record<string, string> = {
  'backup.chroma.apiServerCidrs': 'platform.kubernetesApi.cidrs',
  'backup.chroma.apiServerPorts': 'platform.kubernetesApi.ports',
  'postgres.cloudnativePg.kubernetesApi': 'platform.kubernetesApi',
};

function formatIssues(prefix: string, error: z.ZodError, raw: unknown, root: z.ZodType): string {
  const lines = error.issues.flatMap((issue) => {
    const at = (p: PropertyKey[]) => [prefix, ...p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))].join('').replace('].[', '][');
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(root, issue.path);
      return issue.keys.map((key) => {
        const moved = MOVED[[...issue.path, key].join('.')];
        if (moved) return `${at([...issue.path, key])}: moved to ${moved} (one setting for every pod that talks to the Kubernetes API)`;
        return `${at([...issue.path, key])}: unknown key${allowed ? `, allowed keys are ${allowed}` : ''}`;
      });
    }
    const value = valueAt(raw, issue.path);
    return [`${at(issue.path)}: ${describeIssue(issue, value)}, got ${show(value)}`];
  });
  return lines.join('\n');
}

/** Our own messages start with "must" or "is"; zod's defaults are reworded to that style. */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (/^(must|is) /.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? `is required (${issue.expected})` : `must be a ${issue.expected}`;
    case 'too_small':
      return `must be >= ${String(issue.minimum)}${issue.origin === 'string' || issue.origin === 'array' ? ' in length' : ''}`;
    case 'too_big':
      return `must be <= ${String(issue.maximum)}${issue.origin === 'string' || issue.origin === 'array' ? ' in length' : ''}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/** The keys the schema allows at `pathToObject`, for the unknown-key message. */
function allowedKeys(root: z.ZodType, pathToObject: PropertyKey[]): string | undefined {
  let schema: unknown = root;
  for (const key of pathToObject) {
    const shape = objectShape(schema);
    if (!shape || typeof key !== 'string') return undefined;
    schema = shape[key];
  }
  const shape = objectShape(schema);
  return shape ? Object.keys(shape).join(', ') : undefined;
}

function objectShape(schema: unknown): Record<string, unknown> | undefined {
  let s = schema as { def?: { type: string; innerType?: unknown; in?: unknown; shape?: Record<string, unknown>; schema?: unknown } } | undefined;
  // unwrap defaults, optionals, refinements and pipes down to the object
  for (let i = 0; s?.def && i < 10; i++) {
    if (s.def.type === 'object') return s.def.shape;
    s = (s.def.innerType ?? s.def.in ?? s.def.schema) as typeof s;
  }
  return undefined;
}

function valueAt(raw: unknown, p: PropertyKey[]): unknown {
  return p.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), raw);
}

/** The value as the message shows it, with any credential in a URL masked. */
function show(value: unknown): string {
  return value === undefined ? 'nothing' : redactCredentials(JSON.stringify(value));
}
