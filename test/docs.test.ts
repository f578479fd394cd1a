import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { CHROMA_PORT } from '../charts/chroma';
import { POSTGRES_PORT } from '../charts/postgres';
import { clusterSchema, environmentSchema } from '../config/schema';
import { architectureDiagram, ArchitectureInput, drawnEnvironment } from '../lib/architecture';
import { generatedDocs, GeneratedDocsInput } from '../lib/generated-docs';
import { argocdObjects } from './support/dist';
import { clusterObjects, CONFIG, K8sObject, objectsOf, REPO_ROOT } from './support/synth';

// docs/: the generated pages are current (the drift check), the configuration reference
// covers the whole schema, the diagram shows what the objects say, and the deployment
// guide has what the issue and seed 000 ask for.

const DOCS = path.join(REPO_ROOT, 'docs');
const read = (file: string) => fs.readFileSync(path.join(DOCS, file), 'utf8');

const INPUT: GeneratedDocsInput = {
  environments: CONFIG.environments.map((env) => ({ env, objects: objectsOf(env) })),
  clusterObjects: clusterObjects(),
  argocdObjects: argocdObjects(),
  capacity: CONFIG.cluster.capacity,
};
const GENERATED = generatedDocs(INPUT);

describe('generated pages are current: re-run `npm run synth` and commit docs/ when these fail', () => {
  test.each(Object.keys(GENERATED).map((f) => [f]))('docs/%s', (file) => {
    expect(fs.existsSync(path.join(DOCS, file))).toBe(true);
    expect(read(file)).toBe(GENERATED[file]);
  });
});

describe('configuration reference (docs/configuration.md)', () => {
  /** Every leaf of a schema, by dotted path, with its description: walked independently of the generator. */
  function leaves(schema: z.ZodType): { path: string; description?: string }[] {
    const out: { path: string; description?: string }[] = [];
    const walk = (node: any, prefix: string) => {
      for (const [key, child] of Object.entries<any>(node.properties ?? {})) {
        const p = prefix ? `${prefix}.${key}` : key;
        if (child.type === 'object' && child.properties) walk(child, p);
        else out.push({ path: p, description: child.description });
      }
    };
    walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), '');
    return out;
  }

  const page = GENERATED['configuration.md'];
  const rowOf = (p: string) => page.split('\n').find((l) => l.startsWith(`| \`${p}\` |`));

  test.each([
    ['environment', environmentSchema],
    ['cluster', clusterSchema],
  ] as const)('has a row with type, default and description for every %s setting', (_name, schema) => {
    const all = leaves(schema);
    expect(all.length).toBeGreaterThan(5);
    const problems = all.flatMap(({ path: p, description }) => {
      const row = rowOf(p);
      if (!row) return [`${p}: no row`];
      const cells = row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
      if (cells.length !== 4) return [`${p}: ${cells.length} cells`];
      if (!description) return [`${p}: the schema has no .describe() text`];
      return cells.every((c) => c.length > 0) ? [] : [`${p}: empty cell in ${row}`];
    });
    expect(problems).toEqual([]);
  });

  test('shows defaults, required fields and allowed values from the schema', () => {
    expect(rowOf('app.autoscaling.maxReplicas')).toBe(
      '| `app.autoscaling.maxReplicas` | integer (≥ 1) | `10` | HPA maximum replicas. |',
    );
    expect(rowOf('app.image.tag')).toContain('required unless a digest is given'); // a tag or a digest (config/schema.ts releaseImage)
    expect(rowOf('acme.email')).toContain('| **required** |');
    expect(rowOf('tier')).toContain('`development` \\| `staging` \\| `production`');
    expect(rowOf('argocd.repoURL')).toContain(`\`${CONFIG.cluster.argocd.repoURL}\``);
  });

  test('shows every environment and what the app container gets in each', () => {
    for (const env of CONFIG.environments) expect(page).toContain(`\`${env.namespace}\``);
    expect(rowOf('GROQ_API_KEY')).toMatch(/Secret `assistant-llm`, key `GROQ_API_KEY`/);
    // One column per environment, whatever the set: dev's and prod's by name, every one from its config.
    const names = CONFIG.environments.map((e) => e.name);
    expect(page.split('\n').find((l) => l.startsWith('| Variable |'))).toBe(`| Variable | ${names.map((n) => `\`${n}\``).join(' | ')} |`);
    const logLevels = rowOf('LOG_LEVEL')!.split(' | ').slice(1).map((c) => c.replace(/[`| ]/g, ''));
    expect(logLevels).toEqual(CONFIG.environments.map((e) => e.app.settings.logLevel));
    expect([logLevels[names.indexOf('dev')], logLevels[names.indexOf('prod')]]).toEqual(['DEBUG', 'INFO']);
    expect(page).not.toMatch(/gsk_|password: /i);
  });
});

describe('architecture diagram (docs/architecture.md)', () => {
  const archInput = (environments = INPUT.environments): ArchitectureInput => ({
    environments: environments.map(({ env, objects }) => ({ name: env.name, namespace: env.namespace, objects })),
    // These tests are about prod, by name; which environment the page draws is tested below.
    drawn: 'prod',
    clusterObjects: INPUT.clusterObjects,
    argocdObjects: INPUT.argocdObjects,
  });
  const diagram = architectureDiagram(archInput());
  const edges = diagram.split('\n').filter((l) => / (-->|-\.->)/.test(l)).map((l) => l.trim());
  const edge = (from: string, to: string, label?: string) => edges.filter((e) => e.startsWith(`${from} `) && e.endsWith(` ${to}`) && (label === undefined || e.includes(`|"${label}"|`)));

  test('the page draws the first production-tier environment, else the last one', () => {
    const drawn = drawnEnvironment(CONFIG.environments);
    expect(drawn).toBe(CONFIG.environments.find((e) => e.tier === 'production') ?? CONFIG.environments[CONFIG.environments.length - 1]);
    expect(GENERATED['architecture.md']).toContain(`subgraph env_namespace["Namespace ${drawn.namespace} (environment ${drawn.name})"]`);
    expect(diagram).toContain('subgraph env_namespace["Namespace llm-stack-prod (environment prod)"]');
  });

  test('ingress -> app -> Chroma and PostgreSQL, with the ports the NetworkPolicies admit', () => {
    expect(edge('users', 'prod_Ingress_assistant')).toHaveLength(1);
    expect(edge('prod_Ingress_assistant', 'prod_Service_assistant')).toHaveLength(1);
    expect(edge('prod_Service_assistant', 'prod_Deployment_assistant')).toHaveLength(1);
    expect(edge('prod_Deployment_assistant', 'prod_Service_chroma', `:${CHROMA_PORT}`)).toHaveLength(1);
    expect(edge('prod_Deployment_assistant', 'prod_Service_postgresql', `:${POSTGRES_PORT}`)).toHaveLength(1);
    expect(edge('prod_Service_chroma', 'prod_StatefulSet_chroma')).toHaveLength(1);
    expect(edge('prod_StatefulSet_postgresql', 'prod_PVC_data_postgresql')).toHaveLength(1);
    expect(edge('prod_Deployment_assistant', 'internet', ':443')).toHaveLength(1);
    expect(edge('prod_Ingress_assistant', 'cluster_ClusterIssuer_letsencrypt_production', 'TLS certificate')).toHaveLength(1);
    expect(edge('prod_HorizontalPodAutoscaler_assistant', 'prod_Deployment_assistant', 'scales')).toHaveLength(1);
    // The migration talks to PostgreSQL only, never to Chroma.
    const migrate = edges.filter((e) => e.startsWith('prod_Job_assistant_migrate'));
    expect(migrate).toEqual([expect.stringMatching(new RegExp(`\\|":${POSTGRES_PORT}"\\| prod_Service_postgresql$`))]);
  });

  test('every Argo CD Application points at what it syncs', () => {
    for (const app of INPUT.argocdObjects.filter((o) => o.kind === 'Application')) {
      const from = `argocd_${app.metadata.name.replace(/[^A-Za-z0-9_]/g, '_')}`;
      expect([app.metadata.name, edges.filter((e) => e.startsWith(`${from} `) && e.includes(`|"${(app as any).spec.source.path}"|`))]).toEqual([
        app.metadata.name,
        [expect.any(String)],
      ]);
    }
    expect(edge('argocd_llm_stack_prod', 'env_namespace', 'dist/prod')).toHaveLength(1);
    expect(edge('argocd_llm_stack_cluster', 'cluster_scope', 'dist/cluster')).toHaveLength(1);
  });

  test('the monitors point at what they scrape', () => {
    const prod = INPUT.environments.find((e) => e.env.name === 'prod')!.objects;
    const monitors = prod.filter((o) => o.kind === 'ServiceMonitor' || o.kind === 'PodMonitor');
    for (const m of monitors) expect(edges.filter((e) => e.startsWith(`prod_${m.kind}_${m.metadata.name.replace(/-/g, '_')} `) && e.includes('"scrapes"')).length).toBeGreaterThan(0);
  });

  test('backup CronJobs point at what they back up: a database over the network, a volume they mount', () => {
    const prod = INPUT.environments.find((e) => e.env.name === 'prod')!;
    const pgLabels = { 'app.kubernetes.io/name': 'pg-backup-fixture' };
    const cronJob = (name: string, labels: Record<string, string>, volumes: object[], mounts: object[]): K8sObject => ({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name, namespace: prod.env.namespace },
      spec: {
        schedule: '0 2 * * *',
        jobTemplate: { spec: { template: { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'i:1', volumeMounts: mounts }], volumes } } } },
      },
    });
    const fixtures: K8sObject[] = [
      cronJob('pg-dump', pgLabels, [{ name: 'out', persistentVolumeClaim: { claimName: 'backups' } }], [{ name: 'out', mountPath: '/backups' }]),
      cronJob('chroma-archive', { x: 'y' }, [{ name: 'data', persistentVolumeClaim: { claimName: 'data-chroma-0', readOnly: true } }], [{ name: 'data', mountPath: '/data', readOnly: true }]),
      { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'backups', namespace: prod.env.namespace }, spec: {} },
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'pg-dump', namespace: prod.env.namespace },
        spec: {
          podSelector: { matchLabels: pgLabels },
          egress: [{ to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'postgresql', 'app.kubernetes.io/component': 'database' } } }], ports: [{ protocol: 'TCP', port: POSTGRES_PORT }] }],
        },
      },
    ];
    const withBackups = INPUT.environments.map((e) => (e.env.name === 'prod' ? { env: e.env, objects: [...e.objects, ...fixtures] } : e));
    const d = architectureDiagram(archInput(withBackups));
    expect(d).toContain('prod_CronJob_pg_dump("CronJob<br/>pg-dump")');
    expect(d).toContain(`prod_CronJob_pg_dump -->|":${POSTGRES_PORT}"| prod_Service_postgresql`);
    expect(d).toContain('prod_CronJob_pg_dump --> prod_PersistentVolumeClaim_backups');
    expect(d).toContain('prod_CronJob_chroma_archive -->|"reads"| prod_PVC_data_chroma');
  });

  test('is valid Mermaid as far as its structure goes: unique ids, edges between known ids, balanced subgraphs', () => {
    const lines = diagram.split('\n').map((l) => l.trim());
    expect(lines[0]).toBe('flowchart LR');
    const subgraphs = lines.filter((l) => l.startsWith('subgraph ')).map((l) => l.split(/[\s[]/)[1]);
    expect(lines.filter((l) => l === 'end')).toHaveLength(subgraphs.length);
    const nodes = lines.filter((l) => /^[A-Za-z][A-Za-z0-9_]*[[({]/.test(l) && !l.startsWith('subgraph')).map((l) => /^[A-Za-z0-9_]+/.exec(l)![0]);
    expect(new Set(nodes).size).toBe(nodes.length);
    const known = new Set([...nodes, ...subgraphs]);
    expect(known.has('end')).toBe(false);
    for (const e of edges) {
      const m = /^([A-Za-z0-9_]+) (?:-->|-\.->)(?:\|"[^"|]*"\|)? ([A-Za-z0-9_]+)$/.exec(e);
      expect([e, m !== null]).toEqual([e, true]);
      expect([e, known.has(m![1]), known.has(m![2])]).toEqual([e, true, true]);
    }
  });

  test('does not depend on the order of the objects', () => {
    const reversed = INPUT.environments.map((e) => ({ env: e.env, objects: [...e.objects].reverse() }));
    expect(architectureDiagram({ ...archInput(reversed), argocdObjects: [...INPUT.argocdObjects].reverse() })).toBe(diagram);
  });
});

describe('deployment guide (docs/deployment.md)', () => {
  const guide = read('deployment.md');
  const headings = guide.split('\n').filter((l) => /^#{2,3} /.test(l)).map((l) => l.replace(/^#+ /, ''));

  test('has every part the issue and seed 000 ask for', () => {
    expect(headings).toEqual(
      expect.arrayContaining([
        'Prerequisites',
        'Cluster add-ons',
        'GitOps with Argo CD',
        'Bootstrap',
        'Sync waves',
        'Without Argo CD',
        'Configuration reference',
        'Secrets',
        'Environments',
        'Adding an environment',
        'Scaling recommendations',
        'Monitoring and alerting',
        'Security checklist',
        'Backup and restore',
        'Disaster recovery',
        'Upgrade and rollback',
        'Rolling back',
        'Troubleshooting',
      ]),
    );
    expect(guide).toMatch(/RPO 24 hours/);
    expect(guide).toMatch(/RTO 1 hour/);
    expect(guide).toContain('git revert');
    expect((guide.split('## Security checklist')[1].split('\n## ')[0].match(/^- \[ \] /gm) ?? []).length).toBeGreaterThanOrEqual(10);
  });

  test('lists each cluster add-on with its tested version', () => {
    const table = guide.split('### Cluster add-ons')[1].split('\n\n')[2];
    for (const [addOn, version] of [
      ['ingress-nginx', 'v1.13'],
      ['cert-manager', 'v1.21.1'],
      ['kube-prometheus-stack', 'v0.93.0'],
      ['external-secrets', 'v2.9.0'],
      ['Argo CD', 'v3.5.1'],
      ['Argo Rollouts', 'v1.9.1'],
      ['external-snapshotter', 'v8.6.0'],
    ]) {
      const row = table.split('\n').find((l) => l.includes(`[${addOn}]`));
      expect([addOn, row?.includes(version)]).toEqual([addOn, true]);
    }
  });

  test("tells ingress-nginx to allow exactly the headers the app's Ingress sets", () => {
    const prod = INPUT.environments.find((e) => e.env.name === 'prod')!.objects;
    const ingress: any = prod.find((o) => o.kind === 'Ingress');
    const [ns, name] = ingress.metadata.annotations['nginx.ingress.kubernetes.io/custom-headers'].split('/');
    const headers: any = prod.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name && o.metadata.namespace === ns);
    const documented = /global-allowed-response-headers: "([^"]+)"/.exec(guide);
    expect(documented).not.toBeNull();
    expect(documented![1].split(',').sort()).toEqual(Object.keys(headers.data).sort());
  });

  test('shows the bootstrap command and the plain-kubectl order', () => {
    expect(guide).toContain('kubectl apply -f dist/argocd/');
    const plain = guide.split('## Without Argo CD')[1].split('\n## ')[0];
    const steps = ['kubectl apply -f dist/cluster/', 'dist/$ENV/000[0-4]-*.k8s.yaml', 'kubectl -n $NS wait --for=condition=complete', 'kubectl apply -f dist/$ENV/'];
    const at = steps.map((step) => plain.indexOf(step));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test.each(['README.md', 'docs/deployment.md'])('the plain-kubectl glob in %s takes every file up to the migration Job and nothing after', (doc) => {
    const text = fs.readFileSync(path.join(REPO_ROOT, doc), 'utf8');
    const glob = /dist\/\$ENV\/(\S+)\.k8s\.yaml; do kubectl apply/.exec(text)![1];
    const pattern = new RegExp(`^${glob.replace(/\*/g, '.*')}\\.k8s\\.yaml$`);
    for (const env of CONFIG.environments) {
      const files = fs.readdirSync(path.join(REPO_ROOT, 'dist', env.name)).sort();
      const migration = files.findIndex((f) => /-migration\.k8s\.yaml$/.test(f));
      expect(migration).toBeGreaterThan(0);
      expect(files.filter((f) => pattern.test(f))).toEqual(files.slice(0, migration + 1));
    }
  });
});

describe('links in the docs this project generates or owns', () => {
  /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
  const anchors = (md: string) =>
    new Set(
      md
        .split('\n')
        .filter((l) => /^#{1,6} /.test(l))
        .map((l) =>
          l
            .replace(/^#+ /, '')
            .trim()
            .toLowerCase()
            .replace(/[^\p{L}\p{N}\- _]/gu, '')
            .replace(/ /g, '-'),
        ),
    );

  test.each([['deployment.md'], ['delivery.md'], ['configuration.md'], ['architecture.md'], ['capacity.md']])('docs/%s links only to files and headings that exist', (file) => {
    const text = file === 'deployment.md' || file === 'delivery.md' ? read(file) : GENERATED[file];
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^https?:/.test(target)) continue;
      const [f, anchor] = target.split('#');
      const targetFile = f ? path.join(DOCS, f) : path.join(DOCS, file);
      if (!fs.existsSync(targetFile)) {
        broken.push(`${target}: no file docs/${f}`);
        continue;
      }
      if (anchor && !anchors(fs.readFileSync(targetFile, 'utf8')).has(anchor)) broken.push(`${target}: no heading #${anchor}`);
    }
    expect(broken).toEqual([]);
  });
});

describe("the README's Adding an environment (test/e2e/add-environment.test.ts runs it on a copy)", () => {
  const README = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const block = /<!-- add-environment:start -->\n```sh\n([\s\S]*?)```\n<!-- add-environment:end -->/.exec(README);

  test('the README has the block, ending in npm test', () => {
    expect(block).not.toBeNull();
    expect(block![1].trimEnd().split('\n').pop()).toBe('npm test');
  });

  test("docs/deployment.md shows the README's example environment file", () => {
    const yaml = /<<'YAML'\n([\s\S]*?)YAML\n/.exec(block![1])![1];
    const guide = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'deployment.md'), 'utf8');
    const section = guide.split('### Adding an environment')[1].split('\n## ')[0];
    const shown = /```yaml\n([\s\S]*?)```/.exec(section)![1].replace(/^ {3}/gm, '');
    expect(shown).toBe(yaml);
  });
});
