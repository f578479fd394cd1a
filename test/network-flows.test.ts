import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { evaluateFolder, evaluateObjects, FlowResult, formatTable, METADATA_DNS, NODE_LOCAL_DNS } from './netpol/flows';
import { Obj, readObjects } from './netpol/rendered';
import { DIST } from './support/dist';
import { CONFIG, environment, environmentWith, objectsOf } from './support/synth';

// Issue 15 part 6: the flow table (test/netpol/flows.ts), evaluated with the NetworkPolicy
// evaluator (test/netpol/evaluator.ts) over the rendered policies and pods of every
// environment folder of dist/. The table is printed for every environment.

/** The folders of dist/ that hold an environment (one Namespace), whatever their names. */
const ENV_FOLDERS = fs
  .readdirSync(DIST, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .filter((name) => readObjects(path.join(DIST, name)).some((o) => o.kind === 'Namespace'))
  .sort();

const FIXTURE = path.join(__dirname, 'netpol', 'fixtures', 'prod-4bc35e2-networkpolicies.yaml');
const oldPolicies = () =>
  YAML.parseAllDocuments(fs.readFileSync(FIXTURE, 'utf8'))
    .map((d) => d.toJS())
    .filter((o) => o);

const wrong = (results: readonly FlowResult[]) =>
  results.filter((f) => !f.ok).map((f) => `${f.source.name} -> ${f.destination.name} ${f.conn.port}/${f.conn.protocol}: expected ${f.expect}, got ${f.actual} (${f.detail})`);

const find = (results: readonly FlowResult[], pred: (f: FlowResult) => boolean) => {
  const found = results.filter(pred);
  if (found.length === 0) throw new Error('the flow table has no such row');
  return found;
};

test('dist/ holds every configured environment, and nothing else with a Namespace', () => {
  expect(ENV_FOLDERS).toEqual(CONFIG.environments.map((e) => e.name).sort());
});

describe.each(ENV_FOLDERS)('network flows of dist/%s', (name) => {
  const env = environment(name);
  const results = evaluateFolder(env, path.join(DIST, name));

  test('every needed flow is allowed and every refused flow is denied (table printed)', () => {
    // eslint-disable-next-line no-console
    console.log(formatTable(`dist/${name}`, results));
    expect(wrong(results)).toEqual([]);
  });

  test('the table has a row for every flow class of issue 15 part 6', () => {
    const to = (needle: string) => (f: FlowResult) => f.destination.name.includes(needle);
    const from = (needle: string) => (f: FlowResult) => f.source.name.includes(needle);
    const need = (f: FlowResult) => f.expect === 'allow';
    const deny = (f: FlowResult) => f.expect === 'deny';
    // the edge: the ingress controller, or the Gateway's data plane (edge.kind)
    const edge = env.edge.kind === 'gateway-api' ? `${env.edge.gatewayApi.dataPlaneNamespace}/envoy` : 'ingress-nginx';
    find(results, (f) => need(f) && from(edge)(f) && f.destination.name === 'Deployment/assistant');
    find(results, (f) => need(f) && from(edge)(f) && to('HTTP-01 solver')(f) && f.conn.port === 8089);
    // The database's pods: the StatefulSet's, or the Cluster's instances and (with the pooler on) the Pooler's.
    const db = env.postgres.engine === 'statefulset' ? 'StatefulSet/postgresql' : 'Cluster/postgresql pod postgresql-';
    const dbClient = env.postgres.engine === 'cloudnative-pg' && env.postgres.cloudnativePg.pooler.enabled ? 'Pooler/' : db;
    find(results, (f) => need(f) && from('Deployment/assistant')(f) && to('StatefulSet/chroma')(f));
    find(results, (f) => need(f) && from('Deployment/assistant')(f) && to(dbClient)(f));
    find(results, (f) => need(f) && from('Job/')(f) && to(dbClient)(f));
    find(results, (f) => need(f) && from('CronJob/postgresql-backup')(f) && to(db)(f));
    find(results, (f) => need(f) && from('prometheus')(f));
    find(results, (f) => need(f) && to('cluster-dns')(f) && f.conn.protocol === 'UDP');
    find(results, (f) => to(NODE_LOCAL_DNS)(f) && f.conn.port === 53);
    find(results, (f) => to(METADATA_DNS)(f) && f.conn.port === 53);
    find(results, (f) => deny(f) && from('internet')(f) && to('StatefulSet/chroma')(f));
    find(results, (f) => deny(f) && from('internet')(f) && to(db)(f));
    find(results, (f) => deny(f) && from('-other/')(f) && to(db)(f));
    if (env.postgres.engine === 'cloudnative-pg') {
      find(results, (f) => need(f) && from('cloudnative-pg operator')(f) && to(db)(f) && f.conn.port === 8000);
      find(results, (f) => need(f) && from(db)(f) && to(db)(f) && f.conn.port === 5432);
      find(results, (f) => need(f) && from(db)(f) && to('Kubernetes API')(f));
      find(results, (f) => need(f) && from(db)(f) && to('object storage')(f));
      find(results, (f) => need(f) && from('prometheus')(f) && to(db)(f) && f.conn.port === 9187);
    }
    find(results, (f) => deny(f) && from('Deployment/assistant')(f) && to('Kubernetes API')(f));
    if (env.backup.offsite.enabled) find(results, (f) => need(f) && to('object storage')(f) && f.conn.port === 443);
  });

  test('every pod may resolve names at NodeLocal DNSCache and GKE metadata DNS, as configured by default', () => {
    expect(env.platform.dns.nodeLocalAddresses).toEqual(expect.arrayContaining([NODE_LOCAL_DNS, METADATA_DNS]));
    const rows = find(results, (f) => (f.destination.name.includes(NODE_LOCAL_DNS) || f.destination.name.includes(METADATA_DNS)) && f.conn.port === 53);
    expect(rows.every((f) => f.actual === 'allow')).toBe(true);
  });
});

// The table is not blind: on the policies of today's dist/ (before the fix, kept as a fixture)
// it fails, naming the ACME solver flow and the node-local DNS flows; and each mutation of
// the current policies makes the rows that depend on it fail.
describe('the flow table against older or broken policies', () => {
  const prod = environment('prod');
  const prodDir = path.join(DIST, 'prod');
  const current = readObjects(prodDir);

  test('the policies of commit 4bc35e2 deny the ACME HTTP-01 solver and node-local DNS', () => {
    const failures = wrong(evaluateFolder(prod, prodDir, oldPolicies()));
    // eslint-disable-next-line no-console
    console.log(`dist/prod at 4bc35e2, wrong flows:\n${failures.join('\n')}`);
    expect(failures).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ingress-nginx\/ingress-nginx-controller -> cert-manager HTTP-01 solver 8089\/TCP: expected allow, got deny \(ingress denied at destination\)/),
        expect.stringMatching(new RegExp(`^Deployment/assistant -> NodeLocal DNSCache ${NODE_LOCAL_DNS} 53/UDP: expected allow, got deny`)),
        expect.stringMatching(new RegExp(`^StatefulSet/postgresql -> GKE metadata DNS ${METADATA_DNS} 53/TCP: expected allow, got deny`)),
      ]),
    );
  });

  const without = (name: string) => current.filter((o) => !(o.kind === 'NetworkPolicy' && o.metadata.name === name));
  const mutated = (name: string, change: (spec: any) => void) =>
    current.map((o) => {
      if (o.kind !== 'NetworkPolicy' || o.metadata.name !== name) return o;
      const copy = JSON.parse(JSON.stringify(o));
      change(copy.spec);
      return copy;
    });

  test.each([
    ['without the solver policy', () => without('acme-http01-solver'), /HTTP-01 solver 8089\/TCP: expected allow/],
    ['without the DNS policy', () => without('allow-dns-egress'), /cluster-dns 53\/UDP: expected allow/],
    ['with Chroma open to every namespace', () => mutated('chroma', (s) => (s.ingress[0].from = [{ namespaceSelector: {} }])), /-other\/pod with the app's labels -> StatefulSet\/chroma 8000\/TCP: expected deny/],
    ['with PostgreSQL open to every port of its peers', () => mutated('postgresql', (s) => s.ingress.forEach((r: any) => delete r.ports)), /monitoring\/prometheus -> StatefulSet\/postgresql 5432\/TCP: expected deny/],
    ['with the app\'s internet rule open to private addresses', () => mutated('assistant', (s) => s.egress.forEach((r: any) => r.to?.forEach((p: any) => p.ipBlock && delete p.ipBlock.except))), /Deployment\/assistant -> Kubernetes API .* expected deny/],
  ])('%s, the table fails', (_what, policies, message) => {
    expect(wrong(evaluateFolder(prod, prodDir, policies()))).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
});

// Chroma snapshot mode, with a public API server endpoint in config: the snapshot jobs reach
// the Kubernetes API, the app does not. The environment is rendered with the charts (as
// synth renders it) into a temporary folder, and read back from its YAML.
describe('the flow table with Chroma snapshots and a public API endpoint', () => {
  const overrides = { backup: { chroma: { mode: 'snapshot' } }, platform: { kubernetesApi: { cidrs: ['203.0.113.16/28'], ports: [443] } } };
  const env = environmentWith('prod', overrides);
  let rendered: Obj[];
  let results: FlowResult[];
  beforeAll(() => {
    rendered = objectsOf(env) as Obj[];
    results = evaluateObjects(env, rendered);
  });

  test('every flow as expected (table printed)', () => {
    // eslint-disable-next-line no-console
    console.log(formatTable('prod with Chroma snapshots and the API at 203.0.113.16/28 (rendered to a temporary folder)', results));
    expect(wrong(results)).toEqual([]);
  });
  test('the snapshot jobs reach the API server and the app does not', () => {
    const api = results.filter((f) => f.destination.name === 'Kubernetes API 203.0.113.17');
    expect(api.filter((f) => f.expect === 'allow').map((f) => f.source.name)).toEqual(expect.arrayContaining(['CronJob/chroma-backup']));
    expect(api.filter((f) => f.source.name === 'Deployment/assistant').map((f) => f.actual)).toEqual(['deny']);
  });
  test('a private API endpoint is inside the private ranges already: the app policy does not list it again', () => {
    const privateApi = environmentWith('prod', { backup: { chroma: { mode: 'snapshot' } }, platform: { kubernetesApi: { cidrs: ['10.20.0.0/28'] } } });
    const appPolicy = objectsOf(privateApi).find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'assistant')!;
    const publicRule = appPolicy.spec.egress.find((r: any) => r.to?.some((p: any) => p.ipBlock));
    expect(publicRule.to[0].ipBlock.except).toEqual(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10']);
  });
  test('an app policy that excepts only the private ranges (before the fix) lets the app reach the public endpoint', () => {
    const objects = rendered.map((o) => {
      if (o.kind !== 'NetworkPolicy' || o.metadata.name !== 'assistant') return o;
      const copy = JSON.parse(JSON.stringify(o));
      for (const rule of copy.spec.egress) for (const peer of rule.to ?? []) if (peer.ipBlock) peer.ipBlock.except = peer.ipBlock.except.filter((c: string) => c !== '203.0.113.16/28');
      return copy;
    });
    const failures = wrong(evaluateObjects(env, rendered, objects));
    expect(failures).toEqual([expect.stringMatching(/^Deployment\/assistant -> Kubernetes API 203\.0\.113\.17 443\/TCP: expected deny, got allow/)]);
  });
});

// platform.dns.nodeLocalAddresses set to NodeLocal DNSCache and the kube-dns Service IP: those
// are allowed, GKE's metadata DNS (no longer listed) is refused.
describe('the flow table with other node-local resolvers', () => {
  const env = environmentWith('dev', { platform: { dns: { nodeLocalAddresses: [NODE_LOCAL_DNS, '10.96.0.10'] } } });
  let rendered: Obj[];
  let results: FlowResult[];
  beforeAll(() => {
    rendered = objectsOf(env) as Obj[];
    results = evaluateObjects(env, rendered);
  });

  test('the listed resolvers are allowed on 53 from every pod, the unlisted one is refused', () => {
    expect(wrong(results)).toEqual([]);
    const to = (ip: string) => results.filter((f) => f.destination.name.endsWith(` ${ip}`) && f.conn.port === 53);
    expect(new Set(to('10.96.0.10').map((f) => `${f.expect}/${f.actual}`))).toEqual(new Set(['allow/allow']));
    expect(new Set(to(NODE_LOCAL_DNS).map((f) => `${f.expect}/${f.actual}`))).toEqual(new Set(['allow/allow']));
    expect(new Set(to(METADATA_DNS).map((f) => `${f.expect}/${f.actual}`))).toEqual(new Set(['deny/deny']));
    expect(to('10.96.0.10').length).toBeGreaterThan(0);
  });
});

// Issue 12: prod rendered in cloudnative-pg mode (with a quota that holds three instances and
// the pooler, and the API server at a documentation address so that it is told apart from the
// object storage). The instance and pooler pods are modelled from the rendered Cluster and
// Pooler (test/netpol/cnpg.ts); the policies are charts/cloudnative-pg/network.ts's.
describe.each([
  ['with the pooler', true],
  ['without the pooler', false],
])('the flow table in cloudnative-pg mode, %s', (_what, pooler) => {
  const quota = { limitsCpu: '64', limitsMemory: '256Gi', requestsCpu: '64', requestsMemory: '256Gi', pods: 200 };
  const env = environmentWith('prod', {
    platform: { quota, kubernetesApi: { cidrs: ['203.0.113.32/28'], ports: [6443] } },
    postgres: { engine: 'cloudnative-pg', cloudnativePg: { pooler: { enabled: pooler } } },
  });
  let rendered: Obj[];
  let results: FlowResult[];
  beforeAll(() => {
    rendered = objectsOf(env) as Obj[];
    results = evaluateObjects(env, rendered);
  });
  const rows = (pred: (f: FlowResult) => boolean) => find(results, pred);
  const between = (src: string, dst: string, port: number) => (f: FlowResult) => f.source.name.includes(src) && f.destination.name.includes(dst) && f.conn.port === port;
  const instance = (n: number) => `Cluster/postgresql pod postgresql-${n} `;

  test('every flow as expected (table printed)', () => {
    // eslint-disable-next-line no-console
    console.log(formatTable(`prod in cloudnative-pg mode ${_what} (rendered to a temporary folder)`, results));
    expect(wrong(results)).toEqual([]);
  });
  test('the StatefulSet and its policy are not rendered', () => {
    const objects = rendered;
    expect(objects.filter((o) => o.kind === 'StatefulSet' && o.metadata.name === 'postgresql')).toEqual([]);
    expect(objects.filter((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'postgresql')).toEqual([]);
  });
  test('the operator reaches every instance on 8000 and 5432; its namespace\'s other pods and its labels elsewhere do not', () => {
    for (const n of [1, 2, 3]) {
      for (const port of [8000, 5432]) {
        expect(rows(between('cloudnative-pg operator', instance(n), port)).map((f) => f.actual)).toEqual(['allow']);
        expect(rows(between('cnpg-system/another pod', instance(n), port)).map((f) => f.actual)).toEqual(['deny']);
        expect(rows(between("-other/pod with the operator's labels", instance(n), port)).map((f) => f.actual)).toEqual(['deny']);
      }
    }
  });
  test('the instances reach each other on 5432 and 8000, the API server and the object storage', () => {
    for (const port of [5432, 8000]) expect(rows(between(instance(2), instance(1), port)).map((f) => f.actual)).toEqual(['allow']);
    expect(rows(between(instance(1), 'Kubernetes API 203.0.113.33', 6443)).map((f) => f.actual)).toEqual(['allow']);
    expect(rows(between('(bootstrap Job)', 'Kubernetes API 203.0.113.33', 6443)).map((f) => f.actual)).toEqual(['allow']);
    expect(rows(between(instance(3), 'object storage', 443)).map((f) => f.actual)).toEqual(['allow']);
    expect(rows(between('Deployment/assistant', 'Kubernetes API 203.0.113.33', 6443)).map((f) => f.actual)).toEqual(['deny']);
  });
  test('the app and the migration reach the pooler only when it is on, the instances only when it is off', () => {
    const direct = rows((f) => (f.source.name === 'Deployment/assistant' || f.source.name.startsWith('Job/assistant-migrate')) && f.destination.name.startsWith('Cluster/') && f.conn.port === 5432);
    expect(new Set(direct.map((f) => `${f.expect}/${f.actual}`))).toEqual(new Set([pooler ? 'deny/deny' : 'allow/allow']));
    expect(new Set(direct.map((f) => `${f.source.name} -> ${f.destination.name}`)).size).toBe(6);
    const viaPooler = results.filter((f) => f.source.name === 'Deployment/assistant' && f.destination.name.startsWith('Pooler/') && f.expect === 'allow');
    expect(viaPooler.map((f) => f.actual)).toEqual(pooler ? ['allow'] : []);
    if (pooler) {
      for (const n of [1, 2, 3]) expect(rows(between('Pooler/postgresql-pooler-rw pod', instance(n), 5432)).map((f) => f.actual)).toEqual(['allow']);
      expect(rows(between('internet client', 'Pooler/', 5432)).map((f) => f.actual)).toEqual(['deny']);
      expect(rows((f) => f.source.name.includes('monitoring/prometheus') && f.destination.name.startsWith('Pooler/') && f.conn.port === 9127).map((f) => f.actual)).toEqual(['allow']);
    }
  });
  test('the logical dumps reach every instance, Prometheus the metrics port, the internet nothing', () => {
    for (const n of [1, 2, 3]) {
      expect(rows(between('CronJob/postgresql-backup', instance(n), 5432)).every((f) => f.actual === 'allow')).toBe(true);
      expect(rows(between('monitoring/prometheus', instance(n), 9187)).map((f) => f.actual)).toEqual(['allow']);
      expect(new Set(rows(between('internet client', instance(n), 5432)).map((f) => f.actual))).toEqual(new Set(['deny']));
      expect(rows(between('Deployment/assistant', instance(n), 8000)).map((f) => f.actual)).toEqual(['deny']);
    }
  });

  const mutated = (name: string, change: (spec: any) => void) =>
    rendered.map((o) => {
      if (o.kind !== 'NetworkPolicy' || o.metadata.name !== name) return o;
      const copy = JSON.parse(JSON.stringify(o));
      change(copy.spec);
      return copy;
    });
  test.each([
    ['without the operator rule', (s: any) => s.ingress.splice(0, 1), /cloudnative-pg operator -> Cluster\/postgresql pod postgresql-1 .* 8000\/TCP: expected allow, got deny/],
    ['with the status port closed between instances', (s: any) => (s.ingress[1].ports = s.ingress[1].ports.filter((p: any) => p.port !== 8000)), /Cluster\/postgresql pod postgresql-2 .* -> Cluster\/postgresql pod postgresql-1 .* 8000\/TCP: expected allow, got deny/],
    ['without the API egress', (s: any) => s.egress.splice(1, 1), /Cluster\/postgresql pod postgresql-1 .* -> Kubernetes API 203\.0\.113\.33 6443\/TCP: expected allow, got deny/],
    ['with the operator admitted from every namespace', (s: any) => (s.ingress[0].from[0].namespaceSelector = {}), /-other\/pod with the operator's labels -> Cluster\/postgresql pod postgresql-1 .*: expected deny, got allow/],
  ])('instances policy %s, the table fails', (_m, change, message) => {
    expect(wrong(evaluateObjects(env, rendered, mutated('postgresql-instances', change)))).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
  test('an instances policy that admits the app beside the pooler fails the table (pooler on), or one without the app (pooler off)', () => {
    const app = { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'api-integration-assistant', 'app.kubernetes.io/instance': 'llm-stack-prod', 'app.kubernetes.io/component': 'app' } } };
    const change = pooler ? (s: any) => s.ingress[2].from.push(app) : (s: any) => (s.ingress[2].from = s.ingress[2].from.filter((p: any) => p.podSelector.matchLabels['app.kubernetes.io/component'] !== 'app'));
    const message = pooler ? /^Deployment\/assistant -> Cluster\/postgresql pod postgresql-1 .* 5432\/TCP: expected deny, got allow/ : /^Deployment\/assistant -> Cluster\/postgresql pod postgresql-1 .* 5432\/TCP: expected allow, got deny/;
    // The app's own egress allows the pooler only (pooler on): widen it too, or the app is refused anyway.
    const objects = mutated('postgresql-instances', change).map((o) =>
      o.kind === 'NetworkPolicy' && o.metadata.name === 'assistant' ? { ...o, spec: { ...o.spec, egress: [...o.spec.egress, { to: [{ podSelector: { matchLabels: { 'cnpg.io/cluster': 'postgresql' } } }] }] } } : o,
    );
    expect(wrong(evaluateObjects(env, rendered, objects))).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
});

// The app's internet egress (443) must except a public API server address of the cloudnative-pg
// engine's config, as it does the Chroma snapshot jobs' (charts/app.ts publicApiServerCidrs).
test('cloudnative-pg mode with the API server at a public address on 443: the app cannot reach it, the instances can', () => {
  const env = environmentWith('prod-ha', { platform: { kubernetesApi: { cidrs: ['203.0.113.32/28'], ports: [443] } } });
  const rendered = objectsOf(env);
  const results = evaluateObjects(env, rendered);
  expect(wrong(results)).toEqual([]);
  const api = results.filter((f) => f.destination.name === 'Kubernetes API 203.0.113.33' && f.conn.port === 443);
  expect(api.filter((f) => f.source.name === 'Deployment/assistant').map((f) => `${f.expect}/${f.actual}`)).toEqual(['deny/deny']);
  expect(api.filter((f) => f.source.name.startsWith('Cluster/postgresql pod postgresql-1 ')).map((f) => f.actual)).toEqual(['allow']);
  // An app policy that does not except it (before the fix) fails the table on exactly that row.
  const policies = (JSON.parse(JSON.stringify(rendered)) as any[]).map((o) => {
    if (o.kind === 'NetworkPolicy' && o.metadata.name === 'assistant') {
      for (const rule of o.spec.egress) for (const peer of rule.to ?? []) if (peer.ipBlock) peer.ipBlock.except = peer.ipBlock.except.filter((c: string) => c !== '203.0.113.32/28');
    }
    return o;
  });
  expect(wrong(evaluateObjects(env, rendered, policies))).toEqual([expect.stringMatching(/^Deployment\/assistant -> Kubernetes API 203\.0\.113\.33 443\/TCP: expected deny, got allow/)]);
});
