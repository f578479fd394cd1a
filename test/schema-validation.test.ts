import { allObjects } from './support/synth';
import { manifestValidator } from './support/schema-validator';

const validator = manifestValidator();

describe('the strict validator itself', () => {
  const deployment = () => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'x', namespace: 'y' },
    spec: {
      selector: { matchLabels: { a: 'b' } },
      template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'i:1', resources: { limits: { cpu: '1', memory: 512 } } }] } },
    },
  });

  test('accepts a valid object', () => {
    expect(validator.validate(deployment())).toEqual([]);
  });

  test('rejects an unknown field, at any depth', () => {
    const d: any = deployment();
    d.spec.template.spec.containers[0].imagePullPolicyy = 'Always';
    expect(validator.validate(d)).toEqual([{ path: '/spec/template/spec/containers/0', message: 'unknown field "imagePullPolicyy"' }]);
    const top: any = deployment();
    top.spec.replica = 2;
    expect(validator.validate(top)).toContainEqual({ path: '/spec', message: 'unknown field "replica"' });
  });

  test('rejects a wrong type and a missing required field', () => {
    const d: any = deployment();
    d.spec.replicas = '2';
    delete d.spec.template.spec.containers[0].name;
    const problems = validator.validate(d);
    expect(problems).toContainEqual({ path: '/spec/replicas', message: 'must be integer' });
    expect(problems).toContainEqual({ path: '/spec/template/spec/containers/0', message: "must have required property 'name'" });
  });

  test('checks custom resources against their CRD, strictly', () => {
    const es = {
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: 'x', namespace: 'y', labelz: {} },
      spec: { secretStoreRef: { name: 's', kind: 'ClusterSecretStore' }, target: { name: 'x', creationPolicy: 'Sometimes' } },
    };
    const problems = validator.validate(es);
    expect(problems).toContainEqual({ path: '/metadata', message: 'unknown field "labelz"' });
    expect(problems.some((p) => p.path === '/spec/target/creationPolicy' && p.message.startsWith('must be equal to one of the allowed values'))).toBe(true);
  });

  test('translates Go case-insensitive patterns', () => {
    const rule = (strategy: string) => ({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: 'x', namespace: 'y' },
      spec: { groups: [{ name: 'g', partial_response_strategy: strategy, rules: [{ record: 'r', expr: '1' }] }] },
    });
    expect(validator.validate(rule('WARN'))).toEqual([]);
    expect(validator.validate(rule('sometimes'))).not.toEqual([]);
  });

  test('rejects an unknown kind', () => {
    expect(validator.validate({ apiVersion: 'example.com/v1', kind: 'Widget' })[0].message).toMatch(/unknown apiVersion\/kind/);
  });
});

describe('every synthesized object validates strictly', () => {
  const objects = allObjects();
  test.each(objects.map(({ where, obj }) => [`${where} ${obj.kind}/${obj.metadata.name}`, obj]))('%s', (_label, obj) => {
    expect(validator.validate(obj)).toEqual([]);
  });
});
