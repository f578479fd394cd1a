import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { z } from 'zod';
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
    namespace: env.namespace ?? `llm-stack-${name}`,
    ingress: {
      ...env.ingress,
      host: env.ingress.host ?? (production ? env.domain : `${name}.${env.domain}`),
      clusterIssuer: env.ingress.clusterIssuer ?? (production ? 'letsencrypt-production' : 'letsencrypt-staging'),
    },
  };
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
  readonly layers: { readonly base: unknown; readonly environments: Readonly<Record<string, unknown>> };
}

/**
 * Reads `<dir>/cluster.yaml`, `<dir>/base.yaml` and every `<dir>/environments/<env>.yaml`.
 * Adding an environment means adding one file there.
 */
export function loadConfig(dir: string): LoadedConfig {
  const base = readYaml(path.join(dir, 'base.yaml'), 'base');
  const envDir = path.join(dir, 'environments');
  const files = fs
    .readdirSync(envDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  if (files.length === 0) throw new ConfigError(`config: no environment files (*.yaml) in ${envDir}`);
  const layers: Record<string, unknown> = {};
  const environments = files.map((file) => {
    const name = path.basename(file, '.yaml');
    layers[name] = readYaml(path.join(envDir, file), name);
    return parseEnvironment(name, base, layers[name]);
  });
  const namespaces = new Map<string, string>();
  for (const env of environments) {
    const other = namespaces.get(env.namespace);
    if (other) throw new ConfigError(`config[${env.name}].namespace: must differ from environment ${other}'s, got "${env.namespace}"`);
    namespaces.set(env.namespace, env.name);
  }
  return {
    cluster: parseCluster(readYaml(path.join(dir, 'cluster.yaml'), 'cluster')),
    environments,
    layers: { base, environments: layers },
  };
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

function formatIssues(prefix: string, error: z.ZodError, raw: unknown, root: z.ZodType): string {
  const lines = error.issues.flatMap((issue) => {
    const at = (p: PropertyKey[]) => [prefix, ...p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))].join('').replace('].[', '][');
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(root, issue.path);
      return issue.keys.map((key) => `${at([...issue.path, key])}: unknown key${allowed ? `, allowed keys are ${allowed}` : ''}`);
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

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
