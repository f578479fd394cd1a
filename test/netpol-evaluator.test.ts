import { cidrContains, ClusterModel, Endpoint, evaluateFlow, NetworkPolicy, PodEndpoint, policyTypesOf, selectorMatches } from './netpol/evaluator';

// The NetworkPolicy evaluator against the examples of the Kubernetes docs
// (https://kubernetes.io/docs/concepts/services-networking/network-policies/, "The NetworkPolicy
// resource", "Behavior of to and from selectors", "Default policies", "Targeting a range of
// ports", "Targeting a Namespace by its name"), so that the flow table rests on an evaluator
// that is known to say "deny" where Kubernetes denies.

const pod = (name: string, namespace: string, labels: Record<string, string>, ports: PodEndpoint['ports'] = []): PodEndpoint => ({
  kind: 'pod',
  name,
  namespace,
  labels,
  ports,
});
const ip = (addr: string): Endpoint => ({ kind: 'ip', name: addr, ip: addr });
const tcp = (port: number) => ({ port, protocol: 'TCP' as const });
const udp = (port: number) => ({ port, protocol: 'UDP' as const });

function cluster(policies: NetworkPolicy[], namespaceLabels: Record<string, Record<string, string>> = {}): ClusterModel {
  return { policies, namespaceLabels: new Map(Object.entries(namespaceLabels)) };
}

function policy(name: string, namespace: string, spec: NetworkPolicy['spec']): NetworkPolicy {
  return { metadata: { name, namespace }, spec };
}

describe('the docs example "test-network-policy"', () => {
  const np = policy('test-network-policy', 'default', {
    podSelector: { matchLabels: { role: 'db' } },
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [
          { ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } },
          { namespaceSelector: { matchLabels: { project: 'myproject' } } },
          { podSelector: { matchLabels: { role: 'frontend' } } },
        ],
        ports: [{ protocol: 'TCP', port: 6379 }],
      },
    ],
    egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/24' } }], ports: [{ protocol: 'TCP', port: 5978 }] }],
  });
  const c = cluster([np], { myproject: { project: 'myproject' } });
  const db = pod('db', 'default', { role: 'db' });

  test.each([
    ['frontend pod of the same namespace on 6379', pod('fe', 'default', { role: 'frontend' }), tcp(6379), true],
    ['frontend pod on another port', pod('fe', 'default', { role: 'frontend' }), tcp(6380), false],
    ['frontend pod over UDP', pod('fe', 'default', { role: 'frontend' }), udp(6379), false],
    ['a role=frontend pod of another namespace', pod('fe', 'other', { role: 'frontend' }), tcp(6379), false],
    ['any pod of namespace myproject', pod('x', 'myproject', {}), tcp(6379), true],
    ['an address in 172.17.0.0/16', ip('172.17.0.5'), tcp(6379), true],
    ['an address in the except block', ip('172.17.1.9'), tcp(6379), false],
    ['an address outside the block', ip('172.18.0.1'), tcp(6379), false],
  ])('ingress to role=db from %s', (_what, src, conn, allowed) => {
    expect(evaluateFlow(c, src, db, conn).allowed).toBe(allowed);
  });

  test.each([
    ['10.0.0.7:5978', ip('10.0.0.7'), tcp(5978), true],
    ['10.0.0.7:5979', ip('10.0.0.7'), tcp(5979), false],
    ['10.0.1.7:5978', ip('10.0.1.7'), tcp(5978), false],
  ])('egress from role=db to %s', (_what, dst, conn, allowed) => {
    expect(evaluateFlow(c, db, dst, conn).allowed).toBe(allowed);
  });

  test('a pod the policy does not select is not isolated', () => {
    const other = pod('web', 'default', { role: 'web' });
    expect(evaluateFlow(c, ip('8.8.8.8'), other, tcp(80)).allowed).toBe(true);
    expect(evaluateFlow(c, other, ip('8.8.8.8'), tcp(80)).allowed).toBe(true);
  });
});

describe('to/from selectors: one peer with both selectors is AND, two peers are OR', () => {
  const and = policy('and', 'default', {
    podSelector: {},
    policyTypes: ['Ingress'],
    ingress: [{ from: [{ namespaceSelector: { matchLabels: { user: 'alice' } }, podSelector: { matchLabels: { role: 'client' } } }] }],
  });
  const or = policy('or', 'default', {
    podSelector: {},
    policyTypes: ['Ingress'],
    ingress: [{ from: [{ namespaceSelector: { matchLabels: { user: 'alice' } } }, { podSelector: { matchLabels: { role: 'client' } } }] }],
  });
  const ns = { alice: { user: 'alice' } };
  const target = pod('t', 'default', {});

  test.each([
    ['a client pod in alice', pod('c', 'alice', { role: 'client' }), true, true],
    ['a non-client pod in alice', pod('c', 'alice', { role: 'server' }), false, true],
    ['a client pod in the policy namespace', pod('c', 'default', { role: 'client' }), false, true],
    ['a client pod in a third namespace', pod('c', 'bob', { role: 'client' }), false, false],
  ])('%s', (_what, src, viaAnd, viaOr) => {
    expect(evaluateFlow(cluster([and], ns), src, target, tcp(80)).allowed).toBe(viaAnd);
    expect(evaluateFlow(cluster([or], ns), src, target, tcp(80)).allowed).toBe(viaOr);
  });
});

describe('default policies', () => {
  const a = pod('a', 'default', { app: 'a' });
  const b = pod('b', 'default', { app: 'b' });
  const denyIngress = policy('default-deny-ingress', 'default', { podSelector: {}, policyTypes: ['Ingress'] });
  const allowAllIngress = policy('allow-all-ingress', 'default', { podSelector: {}, ingress: [{}], policyTypes: ['Ingress'] });
  const denyEgress = policy('default-deny-egress', 'default', { podSelector: {}, policyTypes: ['Egress'] });
  const allowAllEgress = policy('allow-all-egress', 'default', { podSelector: {}, egress: [{}], policyTypes: ['Egress'] });

  test('no policy: everything is allowed', () => {
    expect(evaluateFlow(cluster([]), a, b, tcp(80)).allowed).toBe(true);
  });
  test('default deny ingress isolates ingress only', () => {
    const c = cluster([denyIngress]);
    expect(evaluateFlow(c, a, b, tcp(80))).toMatchObject({ allowed: false, egress: { isolated: false }, ingress: { isolated: true, allowedBy: [] } });
    expect(evaluateFlow(c, a, ip('1.1.1.1'), tcp(443)).allowed).toBe(true);
  });
  test('allow-all ingress beside default deny: policies add up', () => {
    expect(evaluateFlow(cluster([denyIngress, allowAllIngress]), a, b, tcp(80)).ingress.allowedBy).toEqual(['default/allow-all-ingress']);
  });
  test('default deny egress blocks even a destination without policies', () => {
    expect(evaluateFlow(cluster([denyEgress]), a, ip('1.1.1.1'), tcp(443)).allowed).toBe(false);
    expect(evaluateFlow(cluster([denyEgress, allowAllEgress]), a, ip('1.1.1.1'), tcp(443)).allowed).toBe(true);
  });
  test('a flow needs both sides: egress allowed, ingress denied is denied', () => {
    expect(evaluateFlow(cluster([allowAllEgress, denyIngress]), a, b, tcp(80))).toMatchObject({ allowed: false, egress: { allowed: true } });
  });
  test('egress rules of a policy whose policyTypes is Ingress only are ignored', () => {
    const np = policy('x', 'default', { podSelector: {}, policyTypes: ['Ingress'], egress: [{}] });
    expect(evaluateFlow(cluster([np, denyEgress]), a, ip('1.1.1.1'), tcp(443)).allowed).toBe(false);
  });
});

describe('policyTypes defaulting (SetDefaults_NetworkPolicy)', () => {
  test('no policyTypes and no egress rules: Ingress only', () => {
    const np = policy('x', 'default', { podSelector: {} });
    expect(policyTypesOf(np)).toEqual(['Ingress']);
    const a = pod('a', 'default', {});
    expect(evaluateFlow(cluster([np]), a, ip('1.1.1.1'), tcp(443)).allowed).toBe(true);
    expect(evaluateFlow(cluster([np]), ip('1.1.1.1'), a, tcp(443)).allowed).toBe(false);
  });
  test('no policyTypes with egress rules: Ingress and Egress', () => {
    const np = policy('x', 'default', { podSelector: {}, egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }] });
    expect(policyTypesOf(np)).toEqual(['Ingress', 'Egress']);
    const a = pod('a', 'default', {});
    expect(evaluateFlow(cluster([np]), a, ip('10.1.2.3'), tcp(1)).allowed).toBe(true);
    expect(evaluateFlow(cluster([np]), a, ip('11.1.2.3'), tcp(1)).allowed).toBe(false);
  });
});

describe('ports', () => {
  const a = pod('a', 'default', { app: 'a' });
  test('a port range with endPort (the docs: 32000 to 32768)', () => {
    const np = policy('multi-port-egress', 'default', {
      podSelector: { matchLabels: { app: 'a' } },
      policyTypes: ['Egress'],
      egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/24' } }], ports: [{ protocol: 'TCP', port: 32000, endPort: 32768 }] }],
    });
    const c = cluster([np]);
    expect([31999, 32000, 32500, 32768, 32769].map((p) => evaluateFlow(c, a, ip('10.0.0.1'), tcp(p)).allowed)).toEqual([false, true, true, true, false]);
  });
  test('protocol defaults to TCP; a port without number matches every port of its protocol', () => {
    const np = policy('p', 'default', { podSelector: {}, policyTypes: ['Egress'], egress: [{ ports: [{ port: 53 }, { protocol: 'UDP' }] }] });
    const c = cluster([np]);
    expect(evaluateFlow(c, a, ip('9.9.9.9'), tcp(53)).allowed).toBe(true);
    expect(evaluateFlow(c, a, ip('9.9.9.9'), tcp(54)).allowed).toBe(false);
    expect(evaluateFlow(c, a, ip('9.9.9.9'), udp(5353)).allowed).toBe(true);
  });
  test('a named port resolves against the receiving pod\'s container ports', () => {
    const np = policy('named', 'default', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ ports: [{ port: 'metrics' }] }] });
    const c = cluster([np]);
    const withName = pod('m', 'default', {}, [{ name: 'metrics', containerPort: 9187 }]);
    const otherName = pod('n', 'default', {}, [{ name: 'http', containerPort: 9187 }]);
    expect(evaluateFlow(c, a, withName, tcp(9187)).allowed).toBe(true);
    expect(evaluateFlow(c, a, withName, tcp(9188)).allowed).toBe(false);
    expect(evaluateFlow(c, a, withName, udp(9187)).allowed).toBe(false);
    expect(evaluateFlow(c, a, otherName, tcp(9187)).allowed).toBe(false);
  });
  test('a named egress port never matches an address (it has no container ports)', () => {
    const np = policy('named', 'default', { podSelector: {}, policyTypes: ['Egress'], egress: [{ ports: [{ port: 'https' }] }] });
    expect(evaluateFlow(cluster([np]), a, ip('1.1.1.1'), tcp(443)).allowed).toBe(false);
  });
});

describe('selectors', () => {
  test('targeting a namespace by its name label, set on every namespace by the API server', () => {
    const np = policy('p', 'default', {
      podSelector: {},
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }] }],
    });
    const c = cluster([np]);
    const t = pod('t', 'default', {});
    expect(evaluateFlow(c, pod('ctl', 'ingress-nginx', {}), t, tcp(80)).allowed).toBe(true);
    expect(evaluateFlow(c, pod('ctl', 'monitoring', {}), t, tcp(80)).allowed).toBe(false);
  });
  test('an empty namespaceSelector selects every namespace; an empty podSelector every pod of the policy namespace', () => {
    const all = policy('p', 'default', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ namespaceSelector: {} }] }] });
    const local = policy('q', 'default', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: {} }] }] });
    const t = pod('t', 'default', {});
    expect(evaluateFlow(cluster([all]), pod('x', 'elsewhere', {}), t, tcp(1)).allowed).toBe(true);
    expect(evaluateFlow(cluster([all]), ip('10.0.0.1'), t, tcp(1)).allowed).toBe(false);
    expect(evaluateFlow(cluster([local]), pod('x', 'default', {}), t, tcp(1)).allowed).toBe(true);
    expect(evaluateFlow(cluster([local]), pod('x', 'elsewhere', {}), t, tcp(1)).allowed).toBe(false);
  });
  test.each([
    [{ matchExpressions: [{ key: 'tier', operator: 'In' as const, values: ['db', 'cache'] }] }, { tier: 'cache' }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'In' as const, values: ['db'] }] }, {}, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn' as const, values: ['db'] }] }, {}, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn' as const, values: ['db'] }] }, { tier: 'db' }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'Exists' as const }] }, { tier: '' }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' as const }] }, { tier: 'x' }, false],
    [{ matchLabels: { a: '1' }, matchExpressions: [{ key: 'b', operator: 'Exists' as const }] }, { a: '1' }, false],
    [{}, { anything: 'x' }, true],
  ])('selector %j on labels %j: %s', (selector, labels, expected) => {
    expect(selectorMatches(selector, labels)).toBe(expected);
  });
});

describe('CIDR blocks', () => {
  test.each([
    ['0.0.0.0/0', '203.0.113.9', true],
    ['169.254.20.10/32', '169.254.20.10', true],
    ['169.254.20.10/32', '169.254.20.11', false],
    ['10.0.0.0/8', '10.255.255.255', true],
    ['10.0.0.0/8', '11.0.0.0', false],
    ['172.16.0.0/12', '172.31.0.1', true],
    ['172.16.0.0/12', '172.32.0.1', false],
  ])('%s contains %s: %s', (cidr, addr, expected) => {
    expect(cidrContains(cidr, addr)).toBe(expected);
  });
  test('an except block outside its cidr is an error, as the API server rejects it', () => {
    const np = policy('p', 'default', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['11.0.0.0/16'] } }] }] });
    expect(() => evaluateFlow(cluster([np]), pod('a', 'default', {}), ip('10.0.0.1'), tcp(1))).toThrow('ipBlock 10.0.0.0/8: except 11.0.0.0/16 is not inside it');
  });
  test('a malformed address is an error, not a silent miss', () => {
    expect(() => cidrContains('10.0.0.0/33', '10.0.0.1')).toThrow(/CIDR/);
    expect(() => cidrContains('10.0.0.0/8', '10.0.0.256')).toThrow(/IPv4/);
  });
});
