import * as fs from 'fs';
import * as path from 'path';
import { App, YamlOutputType } from 'cdk8s';
import { ClusterChart } from './charts/cluster';
import { addEnvironment } from './charts/environment';
import { ConfigError, loadConfig } from './config/load';
import { loadScripts } from './scripts';

// Entry point of `npm run synth` and `cdk8s synth`: one App per output folder.
const root = process.env.CDK8S_OUTDIR ?? 'dist';
const version: string = JSON.parse(fs.readFileSync(path.join(__dirname, 'package.json'), 'utf8')).version;

function main(): void {
  const config = loadConfig(path.join(__dirname, 'config'));
  const scripts = loadScripts(path.join(__dirname, 'scripts'));

  fs.rmSync(root, { recursive: true, force: true });
  const cluster = new App({ outdir: path.join(root, 'cluster'), yamlOutputType: YamlOutputType.FILE_PER_CHART });
  new ClusterChart(cluster, 'cluster-issuers', { cluster: config.cluster, version });
  cluster.synth();

  for (const env of config.environments) {
    const app = new App({ outdir: path.join(root, env.name), yamlOutputType: YamlOutputType.FILE_PER_CHART });
    addEnvironment(app, { env, scripts, version });
    app.synth();
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
