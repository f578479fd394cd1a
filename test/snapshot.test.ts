import * as path from 'path';
import * as YAML from 'yaml';
import { FileSnapshots } from './support/file-snapshots';
import { clusterObjects, CONFIG, K8sObject, synthEnvironment } from './support/synth';

// One YAML snapshot file per environment (test/__snapshots__/environments/<env>.yaml) and
// one of the cluster objects: a reviewer sees the manifest diff of a change here as well
// as in dist/. A missing or changed snapshot fails; after an intended change (or after
// adding or removing an environment) run `npm run test:update`, which writes them and
// removes those of environments that no longer exist.

const SNAPSHOTS = path.join(__dirname, '__snapshots__');
const environments = new FileSnapshots(path.join(SNAPSHOTS, 'environments'), '.yaml');
const cluster = new FileSnapshots(SNAPSHOTS, '.yaml');

const asYaml = (objects: readonly K8sObject[]) => objects.map((o) => YAML.stringify(o)).join('---\n');

test.each(CONFIG.environments.map((e) => [e.name, e]))('environment %s', (_name, env) => {
  const charts = [...synthEnvironment(env)].map(([chart, objects]) => `# chart ${chart}\n${asYaml(objects)}`);
  environments.check(env.name, charts.join('---\n'));
});

test('cluster objects', () => {
  cluster.check('cluster', asYaml(clusterObjects()));
});

test('no snapshot is left of an environment that no longer exists', () => {
  environments.checkObsolete(CONFIG.environments.map((e) => e.name));
});
