import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { parseCron } from '../config/cron';
import { EXAMPLE_WARNING, isPlaceholderDomain, isPlaceholderLocation } from '../config/cross-checks';
import { ConfigError, loadConfig, parseCluster, parseEnvironment } from '../config/load';
import { compareQuantities, parseQuantity } from '../config/quantity';
import { EnvironmentConfig } from '../config/schema';
import { EXAMPLE_ANNOTATION } from '../charts/platform';
import { imageReference, imageVersion } from '../lib/image';
import { quotaShortfalls } from '../lib/quota-fit';
import { CONFIG, configErrorOf, find, K8sObject, MINIMAL_BASE, objectsOf, podSpecOf } from './support/synth';

// Configuration that would render a wrong or dangerous manifest (issue 9): each value is
// checked the way its final consumer reads it, and every problem is one line
// `config[<env>].<path>: <what is allowed>, got <value>`.

const BASE = MINIMAL_BASE;
const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;

const errorOf = (override: unknown, name = 'prod'): string | undefined => configErrorOf(name, override);

const envWith = (override: unknown, name = 'qa'): EnvironmentConfig => parseEnvironment(name, BASE, override);

// --- a configuration directory of our own, independent of the environments in config/ ---

interface ConfigFiles {
  cluster?: unknown;
  base?: unknown;
  environments: Record<string, unknown | string>;
}

const REAL_CLUSTER = {
  acme: { email: 'platform@acme-corp.io' },
  argocd: { repoURL: 'https://github.com/acme-corp/llm-stack.git' },
};
const REAL_PROD = {
  tier: 'production',
  domain: 'assistant.acme-corp.io',
  app: { image: { repository: 'ghcr.io/acme-corp/api-integration-assistant', tag: '1.0.0' } },
  monitoring: { runbookBaseUrl: 'https://github.com/acme-corp/llm-stack/blob/main/docs/runbooks.md' },
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function writeConfig(files: ConfigFiles): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-validation-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'environments'));
  fs.writeFileSync(path.join(dir, 'cluster.yaml'), YAML.stringify(files.cluster ?? REAL_CLUSTER));
  fs.writeFileSync(path.join(dir, 'base.yaml'), YAML.stringify(files.base ?? {}));
  for (const [file, content] of Object.entries(files.environments)) {
    fs.writeFileSync(path.join(dir, 'environments', file.includes('.') ? file : `${file}.yaml`), typeof content === 'string' ? content : YAML.stringify(content));
  }
  return dir;
}

function loadError(files: ConfigFiles): string[] {
  try {
    loadConfig(writeConfig(files));
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message.split('\n');
  }
  throw new Error('the configuration loaded');
}

// ---------------------------------------------------------------------------------------

describe('placeholder values (item 3): refused in production-tier environments unless the repository is marked as the example', () => {
  const EXAMPLE_PROD = { tier: 'production', backup: { offsite: { enabled: true, endpoint: 'https://s3.eu-central-1.amazonaws.com', bucket: 'example-llm-stack-backups' } } };
  const EXAMPLE_CLUSTER = { acme: { email: 'platform-team@example.com' }, argocd: { repoURL: 'https://github.com/example/llm-stack.git' } };

  test('each placeholder is named with environment, field, value and what is allowed', () => {
    const lines = loadError({ cluster: EXAMPLE_CLUSTER, base: BASE, environments: { live: EXAMPLE_PROD } });
    const allowed =
      'must not be a placeholder in a production-tier environment (example.com, .net, .org, *.example, *.invalid, *.test, *.local, *.localhost per RFC 2606/6761, or an example/ owner): set the real value, or mark the whole repository as the example with example: true in config/cluster.yaml';
    expect(lines).toEqual([
      `config[live].domain: ${allowed}, got "example.com"`,
      `config[live].ingress.host: ${allowed}, got "example.com"`,
      `config[live].app.image.repository: ${allowed}, got "ghcr.io/example/api-integration-assistant"`,
      `config[live].monitoring.runbookBaseUrl: ${allowed}, got "https://github.com/example/llm-stack/blob/main/docs/runbooks.md"`,
      `config[live].backup.offsite.bucket: ${allowed}, got "example-llm-stack-backups"`,
      `config[cluster].acme.email: ${allowed} (Let's Encrypt refuses it; production-tier: live), got "platform-team@example.com"`,
      `config[cluster].argocd.repoURL: ${allowed} (production-tier: live), got "https://github.com/example/llm-stack.git"`,
    ]);
  });

  test('development and staging tiers may keep placeholders', () => {
    const dir = writeConfig({ cluster: EXAMPLE_CLUSTER, base: BASE, environments: { sandbox: { tier: 'development' }, preview: { tier: 'staging' } } });
    expect(loadConfig(dir).environments.map((e) => e.ingress.host)).toEqual(['preview.example.com', 'sandbox.example.com']);
  });

  test('real values load without a warning about the example', () => {
    const config = loadConfig(writeConfig({ environments: { live: REAL_PROD } }));
    expect(config.environments[0]).toMatchObject({ example: false, ingress: { host: 'assistant.acme-corp.io' } });
    expect(config.warnings).not.toContain(EXAMPLE_WARNING);
  });

  test('example: true lets them render, with a warning and a marked Namespace', () => {
    const config = loadConfig(writeConfig({ cluster: { ...EXAMPLE_CLUSTER, example: true }, base: BASE, environments: { live: EXAMPLE_PROD } }));
    expect(config.warnings[0]).toBe(EXAMPLE_WARNING);
    const env = config.environments[0];
    expect(env.example).toBe(true);
    expect(find(objectsOf(env), 'Namespace', env.namespace).metadata.annotations).toHaveProperty([EXAMPLE_ANNOTATION]);
  });

  test('the committed repository is the marked example', () => {
    expect(CONFIG.cluster.example).toBe(true);
    expect(CONFIG.warnings[0]).toBe(EXAMPLE_WARNING);
    for (const env of CONFIG.environments) expect(env.example).toBe(true);
  });

  test.each([
    ['example.com', true],
    ['dev.example.org', true],
    ['example.net', true],
    ['foo.example', true],
    ['api.invalid', true],
    ['svc.test', true],
    ['printer.local', true],
    ['localhost', true],
    ['myexample.com', false],
    ['example.com.au', false],
    ['acme-corp.io', false],
  ])('placeholder domain %s: %s', (host, placeholder) => expect(isPlaceholderDomain(host)).toBe(placeholder));

  test.each([
    ['ghcr.io/example/app', true],
    ['https://github.com/example/llm-stack.git', true],
    ['git@github.com:example/llm-stack.git', true],
    ['https://s3.example.com', true],
    ['ghcr.io/acme/app', false],
    ['https://github.com/acme/example.git', false],
  ])('placeholder location %s: %s', (location, placeholder) => expect(isPlaceholderLocation(location)).toBe(placeholder));
});

describe('GROQ_MODEL (item 4)', () => {
  test('the default is a current Groq production model, and the reference says where to check', () => {
    const env = envWith({});
    expect(env.app.settings.groqModel).toBe('openai/gpt-oss-120b');
    const docs = fs.readFileSync(path.join(__dirname, '..', 'docs', 'configuration.md'), 'utf8');
    expect(docs).toMatch(/`app\.settings\.groqModel` .*https:\/\/console\.groq\.com\/docs\/deprecations/);
  });

  test.each(['mixtral-8x7b-32768', 'llama-3.3-70b-versatile'])('decommissioned %s is refused', (model) => {
    expect(errorOf({ app: { settings: { groqModel: model } } })).toBe(
      `config[prod].app.settings.groqModel: must be a model Groq still serves, not a decommissioned one (see https://console.groq.com/docs/deprecations), got "${model}"`,
    );
  });
});

describe('image digests (item 16) and image references', () => {
  const containersOf = (env: EnvironmentConfig) =>
    objectsOf(env).flatMap((o: K8sObject) => {
      const pod = podSpecOf(o);
      return pod ? [...(pod.spec.initContainers ?? []), ...pod.spec.containers].map((c: any) => ({ obj: o, image: c.image as string })) : [];
    });

  test('tag and digest render repository:tag@digest', () => {
    const env = envWith({ app: { image: { tag: '1.2.3', digest: DIGEST } } });
    const app = find(objectsOf(env), 'Deployment', 'assistant');
    expect(app.spec.template.spec.containers[0].image).toBe(`ghcr.io/example/api-integration-assistant:1.2.3@${DIGEST}`);
    expect(app.metadata.labels?.['app.kubernetes.io/version']).toBe('1.2.3');
  });

  test('a digest alone renders repository@digest, and the version label is sha256-<12 hex>', () => {
    const env = envWith({ postgres: { image: { digest: DIGEST } } });
    const images = containersOf(env).map((c) => c.image);
    expect(images).toContain(`postgres@${DIGEST}`);
    expect(images.filter((i) => i.startsWith('postgres:'))).toEqual([]);
    const sts = find(objectsOf(env), 'StatefulSet', 'postgresql');
    expect(sts.metadata.labels?.['app.kubernetes.io/version']).toBe('sha256-0123456789ab');
    expect(imageVersion({ repository: 'x', digest: DIGEST })).toBe('sha256-0123456789ab');
  });

  test('the app image may be pinned by digest alone; the migration Job name then carries it', () => {
    const env = parseEnvironment('qa', { app: { image: { digest: DIGEST } } });
    expect(imageReference(env.app.image)).toBe(`ghcr.io/example/api-integration-assistant@${DIGEST}`);
    const job = objectsOf(env).find((o) => o.kind === 'Job');
    expect(job?.metadata.name).toBe('assistant-migrate-sha256-0123456789ab');
  });

  test('every configured image accepts a digest', () => {
    const images = {
      app: { image: { digest: DIGEST } },
      chroma: { image: { digest: DIGEST } },
      postgres: { image: { digest: DIGEST }, exporter: { image: { digest: DIGEST } } },
      backup: { offsite: { image: { digest: DIGEST } }, chroma: { image: { digest: DIGEST }, kubectlImage: { digest: DIGEST } } },
    };
    const env = parseEnvironment('qa', images);
    expect(env.backup.chroma.kubectlImage).toEqual({ repository: 'docker.io/bitnamilegacy/kubectl', digest: DIGEST });
  });

  test.each([
    [{ tag: 'latest' }, 'config[prod].app.image.tag: must be a pinned version, not "latest", got "latest"'],
    [{ tag: '' }, 'config[prod].app.image.tag: must be a valid image tag such as 1.2.3, got ""'],
    [{ tag: 'latest', digest: DIGEST }, 'config[prod].app.image.tag: must be a pinned version, not "latest", got "latest"'],
    [{ tag: `v${'1'.repeat(63)}` }, `config[prod].app.image.tag: must be at most 63 characters and start and end with a letter or digit (it becomes the app.kubernetes.io/version label), got "v${'1'.repeat(63)}"`],
    [{ tag: '1.0-' }, 'config[prod].app.image.tag: must be at most 63 characters and start and end with a letter or digit (it becomes the app.kubernetes.io/version label), got "1.0-"'],
    [{ digest: 'sha256:abc' }, 'config[prod].app.image.digest: must be an image digest: sha256: and 64 lower-case hex digits, got "sha256:abc"'],
    [{ repository: 'ghcr.io/Acme/App' }, 'config[prod].app.image.repository: must be lower case (OCI repository names are), got "ghcr.io/Acme/App"'],
    [{ repository: 'ghcr.io/acme/app:1.0.0' }, 'config[prod].app.image.repository: must be a repository without tag or digest: set those in tag and digest, got "ghcr.io/acme/app:1.0.0"'],
    [{ repository: 'ghcr.io/acme/app@' + DIGEST }, `config[prod].app.image.repository: must be a repository without tag or digest: set those in tag and digest, got "ghcr.io/acme/app@${DIGEST}"`],
    [{ repository: 'ghcr.io//app' }, 'config[prod].app.image.repository: must be an OCI image repository such as postgres or ghcr.io/acme/app: lower-case path components separated by "/", at most 255 characters, got "ghcr.io//app"'],
  ])('%j is refused', (image, message) => {
    expect(errorOf({ app: { image } })).toBe(message);
  });

  test('the release image needs a tag or a digest', () => {
    expect(() => parseEnvironment('prod', { app: { image: { repository: 'ghcr.io/acme/app' } } })).toThrow(
      new ConfigError('config[prod].app.image.tag: is required: a pinned image tag such as 1.2.3 (or a digest), got nothing'),
    );
  });

  test.each(['registry.acme.io:5000/team/app', 'localhost:5000/app', 'postgres', 'quay.io/prometheuscommunity/postgres-exporter', 'a__b/c-d.e'])(
    'repository %s is accepted',
    (repository) => expect(errorOf({ app: { image: { repository } } })).toBeUndefined(),
  );
});

describe('quantities, read as k8s.io/apimachinery reads them', () => {
  test.each([
    ['1e3', 1000],
    ['1.5Gi', 1.5 * 2 ** 30],
    ['.5', 0.5],
    ['2.', 2],
    ['100m', 0.1],
    ['1E', 1e18],
    ['5n', 5e-9],
  ])('%s is %d', (q, value) => {
    const v = parseQuantity(q)!;
    expect(Number(v.num) / Number(v.den)).toBeCloseTo(value);
  });

  test.each(['1K', '1KiB', '10 GB', '1.5.2', 'Gi', '1e', '0x10'])('%s is not a quantity', (q) => expect(parseQuantity(q)).toBeUndefined());

  test('1Gi is more than 1G, 1000m equals 1', () => {
    expect(compareQuantities('1Gi', '1G')).toBe(1);
    expect(compareQuantities('1000m', '1')).toBe(0);
  });

  test.each([
    [{ chroma: { resources: { limits: { memory: '1500m' } } } }, 'config[prod].chroma.resources.limits.memory: must be a whole number of bytes such as 512Mi or 10Gi (m means milli: 100m is a tenth of a byte), got "1500m"'],
    [{ chroma: { storage: { size: '0' } } }, 'config[prod].chroma.storage.size: must be greater than 0, got "0"'],
    [{ chroma: { storage: { size: '0.5' } } }, 'config[prod].chroma.storage.size: must be a whole number of bytes such as 512Mi or 10Gi (m means milli: 100m is a tenth of a byte), got "0.5"'],
    [{ chroma: { storage: { size: '10 GB' } } }, 'config[prod].chroma.storage.size: must be a Kubernetes quantity such as 250m, 512Mi or 10Gi, got "10 GB"'],
    [{ chroma: { storage: { size: '-1Gi' } } }, 'config[prod].chroma.storage.size: must be greater than 0, got "-1Gi"'],
    [{ app: { resources: { requests: { cpu: '0.5m' } } } }, 'config[prod].app.resources.requests.cpu: must be a whole number of millicores (at least 1m), got "0.5m"'],
    [{ app: { resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } } }, 'config[prod].app.resources.requests.cpu: must be <= limits.cpu (1), got "2"'],
    [{ app: { resources: { requests: { memory: '2Gi' }, limits: { memory: '1Gi' } } } }, 'config[prod].app.resources.requests.memory: must be <= limits.memory (1Gi), got "2Gi"'],
    [{ platform: { containerDefaults: { requests: { memory: '1Gi' }, limits: { memory: '512Mi' } } } }, 'config[prod].platform.containerDefaults.requests.memory: must be <= limits.memory (512Mi), got "1Gi"'],
    [{ platform: { quota: { limitsMemory: '32Gi.5' } } }, 'config[prod].platform.quota.limitsMemory: must be a Kubernetes quantity such as 250m, 512Mi or 10Gi, got "32Gi.5"'],
  ])('%j', (override, message) => expect(errorOf(override)).toBe(message));

  test('exponent and decimal forms the API server accepts are accepted', () => {
    expect(errorOf({ app: { resources: { requests: { cpu: '2.5e-1', memory: '0.5Gi' }, limits: { cpu: '1', memory: '1e9' } } } })).toBeUndefined();
  });
});

describe('the ResourceQuota must hold the workloads at full scale, checked at synth time', () => {
  test('a quota too small fails the synth of the environment with one line per key', () => {
    const env = envWith({ platform: { quota: { limitsCpu: '2', requestsStorage: '1Gi' } } });
    expect(() => objectsOf(env)).toThrow(ConfigError);
    expect(() => objectsOf(env)).toThrow(
      /^config\[qa\]\.platform\.quota\.limitsCpu: must be at least [\d.]+, what the environment's workloads need at full scale \(HPA maximum plus surge, every Job and CronJob\), got "2"\nconfig\[qa\]\.platform\.quota\.requestsStorage: must be at least \d+Mi, .*got "1Gi"$/,
    );
  });

  test('the computation counts the HPA maximum plus surge, StatefulSet claims, init containers and LimitRange defaults', () => {
    const container = (cpu?: string) => ({ name: 'c', resources: cpu ? { requests: { cpu, memory: '1Mi' }, limits: { cpu, memory: '1Mi' } } : {} });
    const objects: any[] = [
      { kind: 'ResourceQuota', metadata: { name: 'q' }, spec: { hard: { 'limits.cpu': '6', pods: '5', 'requests.storage': '3Gi', persistentvolumeclaims: '2' } } },
      { kind: 'LimitRange', metadata: { name: 'l' }, spec: { limits: [{ type: 'Container', default: { cpu: '500m', memory: '1Mi' }, defaultRequest: { cpu: '100m', memory: '1Mi' } }] } },
      { kind: 'Deployment', metadata: { name: 'web' }, spec: { strategy: { rollingUpdate: { maxSurge: 1 } }, template: { spec: { containers: [container('1')] } } } },
      { kind: 'HorizontalPodAutoscaler', metadata: { name: 'web' }, spec: { scaleTargetRef: { name: 'web' }, maxReplicas: 3 } },
      { kind: 'Job', metadata: { name: 'once' }, spec: { template: { spec: { initContainers: [container('2')], containers: [container()] } } } },
      { kind: 'StatefulSet', metadata: { name: 'db' }, spec: { replicas: 2, template: { spec: { containers: [container()] } }, volumeClaimTemplates: [{ spec: { resources: { requests: { storage: '2Gi' } } } }] } },
    ];
    // web: (3 + 1) x 1 CPU; once: max(init 2, defaults 0.5) = 2; db: 2 x 0.5 = 1 -> 7 CPU, 7 pods, 4Gi, 2 claims
    expect(quotaShortfalls(objects).map((s) => [s.key, Number(s.need.num) / Number(s.need.den)])).toEqual([
      ['pods', 7],
      ['limits.cpu', 7],
      ['requests.storage', 4 * 2 ** 30],
    ]);
  });

  test('every committed environment fits its quota', () => {
    for (const env of CONFIG.environments) expect(() => objectsOf(env)).not.toThrow();
  });
});

describe('names', () => {
  test.each([
    [{ ingress: { host: '10.0.0.1' } }, 'config[prod].ingress.host: must be a DNS host name, not an IP address, got "10.0.0.1"'],
    [{ domain: `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com` }, /^config\[prod\]\.domain: must be a DNS host name of at most 253 characters, got /],
    [{ ingress: { className: 'Nginx_Public' } }, /^config\[prod\]\.ingress\.className: must be a DNS subdomain: .*, got "Nginx_Public"$/],
    [{ chroma: { storage: { storageClassName: 'fast ssd' } } }, /^config\[prod\]\.chroma\.storage\.storageClassName: must be a DNS subdomain: .*, got "fast ssd"$/],
    [{ postgres: { user: 'pg_app' } }, 'config[prod].postgres.user: must not start with pg_ (PostgreSQL reserves those role names), got "pg_app"'],
    [{ postgres: { user: 'public' } }, 'config[prod].postgres.user: must not be public or none (PostgreSQL reserves those role names), got "public"'],
    [{ postgres: { user: 'user' } }, 'config[prod].postgres.user: must not be an SQL reserved keyword, got "user"'],
    [{ postgres: { database: 'App' } }, /^config\[prod\]\.postgres\.database: must be a lower-case SQL identifier: .*, got "App"$/],
    [{ namespace: 'kube-public' }, 'config[prod].namespace: must not be a reserved namespace (kube-*, default), got "kube-public"'],
    [{ namespace: 'default' }, 'config[prod].namespace: must not be a reserved namespace (kube-*, default), got "default"'],
    [{ monitoring: { serviceMonitorLabels: { release: 'kube-prometheus-stack-' } } }, /^config\[prod\]\.monitoring\.serviceMonitorLabels\.release: must be a Kubernetes label value/],
    [{ platform: { dns: { podLabels: { 'k8s-app': 'kube dns' } } } }, /^config\[prod\]\.platform\.dns\.podLabels\.k8s-app: must be a Kubernetes label value: at most 63 characters .*, got "kube dns"$/],
  ])('%j', (override, message) => {
    const got = errorOf(override);
    if (typeof message === 'string') expect(got).toBe(message);
    else expect(got).toMatch(message);
  });

  test.each([
    ['argocd', "Argo CD's namespace (argocd.namespace)"],
    ['monitoring', "Prometheus' namespace (monitoring.prometheusNamespace)"],
    ['ingress-nginx', "the ingress controller's namespace (ingress.controllerNamespace)"],
  ])('an environment may not take the namespace %s', (ns, what) => {
    expect(loadError({ base: BASE, environments: { qa: { tier: 'staging', namespace: ns } } })).toEqual([
      `config[qa].namespace: must not be ${what}: the environment's quota, default-deny policies and pruning would hit it, got "${ns}"`,
    ]);
  });

  test('a gateway-api environment may not take its Gateway data plane\'s namespace', () => {
    const edge = { kind: 'gateway-api', gatewayApi: { implementation: 'envoy-gateway', acceptGaps: ['body-size-limit'] } };
    const qa = { tier: 'staging', namespace: 'envoy-gateway-system', edge, ingress: { rateLimit: { burstMultiplier: 1 } } };
    expect(loadError({ base: BASE, environments: { qa } })).toEqual([
      `config[qa].namespace: must not be the Gateway's data-plane namespace (edge.gatewayApi.dataPlaneNamespace): the environment's quota, default-deny policies and pruning would hit it, got "envoy-gateway-system"`,
    ]);
    // with ingress-nginx that namespace is nobody's
    expect(() => loadConfig(writeConfig({ base: BASE, environments: { qa: { tier: 'staging', namespace: 'envoy-gateway-system' } } }))).not.toThrow();
  });
});

describe('schedules and durations', () => {
  test.each([
    ['0 2 * * 7', 'day of week: end of range (7) above maximum (6): 7'],
    ['0 2 * * MON-FRI', undefined],
    ['*/15 * * * *', undefined],
    ['5/20 * * * ?', undefined],
    ['0 0 1 jan,jul *', undefined],
    ['@daily', undefined],
    ['@Daily', 'unrecognized descriptor: @Daily'],
    ['0 0 2 * * *', 'expected exactly 5 fields, found 6'],
    ['0 24 * * *', 'hour: end of range (24) above maximum (23): 24'],
    ['*/0 * * * *', 'minute: step must be a positive number: */0'],
    ['5-1 * * * *', 'minute: beginning of range (5) beyond end of range (1): 5-1'],
    ['0 0 0 * *', 'day of month: beginning of range (0) below minimum (1): 0'],
  ])('robfig/cron ParseStandard on %s: %s', (spec, problem) => expect(parseCron(spec)).toBe(problem));

  test.each([
    ['0 2 * * 7', /^config\[prod\]\.backup\.schedule: must be a five-field cron expression such as "0 2 \* \* \*" or a macro such as @daily .*, got "0 2 \* \* 7"$/],
    ['TZ=Europe/Berlin 0 2 * * *', /^config\[prod\]\.backup\.schedule: must not set TZ or CRON_TZ in the schedule \(Kubernetes refuses it; set backup.timeZone\), got "TZ=Europe\/Berlin 0 2 \* \* \*"$/],
    ['@every 24h', /^config\[prod\]\.backup\.schedule: must be five fields or one of @yearly, .* \(@every is not a CronJob macro\), got "@every 24h"$/],
  ])('backup.schedule %s is refused', (schedule, message) => expect(errorOf({ backup: { schedule } })).toMatch(message));

  test.each([
    ['europe/berlin', 'must be an IANA time zone name spelled exactly (case matters), such as Etc/UTC or Europe/Berlin'],
    ['Local', 'must be an IANA time zone name spelled exactly (case matters), such as Etc/UTC or Europe/Berlin'],
    ['Mars/Olympus', 'must be an IANA time zone name spelled exactly (case matters), such as Etc/UTC or Europe/Berlin'],
  ])('time zone %s is refused', (timeZone, allowed) => expect(errorOf({ backup: { timeZone } })).toBe(`config[prod].backup.timeZone: ${allowed}, got "${timeZone}"`));

  test.each(['Etc/UTC', 'UTC', 'GMT', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5'])('time zone %s is accepted', (timeZone) =>
    expect(errorOf({ backup: { timeZone } })).toBeUndefined(),
  );

  test.each([
    ['30m1h', 'must be a Prometheus duration such as 30s, 5m or 1h30m (units y, w, d, h, m, s, ms, largest first, each once)'],
    ['1.5m', 'must be a Prometheus duration such as 30s, 5m or 1h30m (units y, w, d, h, m, s, ms, largest first, each once)'],
    ['0s', 'must be a Prometheus duration greater than 0, such as 30s'],
    ['', 'must be a Prometheus duration greater than 0, such as 30s'],
  ])('Prometheus duration %j is refused', (scrapeInterval, allowed) =>
    expect(errorOf({ monitoring: { scrapeInterval } })).toBe(`config[prod].monitoring.scrapeInterval: ${allowed}, got ${JSON.stringify(scrapeInterval)}`),
  );

  test('1h30m is a Prometheus duration', () => expect(errorOf({ monitoring: { scrapeInterval: '1m30s' } })).toBeUndefined());
});

describe('settings with no effect in the current mode are warnings that synth prints', () => {
  test('off-site fields without enabled, snapshot fields outside snapshot mode, replicas under an HPA', () => {
    const config = loadConfig(
      writeConfig({
        base: BASE,
        environments: {
          qa: {
            tier: 'staging',
            app: { replicas: 3 },
            backup: { offsite: { bucket: 'acme-backups' }, chroma: { volumeSnapshotClassName: 'csi-snapclass' } },
          },
        },
      }),
    );
    expect(config.warnings).toEqual([
      'config[qa].backup.offsite.bucket: has no effect while backup.offsite.enabled is false; remove it, got "acme-backups"',
      `config[qa].backup.chroma.volumeSnapshotClassName: has no effect while backup.chroma.mode is ${config.environments[0].backup.chroma.mode} (they are for snapshot mode); remove it, got "csi-snapclass"`,
      'config[qa].app.replicas: has no effect while app.autoscaling.enabled is true (the HorizontalPodAutoscaler sets the replicas); remove it, got 3',
    ]);
  });

  test('Gateway API settings on an ingress-nginx edge, and ingress-nginx\'s own settings on a Gateway API edge', () => {
    const gateway = { kind: 'gateway-api', gatewayApi: { implementation: 'envoy-gateway', acceptGaps: ['body-size-limit'] } };
    const config = loadConfig(
      writeConfig({
        base: BASE,
        environments: {
          qa: { tier: 'staging', edge: { gatewayApi: { implementation: 'envoy-gateway' } } },
          uat: { tier: 'staging', edge: gateway, ingress: { className: 'public', rateLimit: { burstMultiplier: 1 } } },
        },
      }),
    );
    expect(config.warnings).toEqual([
      'config[qa].edge.gatewayApi: has no effect while edge.kind is ingress-nginx (it is for gateway-api); remove it, got {"implementation":"envoy-gateway"}',
      'config[uat].ingress.className: has no effect while edge.kind is gateway-api (they are ingress-nginx\'s); remove it, got "public"',
    ]);
  });

  test('an environment file that does not set its tier gets a warning', () => {
    const { tier: _tier, ...untiered } = REAL_PROD;
    const config = loadConfig(writeConfig({ base: BASE, environments: { qa: { ...untiered, domain: 'qa.acme-corp.io' }, live: REAL_PROD } }));
    expect(config.warnings).toEqual([expect.stringMatching(/^config\[qa\]\.tier: not set in .*qa\.yaml, so the default production applies; set it, got nothing$/)]);
  });
});

describe('environment files', () => {
  test('an empty file is an error, not a silent production-tier environment', () => {
    expect(loadError({ base: BASE, environments: { qa: '# nothing yet\n' } })).toEqual([
      expect.stringMatching(/^config\[qa\]: .*qa\.yaml is empty; an environment file sets at least its tier \(development, staging, production\)$/),
    ]);
  });

  test('a .yml file is an error, not silently ignored', () => {
    expect(loadError({ base: BASE, environments: { 'live.yaml': REAL_PROD, 'qa.yml': { tier: 'staging' } } })).toEqual([
      expect.stringMatching(/^config: .*qa\.yml is not an environment file; environments are <name>\.yaml files: rename it to qa\.yaml$/),
    ]);
  });

  test('two environments may not resolve to the same host', () => {
    expect(loadError({ base: BASE, environments: { a: { tier: 'staging', ingress: { host: 'qa.acme-corp.io' } }, b: { tier: 'staging', ingress: { host: 'qa.acme-corp.io' } } } })).toEqual([
      'config[b].ingress.host: must differ from environment a\'s (one Ingress host, one certificate per environment), got "qa.acme-corp.io"',
    ]);
  });

  test('two environments may not resolve to the same namespace', () => {
    expect(loadError({ base: BASE, environments: { a: { tier: 'staging' }, b: { tier: 'staging', namespace: 'llm-stack-a' } } })).toEqual([
      'config[b].namespace: must differ from environment a\'s, got "llm-stack-a"',
    ]);
  });
});

describe('secrets in configuration: a credential in a URL is refused, and never echoed', () => {
  const TOKEN = 'ghp_s3cr3tT0ken';

  test.each([
    ['argocd.repoURL', () => parseCluster({ ...REAL_CLUSTER, argocd: { repoURL: `https://ci:${TOKEN}@github.com/acme-corp/llm-stack.git` } })],
    ['monitoring.runbookBaseUrl', () => parseEnvironment('prod', BASE, { monitoring: { runbookBaseUrl: `https://ci:${TOKEN}@github.com/acme-corp/llm-stack/blob/main/docs/runbooks.md` } })],
    ['backup.offsite.endpoint', () => parseEnvironment('prod', BASE, { backup: { offsite: { enabled: true, bucket: 'acme-backups', endpoint: `https://AKIA:${TOKEN}@s3.eu-central-1.amazonaws.com` } } })],
  ])('%s', (field, parse) => {
    let message = '';
    try {
      parse();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    expect(message).toMatch(new RegExp(`^config\\[(cluster|prod)\\]\\.${field.replace(/\./g, '\\.')}: must not contain a user name or password \\(user:token@\\): keep credentials in a Secret, got "https://\\*\\*\\*@`));
    expect(message).not.toContain(TOKEN);
    expect(message.split('\n')).toHaveLength(1);
  });

  test('no rendered file holds a URL with a password', () => {
    const dist = path.join(__dirname, '..', 'dist');
    const files = fs.readdirSync(dist, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(files.length).toBeGreaterThan(0);
    const leaks = files.flatMap((f) => {
      const file = path.join(f.parentPath, f.name);
      return (fs.readFileSync(file, 'utf8').match(/[a-z][a-z0-9+.-]*:\/\/[^/\s"'@]*:[^/\s"'@]*@/gi) ?? []).map((m) => `${path.relative(dist, file)}: ${m}`);
    });
    expect(leaks).toEqual([]);
  });

  test('ssh://git@ and git@host: are not credentials', () => {
    expect(parseCluster({ ...REAL_CLUSTER, argocd: { repoURL: 'git@github.com:acme-corp/llm-stack.git' } }).argocd.repoURL).toBe('git@github.com:acme-corp/llm-stack.git');
    expect(parseCluster({ ...REAL_CLUSTER, argocd: { repoURL: 'ssh://git@github.com/acme-corp/llm-stack.git' } }).argocd.repoURL).toBe('ssh://git@github.com/acme-corp/llm-stack.git');
  });
});

describe('the off-site endpoint', () => {
  test('a port out of range is a one-line error, not a TypeError', () => {
    expect(errorOf({ backup: { offsite: { enabled: true, bucket: 'acme-backups', endpoint: 'https://s3.example.com:99999' } } })).toBe(
      'config[prod].backup.offsite.endpoint: must have a port between 1 and 65535, got "https://s3.example.com:99999"',
    );
  });

  test('a valid port renders', () => {
    const env = envWith({ backup: { offsite: { enabled: true, bucket: 'acme-backups', endpoint: 'https://minio.acme-corp.io:9000' } } });
    expect(JSON.stringify(objectsOf(env))).toContain('https://minio.acme-corp.io:9000');
  });
});
