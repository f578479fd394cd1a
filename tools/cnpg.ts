import * as fs from 'fs';
import * as path from 'path';
import { App, Chart, Yaml } from 'cdk8s';
import { CnpgImportChart } from '../charts/cloudnative-pg/import';
import { CLUSTER_NAME, OBJECT_STORE_NAME } from '../charts/cloudnative-pg/names';
import { CnpgRecoveryChart } from '../charts/cloudnative-pg/recovery';
import { ConfigError, environmentLayers, LoadedConfig, loadConfig, parseEnvironment } from '../config/load';
import { EnvironmentConfig } from '../config/schema';
import { parseTargetTime } from '../lib/target-time';

// `npm run pitr` and `npm run cnpg-import` (tools/cnpg.js runs a bundle of this file): the
// manifests of a point-in-time recovery and of the migration from the StatefulSet, for review
// and `kubectl apply` (docs/backup-restore.md, docs/migrate-to-cloudnative-pg.md). They are not
// part of dist/: Argo CD never applies them.

export const PITR_USAGE = 'usage: npm run pitr -- --env <env> (--target-time <RFC 3339> | --latest) [--name <new cluster>] [--out <file>]';
export const IMPORT_USAGE = 'usage: npm run cnpg-import -- --env <env> [--out <file>]';

/** A wrong command line or a refused request: printed as one line, like a ConfigError. */
export class UsageError extends Error {}

/** CloudNativePG's limit on a Cluster's name (internal/webhook/v1/cluster_webhook.go validateName, v1.30.0), beside DNS-1035. */
const CLUSTER_NAME_MAX = 50;
const DNS_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

type Flags = Record<string, string | true>;

/** `--key value` and `--switch` arguments; anything else, or a repeated one, is an error. */
function parseFlags(command: string, argv: readonly string[], valued: readonly string[], switches: readonly string[], usage: string): Flags {
  const flags: Flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const key = arg.replace(/^--/, '');
    if (!arg.startsWith('--') || (!valued.includes(key) && !switches.includes(key))) throw new UsageError(`${command}: unknown argument ${arg} (${usage})`);
    if (key in flags) throw new UsageError(`${command}: ${arg} given twice (${usage})`);
    if (switches.includes(key)) {
      flags[key] = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${command}: ${arg} needs a value (${usage})`);
    flags[key] = value;
  }
  return flags;
}

function environmentOf(command: string, config: LoadedConfig, flags: Flags, usage: string): EnvironmentConfig {
  const name = flags.env;
  if (typeof name !== 'string') throw new UsageError(`${command}: --env is required (${usage})`);
  const env = config.environments.find((e) => e.name === name);
  if (!env) throw new UsageError(`${command}: --env ${name}: no such environment (config/environments/ has ${config.environments.map((e) => e.name).join(', ')})`);
  return env;
}

/** `2026-12-01T21:30:00Z` -> `20261201-213000`. */
function stamp(d: Date): string {
  return d.toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');
}

function render(chart: (app: App) => Chart, header: string[]): string {
  const app = new App({ outdir: path.join(__dirname, 'never-written') });
  const objects = chart(app).toJson();
  return `${header.map((l) => `# ${l}`).join('\n')}\n${Yaml.stringify(...objects)}`;
}

/** The YAML of `npm run pitr`. `now` decides what is "in the future" and the default name under --latest. */
export function pitr(argv: readonly string[], config: LoadedConfig, now: Date = new Date()): string {
  const flags = parseFlags('pitr', argv, ['env', 'target-time', 'name', 'out'], ['latest'], PITR_USAGE);
  const env = environmentOf('pitr', config, flags, PITR_USAGE);
  if (env.postgres.engine !== 'cloudnative-pg') {
    throw new ConfigError(`config[${env.name}].postgres.engine: pitr recovers a CloudNativePG Cluster from its WAL archive, which only the cloudnative-pg engine has (for the statefulset engine restore a dump: docs/backup-restore.md), got "${env.postgres.engine}"`);
  }
  const target = flags['target-time'];
  if ((target === undefined) === (flags.latest === undefined)) throw new UsageError(`pitr: give exactly one of --target-time and --latest (${PITR_USAGE})`);
  let instant = now;
  if (typeof target === 'string') {
    const parsed = parseTargetTime(target, now);
    if ('error' in parsed) throw new UsageError(`pitr: --target-time ${JSON.stringify(target)} ${parsed.error}`);
    instant = parsed.instant;
  }
  const name = typeof flags.name === 'string' ? flags.name : `${CLUSTER_NAME}-pitr-${stamp(instant)}`;
  if (!DNS_1035.test(name) || name.length > CLUSTER_NAME_MAX) {
    throw new UsageError(`pitr: --name ${JSON.stringify(name)}: must be a DNS-1035 label (lower-case letters, digits, '-'; a letter first) of at most ${CLUSTER_NAME_MAX} characters, as CloudNativePG requires of a Cluster name`);
  }
  if (name === CLUSTER_NAME) throw new UsageError(`pitr: --name ${name}: that is the running cluster; recover beside it under another name (docs/backup-restore.md)`);
  const point = typeof target === 'string' ? `to ${target}` : 'to the end of the archived WAL (--latest)';
  return render((app) => new CnpgRecoveryChart(app, 'pitr', { env, name, targetTime: typeof target === 'string' ? target : undefined }), [
    `Point-in-time recovery of ${env.namespace} (environment ${env.name}): Cluster ${name}, recovered from the ObjectStore ${OBJECT_STORE_NAME}, folder ${CLUSTER_NAME}, ${point}.`,
    'Rendered by `npm run pitr`, not part of dist/. Review it, then: kubectl apply -f <this file>',
    'Then follow docs/backup-restore.md, "Point-in-time recovery (cloudnative-pg)".',
  ]);
}

/** The YAML of `npm run cnpg-import`: the environment, which still runs the StatefulSet, as it will run on cloudnative-pg. */
export function cnpgImport(argv: readonly string[], config: LoadedConfig): string {
  const flags = parseFlags('cnpg-import', argv, ['env', 'out'], [], IMPORT_USAGE);
  const current = environmentOf('cnpg-import', config, flags, IMPORT_USAGE);
  if (current.postgres.engine !== 'statefulset') {
    throw new ConfigError(`config[${current.name}].postgres.engine: cnpg-import copies the StatefulSet's database into a new Cluster, and this environment runs ${current.postgres.engine} already, got "${current.postgres.engine}"`);
  }
  const { base, tiers, environments } = config.layers;
  const env = parseEnvironment(current.name, ...environmentLayers(tiers, base, environments[current.name], { postgres: { engine: 'cloudnative-pg' } }));
  return render((app) => new CnpgImportChart(app, 'import', { env }), [
    `Migration of ${env.namespace} (environment ${env.name}) from the StatefulSet to CloudNativePG: Cluster ${CLUSTER_NAME}, initdb.import of database ${env.postgres.database} from the Service postgresql.`,
    'Rendered by `npm run cnpg-import`, not part of dist/. Apply it only with the app stopped: docs/migrate-to-cloudnative-pg.md.',
  ]);
}

const COMMANDS: Record<string, (argv: readonly string[], config: LoadedConfig) => string> = { pitr, import: cnpgImport };

/** Entry point: `<command> <flags...>`; writes the YAML to stdout, or to --out. Returns the exit code. */
export function main(argv: readonly string[], repo: string): number {
  const [command, ...rest] = argv;
  try {
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`cnpg: unknown command ${command ?? '(none)'} (${PITR_USAGE}; ${IMPORT_USAGE})`);
    const yaml = run(rest, loadConfig(path.join(repo, 'config')));
    const at = rest.indexOf('--out');
    if (at < 0) process.stdout.write(yaml);
    else {
      fs.writeFileSync(rest[at + 1], yaml);
      process.stderr.write(`${command === 'pitr' ? 'pitr' : 'cnpg-import'}: wrote ${rest[at + 1]} (${(yaml.match(/^kind: /gm) ?? []).length} objects)\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UsageError) process.stderr.write(`${e.message}\n`);
    else if (process.env.LLM_STACK_DEBUG === '1') process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
    else process.stderr.write(`${command}: failed: ${String((e as Error)?.message ?? e).split('\n')[0]} (LLM_STACK_DEBUG=1 shows the stack trace)\n`);
    return 1;
  }
}
