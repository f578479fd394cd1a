import { describeWithTool } from '../support/tools';
import { distDir, missingTools, PodNode, readManifests, Stack } from '../podrunner';
import { K8sObject } from '../podrunner/manifests';

// The pod runner is not blind: each variant of the rendered dist/prod (mutated in memory,
// never on disk) must make it fail with a message naming the pod and the cause.

const missing = missingTools();
jest.setTimeout(180_000);

const base = readManifests(distDir('prod'));

function podSpec(objects: K8sObject[], statefulSet: string): any {
  const o = objects.find((x) => x.kind === 'StatefulSet' && x.metadata.name === statefulSet);
  if (!o) throw new Error(`dist/prod has no StatefulSet ${statefulSet}`);
  return o.spec.template.spec;
}

function container(objects: K8sObject[], statefulSet: string, name: string): any {
  const c = podSpec(objects, statefulSet).containers.find((x: any) => x.name === name);
  if (!c) throw new Error(`StatefulSet ${statefulSet} has no container ${name}`);
  return c;
}

/** Runs the StatefulSet's pod from the mutated objects; returns the harness's failure text. */
async function failureOf(mutate: (objects: K8sObject[]) => void, statefulSet: string, checkExporters = false): Promise<string> {
  const objects = structuredClone(base);
  mutate(objects);
  const node = new PodNode(objects, { timeScale: 20, maxWaitMs: 40_000 });
  const stack = new Stack(node, 'mutated dist/prod');
  try {
    await stack.startServers([node.plan(statefulSet)]);
    if (checkExporters && stack.failures.length === 0) await stack.checkExporters();
    const text = stack.failures.join('\n');
    process.stdout.write(`\n[mutation] ${expect.getState().currentTestName}:\n  ${text || '(no failure)'}\n`);
    return text;
  } finally {
    await node.destroy();
  }
}

describeWithTool(missing ?? 'pod runner tools', !missing, 'pod runner mutation check (dist/prod variants)', () => {
  test('unmutated, the PostgreSQL pod is Ready and its exporter logs in (the baseline the variants break)', async () => {
    expect(await failureOf(() => undefined, 'postgresql', true)).toBe('');
  });

  test('a wrong probe path: Chroma never passes its startup probe', async () => {
    const text = await failureOf((o) => {
      const c = container(o, 'chroma', 'chroma');
      for (const p of [c.startupProbe, c.readinessProbe, c.livenessProbe]) if (p?.httpGet) p.httpGet.path = '/api/v2/no-such-route';
    }, 'chroma');
    expect(text).toMatch(/pod chroma-0.*container chroma: startup probe failed .*HTTP 404 for GET \/api\/v2\/no-such-route/s);
  });

  test('a wrong container port: the exporter\'s probes reach nothing on the declared port', async () => {
    const text = await failureOf((o) => {
      container(o, 'postgresql', 'postgres-exporter').ports[0].containerPort = 9188;
    }, 'postgresql');
    expect(text).toMatch(/pod postgresql-0.*container postgres-exporter.*port 9188/s);
  });

  test('a missing env var the server needs: without its superuser password the entrypoint refuses to initialise', async () => {
    const text = await failureOf((o) => {
      const c = container(o, 'postgresql', 'postgresql');
      c.env = c.env.filter((e: any) => !e.name.startsWith('POSTGRES_PASSWORD'));
    }, 'postgresql');
    expect(text).toMatch(/pod postgresql-0, container postgresql exited with 1 before becoming ready:.*superuser password is not specified/s);
  });

  test('a read-only /var/run/postgresql: the server cannot create its socket lock file', async () => {
    const text = await failureOf((o) => {
      const c = container(o, 'postgresql', 'postgresql');
      c.volumeMounts.find((m: any) => m.mountPath === '/var/run/postgresql').readOnly = true;
    }, 'postgresql');
    expect(text).toMatch(/pod postgresql-0, container postgresql exited with \d+ before becoming ready:.*\/var\/run\/postgresql.*Read-only file system/s);
  });

  test('a uid the image lacks: the exporter has no name in the server\'s passwd, so peer authentication refuses it', async () => {
    const text = await failureOf((o) => {
      const c = container(o, 'postgresql', 'postgres-exporter');
      c.securityContext = { ...c.securityContext, runAsUser: 1000, runAsGroup: 1000 };
    }, 'postgresql', true);
    expect(text).toMatch(/pod postgresql-0, container postgres-exporter: pg_up is 0 .*cannot log in/s);
  });
});
