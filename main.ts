import * as fs from 'fs';
import * as path from 'path';
import { App, YamlOutputType } from 'cdk8s';
import { ARGOCD_FOLDER, ArgoCdChart, CLUSTER_FOLDER } from './charts/argocd';
import { ClusterChart } from './charts/cluster';
import { addEnvironment } from './charts/environment';
import { ConfigError, LoadedConfig, loadConfig } from './config/load';
import { generatedDocs } from './lib/generated-docs';
import { ManifestObject } from './lib/resource-kinds';
import { compareFolders, describeChange, listFiles, StagedFiles, StagedFolder } from './lib/synth-output';
import { loadScripts, Scripts } from './scripts';

// Entry point of `npm run synth` and `cdk8s synth`: one App per output folder, then the
// generated pages of docs/ (configuration reference, architecture diagram, capacity report). Everything is
// rendered into a staging folder beside dist/ and swapped in only when all of it
// succeeded: a failing synth leaves dist/ and docs/ exactly as they were.
const root = process.env.CDK8S_OUTDIR ?? 'dist';
/** The repository; tools/synth.js runs a bundle of this file from elsewhere and says where. */
const repo = process.env.LLM_STACK_ROOT ?? __dirname;
const docsDir = path.join(repo, 'docs');
/** Set by test/dist-drift.test.ts: render into CDK8S_OUTDIR but leave docs/ alone (test/docs.test.ts checks it). */
const docsCheckOnly = process.env.LLM_STACK_DOCS_CHECK_ONLY === '1';
/** Unexpected errors print one line; this variable makes them print the stack trace. */
const DEBUG_VARIABLE = 'LLM_STACK_DEBUG';
const USAGE = 'usage: npm run synth [-- --quiet]';

/** A wrong command line: printed as one line, like a ConfigError. */
class UsageError extends Error {}

interface Rendered {
  /** Output folders (cluster, each environment, argocd) with their object counts. */
  readonly folders: { readonly name: string; readonly objects: number }[];
  readonly docs: Record<string, string>;
}

function render(outdir: string, config: LoadedConfig, scripts: Scripts, version: string): Rendered {
  const app = (folder: string) => new App({ outdir: path.join(outdir, folder), yamlOutputType: YamlOutputType.FILE_PER_CHART });
  const cluster = app(CLUSTER_FOLDER);
  const clusterChart = new ClusterChart(cluster, 'cluster-issuers', { cluster: config.cluster, environments: config.environments, version });
  cluster.synth();
  const clusterObjects = clusterChart.toJson() as ManifestObject[];

  const environments = config.environments.map((env) => {
    const envApp = app(env.name);
    addEnvironment(envApp, { env, scripts, version });
    envApp.synth();
    return { env, objects: envApp.charts.flatMap((c) => c.toJson() as ManifestObject[]) };
  });

  const argocd = app(ARGOCD_FOLDER);
  const gitops = new ArgoCdChart(argocd, 'argocd', { argocd: config.cluster.argocd, environments, clusterObjects, version });
  argocd.synth();
  const argocdObjects = gitops.toJson() as ManifestObject[];

  return {
    folders: [
      { name: CLUSTER_FOLDER, objects: clusterObjects.length },
      ...environments.map((e) => ({ name: e.env.name, objects: e.objects.length })),
      { name: ARGOCD_FOLDER, objects: argocdObjects.length },
    ],
    docs: generatedDocs({ environments, clusterObjects, argocdObjects, capacity: config.cluster.capacity }),
  };
}

/** One line per output folder, one for docs/, one for folders that went away. */
function summary(staged: string, rendered: Rendered): string[] {
  const shown = path.relative(process.cwd(), path.resolve(root)) || '.';
  const lines = rendered.folders.map(({ name, objects }) => {
    const c = compareFolders(path.join(root, name), path.join(staged, name));
    const folder = `${shown}/${name}/`.padEnd(22);
    const files = `${c.files} file${c.files === 1 ? '' : 's'}`;
    return `${folder} ${String(objects).padStart(3)} objects in ${files.padEnd(9)} ${describeChange(c)}`;
  });
  const kept = new Set(rendered.folders.map((f) => f.name));
  const gone = fs.existsSync(root) ? fs.readdirSync(root).filter((f) => !kept.has(f)) : [];
  for (const name of gone) lines.push(`${`${shown}/${name}/`.padEnd(22)} removed (${listFiles(path.join(root, name)).length} files)`);
  if (!docsCheckOnly) {
    const changed = Object.entries(rendered.docs).filter(([file, text]) => readOrUndefined(path.join(docsDir, file)) !== text);
    const names = changed.map(([file]) => file).join(', ');
    lines.push(`${'docs/'.padEnd(22)} ${Object.keys(rendered.docs).length} generated pages  ${changed.length ? `changed: ${names}` : 'unchanged'}`);
  }
  return lines;
}

function readOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function stageDocs(docs: Record<string, string>, staged: StagedFiles): void {
  for (const [file, text] of Object.entries(docs)) {
    const target = path.join(docsDir, file);
    if (!docsCheckOnly) staged.write(target, text);
    else if (readOrUndefined(target) !== text) process.stderr.write(`docs/${file} is stale: run npm run synth\n`);
  }
}

function main(args: string[]): void {
  const unknown = args.filter((a) => a !== '--quiet');
  if (unknown.length) throw new UsageError(`synth: unknown argument ${unknown[0]} (${USAGE})`);
  const version: string = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).version;
  const config = loadConfig(path.join(repo, 'config'));
  for (const warning of config.warnings) process.stderr.write(`warning: ${warning}\n`);
  const scripts = loadScripts(path.join(repo, 'scripts'));
  const out = new StagedFolder(root);
  const docs = new StagedFiles();
  try {
    const rendered = render(out.dir, config, scripts, version);
    stageDocs(rendered.docs, docs);
    const lines = summary(out.dir, rendered);
    out.commit();
    docs.commit();
    const objects = rendered.folders.reduce((n, f) => n + f.objects, 0);
    if (!args.includes('--quiet')) process.stdout.write(`${lines.join('\n')}\nsynth: ${objects} objects in ${process.uptime().toFixed(2)} s\n`);
  } finally {
    out.discard();
    docs.discard();
  }
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (e instanceof ConfigError || e instanceof UsageError) {
    process.stderr.write(`${e.message}\n`);
  } else if (process.env[DEBUG_VARIABLE] === '1') {
    process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  } else {
    const first = String((e as Error)?.message ?? e).split('\n')[0];
    process.stderr.write(`synth failed: ${(e as Error)?.name ?? 'Error'}: ${first} (dist/ and docs/ are unchanged; ${DEBUG_VARIABLE}=1 npm run synth shows the stack trace)\n`);
  }
  process.exit(1);
}
