import { describeWithTool } from './support/tools';
import { distDir, missingTools, PodNode, readManifests, Stack } from './podrunner';

// The pod runner's smoke subset, in npm test: dist/prod's PostgreSQL pod (server, exporter
// sidecar and whatever else the rendered pod holds) started as the kubelet would and Ready
// through its own exec and httpGet probes, the migration Job's init container against it,
// and the tcpSocket handler. The full run is test/stack-full.test.ts (npm run test:stack).

const missing = missingTools();
jest.setTimeout(120_000);

describeWithTool(missing ?? 'pod runner tools', !missing, 'pod runner smoke: dist/prod PostgreSQL pod and the migration init container', () => {
  let node: PodNode;
  let stack: Stack;

  beforeAll(async () => {
    // 1/10 time scale: the pod is Ready as soon as at 1/20 (PostgreSQL's own start sets the pace),
    // with half the probe runs, and a fifth less CPU (9.5 s against 11.8 s, measured).
    node = new PodNode(readManifests(distDir('prod')), { timeScale: 10, maxWaitMs: 45_000 });
    stack = new Stack(node, 'dist/prod (smoke)');
    await stack.startServers([node.plan('postgresql')]);
  });

  afterAll(async () => {
    if (stack) process.stdout.write(`\n${stack.table()}\n`);
    await node?.destroy();
  });

  test('the PostgreSQL StatefulSet pod becomes Ready through its startup, readiness and liveness probes; its exporter logs in', async () => {
    stack.assertOk();
    await stack.checkExporters();
    stack.assertOk();
    const pod = node.pod('postgresql-0')!;
    expect(pod.ready()).toBe(true);
    expect(pod.statuses.map((s) => s.name)).toEqual(expect.arrayContaining(['postgresql', 'postgres-exporter']));
  });

  test('the migration init container waits for the database and exits 0; the app image is reported "not run"', async () => {
    const job = node.plans.find((p) => p.owner.kind === 'Job' && p.labels['app.kubernetes.io/component'] === 'migration')!;
    const pod = await stack.runJob(job);
    stack.assertOk();
    const init = pod!.statuses.find((s) => s.init)!;
    expect(init).toMatchObject({ name: 'wait-for-database', state: 'exited', exitCode: 0 });
    expect(pod!.statuses.find((s) => !s.init)!.detail).toMatch(/^not run: /);
  });

  test('the tcpSocket probe handler connects to a serving port and fails on a closed one', async () => {
    const pod = node.pod('postgresql-0')!;
    expect(await pod.probe('postgresql', { tcpSocket: { port: 'postgresql' }, timeoutSeconds: 5 })).toMatchObject({ ok: true });
    expect(await pod.probe('postgresql', { tcpSocket: { port: 5433 }, timeoutSeconds: 5 })).toMatchObject({ ok: false });
  });

  test('exec runs in the container: the image\'s passwd, read-only root, uid without a name', async () => {
    const pod = node.pod('postgresql-0')!;
    expect((await pod.probe('postgresql', { exec: { command: ['id', '-un'] }, timeoutSeconds: 10 })).detail).toMatch(/exit 0: postgres$/);
    expect((await pod.probe('postgresql', { exec: { command: ['sh', '-c', 'getent passwd 1000 || echo none'] }, timeoutSeconds: 10 })).detail).toMatch(/none$/);
    expect(await pod.probe('postgresql', { exec: { command: ['touch', '/usr/x'] }, timeoutSeconds: 10 })).toMatchObject({ ok: false });
    expect(await pod.probe('postgresql', { exec: { command: ['touch', '/var/run/postgresql/x'] }, timeoutSeconds: 10 })).toMatchObject({ ok: true });
  });

  test('Service names resolve in all four forms to the Service address, inside the container', async () => {
    const pod = node.pod('postgresql-0')!;
    const ns = pod.plan.namespace;
    const forms = ['chroma', `chroma.${ns}`, `chroma.${ns}.svc`, `chroma.${ns}.svc.cluster.local`];
    const r = await pod.probe('postgresql', { exec: { command: ['sh', '-c', `for f in ${forms.join(' ')}; do getent hosts "$f" | cut -d' ' -f1; done | paste -sd' '`] }, timeoutSeconds: 10 });
    const addresses = r.detail.replace(/^exit 0: /, '').split(' ');
    expect(addresses).toHaveLength(4);
    expect(new Set(addresses).size).toBe(1);
    expect(addresses[0]).toMatch(/^127\.20\./);
  });
});
