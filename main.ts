import * as fs from 'fs';
import * as path from 'path';
import { App, YamlOutputType } from 'cdk8s';
import { ARGOCD_FOLDER, ArgoCdChart, CLUSTER_FOLDER } from './charts/argocd';
import { ClusterChart } from './charts/cluster';
import { addEnvironment } from './charts/environment';
import { ConfigError, loadConfig } from './config/load';
import { generatedDocs } from './lib/generated-docs';
import { ManifestObject } from './lib/resource-kinds';
import { loadScripts } from './scripts';

// Entry point of `npm run synth` and `cdk8s synth`: one App per output folder, then the
// generated pages of docs/ (configuration reference, architecture diagram).
const root = process.env.CDK8S_OUTDIR ?? 'dist';
/** The repository; tools/synth.js runs a bundle of this file from elsewhere and says where. */
const repo = process.env.LLM_STACK_ROOT ?? __dirname;
const docsDir = path.join(repo, 'docs');
/** Set by test/dist-drift.test.ts: render into CDK8S_OUTDIR but leave docs/ alone (test/docs.test.ts checks it). */
const docsCheckOnly = process.env.LLM_STACK_DOCS_CHECK_ONLY === '1';
const version: string = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).version;

function main(): void {
  const config = loadConfig(path.join(repo, 'config'));
  const scripts = loadScripts(path.join(repo, 'scripts'));

  fs.rmSync(root, { recursive: true, force: true });
  const cluster = new App({ outdir: path.join(root, CLUSTER_FOLDER), yamlOutputType: YamlOutputType.FILE_PER_CHART });
  const clusterChart = new ClusterChart(cluster, 'cluster-issuers', { cluster: config.cluster, version });
  cluster.synth();

  const environments = config.environments.map((env) => {
    const app = new App({ outdir: path.join(root, env.name), yamlOutputType: YamlOutputType.FILE_PER_CHART });
    addEnvironment(app, { env, scripts, version });
    app.synth();
    return { env, objects: app.charts.flatMap((c) => c.toJson() as ManifestObject[]) };
  });

  const clusterObjects = clusterChart.toJson() as ManifestObject[];
  const argocd = new App({ outdir: path.join(root, ARGOCD_FOLDER), yamlOutputType: YamlOutputType.FILE_PER_CHART });
  const gitops = new ArgoCdChart(argocd, 'argocd', { argocd: config.cluster.argocd, environments, clusterObjects, version });
  argocd.synth();

  const docs = generatedDocs({ environments, clusterObjects, argocdObjects: gitops.toJson() as ManifestObject[] });
  for (const [file, text] of Object.entries(docs)) {
    const target = path.join(docsDir, file);
    if (!docsCheckOnly) {
      fs.mkdirSync(docsDir, { recursive: true });
      fs.writeFileSync(target, text);
    } else if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) {
      process.stderr.write(`docs/${file} is stale: run npm run synth\n`);
    }
  }
}

try {
  main();
} catch (e) {
  if (e instanceof ConfigError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
