import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { evaluateFolder, FlowResult, formatTable, METADATA_DNS, NODE_LOCAL_DNS } from './netpol/flows';
import { readObjects } from './netpol/rendered';
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
    find(results, (f) => need(f) && from('ingress-nginx')(f) && f.destination.name === 'Deployment/assistant');
    find(results, (f) => need(f) && from('ingress-nginx')(f) && to('HTTP-01 solver')(f) && f.conn.port === 8089);
    find(results, (f) => need(f) && from('Deployment/assistant')(f) && to('StatefulSet/chroma')(f));
    find(results, (f) => need(f) && from('Deployment/assistant')(f) && to('StatefulSet/postgresql')(f));
    find(results, (f) => need(f) && from('Job/')(f) && to('StatefulSet/postgresql')(f));
    find(results, (f) => need(f) && from('CronJob/postgresql-backup')(f) && to('StatefulSet/postgresql')(f));
    find(results, (f) => need(f) && from('prometheus')(f));
    find(results, (f) => need(f) && to('cluster-dns')(f) && f.conn.protocol === 'UDP');
    find(results, (f) => to(NODE_LOCAL_DNS)(f) && f.conn.port === 53);
    find(results, (f) => to(METADATA_DNS)(f) && f.conn.port === 53);
    find(results, (f) => deny(f) && from('internet')(f) && to('StatefulSet/chroma')(f));
    find(results, (f) => deny(f) && from('internet')(f) && to('StatefulSet/postgresql')(f));
    find(results, (f) => deny(f) && from('-other/')(f) && to('StatefulSet/postgresql')(f));
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
  const overrides = { backup: { chroma: { mode: 'snapshot', apiServerCidrs: ['203.0.113.16/28'], apiServerPorts: [443] } } };
  const env = environmentWith('prod', overrides);
  let dir: string;
  let results: FlowResult[];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-netpol-'));
    fs.writeFileSync(path.join(dir, 'prod.k8s.yaml'), objectsOf(env).map((o) => YAML.stringify(o)).join('---\n'));
    results = evaluateFolder(env, dir);
  });
  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

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
    const privateApi = environmentWith('prod', { backup: { chroma: { mode: 'snapshot', apiServerCidrs: ['10.20.0.0/28'] } } });
    const appPolicy = objectsOf(privateApi).find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'assistant')!;
    const publicRule = appPolicy.spec.egress.find((r: any) => r.to?.some((p: any) => p.ipBlock));
    expect(publicRule.to[0].ipBlock.except).toEqual(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10']);
  });
  test('an app policy that excepts only the private ranges (before the fix) lets the app reach the public endpoint', () => {
    const objects = readObjects(dir).map((o) => {
      if (o.kind !== 'NetworkPolicy' || o.metadata.name !== 'assistant') return o;
      const copy = JSON.parse(JSON.stringify(o));
      for (const rule of copy.spec.egress) for (const peer of rule.to ?? []) if (peer.ipBlock) peer.ipBlock.except = peer.ipBlock.except.filter((c: string) => c !== '203.0.113.16/28');
      return copy;
    });
    const failures = wrong(evaluateFolder(env, dir, objects));
    expect(failures).toEqual([expect.stringMatching(/^Deployment\/assistant -> Kubernetes API 203\.0\.113\.17 443\/TCP: expected deny, got allow/)]);
  });
});

// platform.dns.nodeLocalAddresses set to NodeLocal DNSCache and the kube-dns Service IP: those
// are allowed, GKE's metadata DNS (no longer listed) is refused.
describe('the flow table with other node-local resolvers', () => {
  const env = environmentWith('dev', { platform: { dns: { nodeLocalAddresses: [NODE_LOCAL_DNS, '10.96.0.10'] } } });
  let dir: string;
  let results: FlowResult[];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-netpol-'));
    fs.writeFileSync(path.join(dir, 'dev.k8s.yaml'), objectsOf(env).map((o) => YAML.stringify(o)).join('---\n'));
    results = evaluateFolder(env, dir);
  });
  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  test('the listed resolvers are allowed on 53 from every pod, the unlisted one is refused', () => {
    expect(wrong(results)).toEqual([]);
    const to = (ip: string) => results.filter((f) => f.destination.name.endsWith(` ${ip}`) && f.conn.port === 53);
    expect(new Set(to('10.96.0.10').map((f) => `${f.expect}/${f.actual}`))).toEqual(new Set(['allow/allow']));
    expect(new Set(to(NODE_LOCAL_DNS).map((f) => `${f.expect}/${f.actual}`))).toEqual(new Set(['allow/allow']));
    expect(new Set(to(METADATA_DNS).map((f) => `${f.expect}/${f.actual}`))).toEqual(new Set(['deny/deny']));
    expect(to('10.96.0.10').length).toBeGreaterThan(0);
  });
});
