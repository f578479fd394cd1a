import * as YAML from 'yaml';
import { clusterObjects, CONFIG, synthEnvironment } from './support/synth';

// One YAML snapshot per environment x chart: a reviewer sees the manifest diff of a change
// here as well as in dist/. Update with `npm run test:update` after an intended change.

for (const env of CONFIG.environments) {
  describe(`environment ${env.name}`, () => {
    for (const [chart, objects] of synthEnvironment(env)) {
      test(`chart ${chart}`, () => {
        expect(objects.map((o) => YAML.stringify(o)).join('---\n')).toMatchSnapshot();
      });
    }
  });
}

test('cluster chart', () => {
  expect(clusterObjects().map((o) => YAML.stringify(o)).join('---\n')).toMatchSnapshot();
});
