import { z } from 'zod';
import { APP_NAME } from './labels';
import { syncModeOf } from './sync-waves';
import { clusterSchema, EnvironmentConfig, environmentSchema } from '../config/schema';
import { cpuQuantity, cronSchedule, dnsLabel, dnsSubdomain, email, hostName, imageDigest, imageTag, labelValue, promDuration, quantity, sqlIdentifier, timeZone } from '../config/validators';
import { canaryPause, goDuration } from '../config/canary';
import { ManifestObject } from './resource-kinds';

// docs/configuration.md, generated from the zod schemas (config/schema.ts): their types,
// defaults and .describe() texts. `npm run synth` writes it; test/docs.test.ts fails when
// the committed file differs from what this returns.

type JsonSchema = {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  minItems?: number;
};

export interface ReferenceRow {
  /** Dotted path, e.g. `app.autoscaling.maxReplicas`. */
  readonly path: string;
  readonly type: string;
  readonly default: string;
  readonly description: string;
}

/** Number.MAX_SAFE_INTEGER: zod's upper bound of an int, not a real limit. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

function bounds(s: JsonSchema): string[] {
  const out: string[] = [];
  if (s.minimum !== undefined && s.minimum > -NO_LIMIT) out.push(`≥ ${s.minimum}`);
  if (s.exclusiveMinimum !== undefined) out.push(`> ${s.exclusiveMinimum}`);
  if (s.maximum !== undefined && s.maximum < NO_LIMIT) out.push(`≤ ${s.maximum}`);
  if (s.exclusiveMaximum !== undefined) out.push(`< ${s.exclusiveMaximum}`);
  return out;
}

const patternOf = (schema: z.ZodType) => (z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema).pattern;

/** Strings checked by the shared validators (config/validators.ts), named by their pattern. */
const NAMED_STRINGS = new Map<string | undefined, string>([
  [patternOf(dnsLabel()), 'DNS label'],
  [patternOf(hostName()), 'DNS host name'],
  [patternOf(quantity()), 'quantity'],
  [patternOf(imageTag()), 'image tag'],
  [patternOf(email()), 'e-mail address'],
  [patternOf(cpuQuantity()), 'quantity'],
  [patternOf(dnsSubdomain()), 'DNS subdomain'],
  [patternOf(imageDigest()), 'image digest'],
  [patternOf(labelValue()), 'label value'],
  [patternOf(promDuration()), 'Prometheus duration'],
  [patternOf(sqlIdentifier()), 'SQL identifier'],
  [patternOf(timeZone()), 'IANA time zone'],
  [patternOf(cronSchedule()), 'cron expression'],
  [patternOf(goDuration()), 'Go duration'],
  [patternOf(canaryPause()), '`manual` or Go duration'],
]);

/** A short type: `integer (≥ 1)`, `` `a` | `b` ``, `DNS label`, `list of string`, `map of string`. */
export function typeOf(s: JsonSchema): string {
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return variants.map(typeOf).join(' or ');
  if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join(' | ');
  if (s.const !== undefined) return `\`${String(s.const)}\``;
  const type = Array.isArray(s.type) ? s.type.join(' or ') : s.type;
  switch (type) {
    case 'string': {
      if (s.format === 'uri') return 'URL';
      const named = s.pattern !== undefined ? NAMED_STRINGS.get(s.pattern) : undefined;
      if (named) return named;
      return s.minLength && s.minLength > 0 ? 'string (non-empty)' : 'string';
    }
    case 'integer':
    case 'number': {
      const b = bounds(s);
      return b.length ? `${type} (${b.join(', ')})` : type;
    }
    case 'array': {
      const item = s.items ? typeOf(s.items) : 'any';
      return s.minItems ? `list (at least ${s.minItems}) of ${item}` : `list of ${item}`;
    }
    case 'object':
      if (!s.properties && typeof s.additionalProperties === 'object') return `map of ${typeOf(s.additionalProperties)}`;
      return 'object';
    case undefined:
      return 'any';
    default:
      return type;
  }
}

function showDefault(value: unknown): string {
  if (typeof value === 'string') return `\`${value}\``;
  if (Array.isArray(value) && value.length === 0) return '`[]`';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map((v) => `\`${v}\``).join(', ');
  if (Array.isArray(value)) return value.map((v) => `\`${inline(v)}\``).join(', ');
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length ? entries.map(([k, v]) => `\`${k}: ${String(v)}\``).join(', ') : '`{}`';
  }
  return `\`${String(value)}\``;
}

/** A list item of a default, on one line: `{ setWeight: 20, pause: 5m }`. */
function inline(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${inline(v)}`).join(', ')} }`;
}

/** Markdown table cells: no pipes, no line breaks. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const isSection = (s: JsonSchema) => s.type === 'object' && s.properties !== undefined;

/**
 * One row per setting, depth first: every leaf, and every object that has a description of
 * its own (a section heading, e.g. `app.migration`).
 */
export function referenceRows(schema: z.ZodType): ReferenceRow[] {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const rows: ReferenceRow[] = [];
  const walk = (node: JsonSchema, prefix: string) => {
    const required = new Set(node.required ?? []);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      let def: string;
      if (isSection(child)) def = '';
      else if (child.default !== undefined) def = showDefault(child.default);
      else def = required.has(key) ? '**required**' : '—';
      if (!isSection(child) || child.description) rows.push({ path, type: typeOf(child), default: def, description: child.description ?? '' });
      if (isSection(child)) walk(child, path);
    }
  };
  walk(root, '');
  return rows;
}

function table(rows: ReferenceRow[]): string {
  const lines = ['| Path | Type | Default | Description |', '|---|---|---|---|'];
  for (const r of rows) lines.push(`| \`${r.path}\` | ${cell(r.type)} | ${cell(r.default)} | ${cell(r.description)} |`);
  return lines.join('\n');
}

export interface ReferenceEnvironment {
  readonly env: EnvironmentConfig;
  readonly objects: readonly ManifestObject[];
}

/** Markdown table: the environments side by side, from their parsed configuration. */
export function environmentsTable(envs: readonly ReferenceEnvironment[]): string {
  const rows: [string, (e: EnvironmentConfig) => string][] = [
    ['Tier', (e) => e.tier],
    ['Namespace', (e) => `\`${e.namespace}\``],
    ['Host', (e) => `\`${e.ingress.host}\``],
    ['ACME issuer', (e) => `\`${e.ingress.clusterIssuer}\``],
    [
      'App replicas',
      (e) => (e.app.autoscaling.enabled ? `HPA ${e.app.autoscaling.minReplicas}-${e.app.autoscaling.maxReplicas} at ${e.app.autoscaling.targetCpuUtilizationPercent} % CPU` : `${e.app.replicas}, no HPA`),
    ],
    ['App CPU / memory limits', (e) => `${e.app.resources.limits.cpu} / ${e.app.resources.limits.memory}`],
    ['LOG_LEVEL, DEBUG', (e) => `${e.app.settings.logLevel}, ${e.app.settings.debug}`],
    ['Chroma / PostgreSQL volumes', (e) => `${e.chroma.storage.size} / ${e.postgres.storage.size}`],
    ['Secrets', (e) => e.secrets.mode],
    ['Backup retention', (e) => `${e.backup.retentionDays} days`],
    ['Argo CD sync', (e) => (syncModeOf(e) === 'manual' ? 'by hand' : 'automated, self-heal, prune')],
  ];
  const names = envs.map(({ env }) => env.name);
  return [
    `| | ${names.map((n) => `\`${n}\``).join(' | ')} |`,
    `|---|${names.map(() => '---').join('|')}|`,
    ...rows.map(([label, value]) => `| ${label} | ${envs.map(({ env }) => cell(value(env))).join(' | ')} |`),
  ].join('\n');
}

type Json = any;

/** The environment variables of the app container, by name: a value, or where it comes from. */
export function appEnvironment(objects: readonly ManifestObject[]): Map<string, string> {
  const objs = objects as Json[];
  const deployment = objs.find((o) => o.kind === 'Deployment' && o.metadata.name === APP_NAME);
  const out = new Map<string, string>();
  const container = deployment?.spec?.template?.spec?.containers?.find((c: Json) => c.name === APP_NAME);
  if (!container) return out;
  for (const from of container.envFrom ?? []) {
    const cm = objs.find((o) => o.kind === 'ConfigMap' && o.metadata.name === from.configMapRef?.name);
    for (const [k, v] of Object.entries<string>(cm?.data ?? {})) out.set(k, `\`${v}\``);
  }
  for (const e of container.env ?? []) {
    const secret = e.valueFrom?.secretKeyRef;
    const cmRef = e.valueFrom?.configMapKeyRef;
    if (secret) out.set(e.name, `Secret \`${secret.name}\`, key \`${secret.key}\``);
    else if (cmRef) out.set(e.name, `ConfigMap \`${cmRef.name}\`, key \`${cmRef.key}\``);
    else out.set(e.name, `\`${e.value ?? ''}\``);
  }
  return out;
}

/** Markdown table: the app's environment variables in each environment. */
export function appEnvironmentTable(envs: readonly ReferenceEnvironment[]): string {
  const perEnv = envs.map((e) => appEnvironment(e.objects));
  const names = [...new Set(perEnv.flatMap((m) => [...m.keys()]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    `| Variable | ${envs.map(({ env }) => `\`${env.name}\``).join(' | ')} |`,
    `|---|${envs.map(() => '---').join('|')}|`,
    ...names.map((n) => `| \`${n}\` | ${perEnv.map((m) => cell(m.get(n) ?? '—')).join(' | ')} |`),
  ].join('\n');
}

/** The whole of docs/configuration.md; `envs` are the configured environments and their rendered objects. */
export function configurationReference(envs: readonly ReferenceEnvironment[]): string {
  return `# Configuration reference

<!-- Generated by \`npm run synth\` from config/schema.ts (lib/config-reference.ts). Do not edit:
     change the schema's .describe() texts and defaults, then re-synth. test/docs.test.ts fails when this file is stale. -->

Every setting, with its type, default and meaning. \`npm run synth\` validates the configuration
against the same schema and stops with one line per problem, naming the environment, the field,
the value and what is allowed (for example \`config[prod].app.autoscaling.maxReplicas: must be >= minReplicas (2), got 1\`).

* **Environments** are layered: the schema defaults below, then \`config/base.yaml\`, then the
  preset of the environment's \`tier\` in \`config/tiers.yaml\` (sizes: quota, autoscaling,
  retention, storage), then \`config/environments/<env>.yaml\` (objects merge key by key; lists
  and values replace).
  The file name is the environment name; adding an environment is adding one file
  (see [the deployment guide](deployment.md#environments)).
* **Cluster-wide settings** (objects that exist once per cluster) are in \`config/cluster.yaml\`.
* **required** means there is no default: a configuration file must set it.
  **—** means unset by default; the description says what is used instead.
* Objects (rows of type object) group the rows below them; an object left out of a file gets all its defaults.

## Environments: \`config/base.yaml\` and \`config/environments/<env>.yaml\`

Derived when unset: \`namespace\` is \`llm-stack-<env>\`; \`ingress.host\` is \`<domain>\` for the
production tier and \`<env>.<domain>\` otherwise; \`ingress.clusterIssuer\` is
\`letsencrypt-production\` for the production tier and \`letsencrypt-staging\` otherwise. The tier also
sets how Argo CD syncs the environment: production by hand, the others automatically.

${table(referenceRows(environmentSchema))}

## Cluster: \`config/cluster.yaml\`

${table(referenceRows(clusterSchema))}

## The environments as configured

The values that differ most between the environments, as \`config/\` sets them today:

${environmentsTable(envs)}

## Environment variables of the app

What the app container gets in each environment, read from the rendered Deployment and its ConfigMap.
Secret values never appear in \`dist/\`: the container reads them from the Secrets named here, which
external-secrets fills from the secret store (\`secrets.mode: external-secrets\`) or an operator creates
(\`secrets.mode: existing\`, see [the deployment guide](deployment.md#secrets)).

${appEnvironmentTable(envs)}
`;
}
