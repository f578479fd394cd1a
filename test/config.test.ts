import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigError, deepMerge, loadConfig, parseEnvironment } from '../config/load';
import { CONFIG, configErrorOf, environment, MINIMAL_BASE, REPO_ROOT, unusedEnvironmentName } from './support/synth';

const BASE = MINIMAL_BASE;

const errorOf = configErrorOf;

describe('config validation names the environment, the field, the value and what is allowed', () => {
  test('minReplicas greater than maxReplicas', () => {
    expect(errorOf('prod', { app: { autoscaling: { minReplicas: 3, maxReplicas: 2 } } })).toBe(
      'config[prod].app.autoscaling.maxReplicas: must be >= minReplicas (3), got 2',
    );
  });

  test('an invalid host name', () => {
    expect(errorOf('staging', { ingress: { host: 'api_docs.example.com' } })).toBe(
      'config[staging].ingress.host: must be a lower-case DNS host name (RFC 1123) such as example.com, got "api_docs.example.com"',
    );
    expect(errorOf('prod', { domain: 'Example.com' })).toBe(
      'config[prod].domain: must be a lower-case DNS host name (RFC 1123) such as example.com, got "Example.com"',
    );
  });

  test('an invalid cron expression', () => {
    expect(errorOf('prod', { backup: { schedule: '0 25 * * *' } })).toBe(
      'config[prod].backup.schedule: must be a five-field cron expression such as "0 2 * * *" or a macro such as @daily (minute 0-59, hour 0-23, day 1-31, month 1-12 or JAN-DEC, weekday 0-6 or SUN-SAT), got "0 25 * * *"',
    );
    expect(errorOf('prod', { backup: { schedule: '0 0 2 * * *' } })).toMatch(/^config\[prod\]\.backup\.schedule: must be a five-field cron/);
  });

  test('an invalid quantity', () => {
    expect(errorOf('prod', { chroma: { storage: { size: '10 GB' } } })).toBe(
      'config[prod].chroma.storage.size: must be a Kubernetes quantity such as 250m, 512Mi or 10Gi, got "10 GB"',
    );
  });

  test('an unknown key', () => {
    expect(errorOf('dev', { app: { replica: 1 } })).toBe(
      'config[dev].app.replica: unknown key, allowed keys are image, replicas, autoscaling, resources, maxUnavailable, topologySpread, delivery, canary, settings, migration',
    );
    expect(errorOf('dev', { typo: true })).toMatch(/^config\[dev\]\.typo: unknown key, allowed keys are tier, namespace, domain, /);
  });

  test('a setting that moved names its new place', () => {
    expect(errorOf('prod', { backup: { chroma: { apiServerCidrs: ['10.0.0.1/32'] } } })).toBe(
      'config[prod].backup.chroma.apiServerCidrs: moved to platform.kubernetesApi.cidrs (one setting for every pod that talks to the Kubernetes API)',
    );
    expect(errorOf('prod', { postgres: { cloudnativePg: { kubernetesApi: { ports: [6443] } } } })).toBe(
      'config[prod].postgres.cloudnativePg.kubernetesApi: moved to platform.kubernetesApi (one setting for every pod that talks to the Kubernetes API)',
    );
  });

  test('an image tag that is latest or missing', () => {
    expect(errorOf('prod', { app: { image: { tag: 'latest' } } })).toBe('config[prod].app.image.tag: must be a pinned version, not "latest", got "latest"');
    expect(() => parseEnvironment('prod', { app: { image: { repository: 'x' } } })).toThrow(
      new ConfigError('config[prod].app.image.tag: is required: a pinned image tag such as 1.2.3 (or a digest), got nothing'),
    );
    expect(errorOf('prod', { postgres: { image: { tag: 'latest' } } })).toBe('config[prod].postgres.image.tag: must be a pinned version, not "latest", got "latest"');
  });

  test('zero replicas in a production-tier environment, allowed in development', () => {
    expect(errorOf('prod', { app: { replicas: 0, autoscaling: { enabled: false } } })).toBe(
      'config[prod].app.replicas: must be >= 1 in a production-tier environment, got 0',
    );
    expect(errorOf('dev', { tier: 'development', app: { replicas: 0, autoscaling: { enabled: false } } })).toBeUndefined();
  });

  test('a negative retention', () => {
    expect(errorOf('dev', { backup: { retentionDays: -1 } })).toBe('config[dev].backup.retentionDays: must be >= 1, got -1');
  });

  test('a wrong type and a value outside an enum', () => {
    expect(errorOf('prod', { app: { replicas: 'two' } })).toBe('config[prod].app.replicas: must be a number, got "two"');
    expect(errorOf('prod', { tier: 'live' })).toBe('config[prod].tier: must be one of "development", "staging", "production", got "live"');
  });

  test('an environment may not take the name of a cluster-wide dist/ folder', () => {
    expect(() => parseEnvironment('argocd', BASE)).toThrow(
      new ConfigError('config[argocd]: environment name must not be one of cluster, argocd (folders of dist/ with other content)'),
    );
  });

  test('several problems give one line each', () => {
    const message = errorOf('prod', { app: { replicas: -1 }, domain: 'x' }) ?? '';
    expect(message.split('\n')).toEqual([
      'config[prod].domain: must be a lower-case DNS host name (RFC 1123) such as example.com, got "x"',
      'config[prod].app.replicas: must be >= 0, got -1',
    ]);
  });
});

describe('config files', () => {
  test('every environment file is an environment, in name order, and dev, staging and prod are among them', () => {
    const files = fs.readdirSync(path.join(REPO_ROOT, 'config', 'environments')).filter((f) => f.endsWith('.yaml'));
    expect(CONFIG.environments.map((e) => e.name)).toEqual(files.map((f) => f.replace(/\.yaml$/, '')).sort());
    expect(CONFIG.environments.map((e) => e.name)).toEqual(expect.arrayContaining(['dev', 'staging', 'prod']));
  });

  test('environment values follow SPEC §2.8', () => {
    const [dev, prod, staging] = ['dev', 'prod', 'staging'].map(environment);
    expect(dev.app.autoscaling.enabled).toBe(false);
    expect(dev.app.replicas).toBe(1);
    expect(dev.app.settings).toMatchObject({ debug: true, logLevel: 'DEBUG' });
    expect(dev.backup.retentionDays).toBe(7);
    expect(dev.ingress).toMatchObject({ host: 'dev.example.com', clusterIssuer: 'letsencrypt-staging' });
    expect(staging.app.autoscaling).toMatchObject({ enabled: true, minReplicas: 2, maxReplicas: 4 });
    expect(staging.ingress.host).toBe('staging.example.com');
    expect(prod.app.autoscaling).toMatchObject({ enabled: true, minReplicas: 2, maxReplicas: 10, targetCpuUtilizationPercent: 75 });
    expect(prod.app.settings).toMatchObject({ debug: false, logLevel: 'INFO' });
    expect(prod.backup.retentionDays).toBe(30);
    expect(prod.ingress).toMatchObject({ host: 'example.com', clusterIssuer: 'letsencrypt-production' });
    expect(prod.namespace).toBe('llm-stack-prod');
  });

  test('deepMerge merges objects and replaces arrays and scalars', () => {
    expect(deepMerge({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3] }, d: 2 })).toEqual({ a: { b: 1, c: [3] }, d: 2 });
  });

  describe('loadConfig', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-config-'));
      fs.cpSync(path.join(REPO_ROOT, 'config'), dir, { recursive: true, filter: (f) => !f.endsWith('.ts') });
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    // Made-up environments take a name no file in config/ has (a user may have added qa).
    const added = unusedEnvironmentName('qa');

    test('adding an environment is one new file', () => {
      fs.writeFileSync(path.join(dir, 'environments', `${added}.yaml`), 'tier: staging\napp:\n  autoscaling:\n    maxReplicas: 3\n');
      const loaded = loadConfig(dir);
      expect(loaded.environments).toHaveLength(CONFIG.environments.length + 1);
      expect(loaded.environments.find((e) => e.name === added)).toMatchObject({
        namespace: `llm-stack-${added}`,
        ingress: { host: `${added}.example.com` },
        app: { autoscaling: { maxReplicas: 3 } },
      });
    });

    test('a bad environment file stops loading with its name in the message', () => {
      fs.writeFileSync(path.join(dir, 'environments', 'prod.yaml'), 'app:\n  autoscaling:\n    minReplicas: 3\n    maxReplicas: 2\n');
      expect(() => loadConfig(dir)).toThrow('config[prod].app.autoscaling.maxReplicas: must be >= minReplicas (3), got 2');
    });

    test('YAML that does not parse names the file', () => {
      fs.writeFileSync(path.join(dir, 'environments', 'dev.yaml'), 'app: [unclosed\n');
      expect(() => loadConfig(dir)).toThrow(/^config\[dev\]: cannot read .*dev\.yaml: /);
    });

    test('two environments may not share a namespace', () => {
      fs.writeFileSync(path.join(dir, 'environments', `${added}.yaml`), 'namespace: llm-stack-dev\n');
      expect(() => loadConfig(dir)).toThrow(`config[${added}].namespace: must differ from environment dev's, got "llm-stack-dev"`);
    });
  });
});
