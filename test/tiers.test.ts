import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigError, environmentLayers, loadConfig, parseEnvironment, parseTiers } from '../config/load';
import { environmentSchema } from '../config/schema';
import { CONFIG, environment, REPO_ROOT, unusedEnvironmentName } from './support/synth';

// config/tiers.yaml: `tier: staging` brings staging's sizes from one place, layered between
// base.yaml and the environment file.

const sizes = (e: ReturnType<typeof environment>) => ({
  quota: e.platform.quota,
  autoscaling: e.app.autoscaling,
  replicas: e.app.replicas,
  resources: e.app.resources,
  retentionDays: e.backup.retentionDays,
  postgresStorage: e.backup.postgres.storage,
  chromaStorage: e.backup.chroma.storage,
});

describe('a new environment gets the sizes of its tier', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-tiers-'));
    fs.cpSync(path.join(REPO_ROOT, 'config'), dir, { recursive: true, filter: (f) => !f.endsWith('.ts') });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each([
    ['staging', 'staging'],
    ['development', 'dev'],
  ] as const)('tier: %s, with nothing else, sizes like the committed environment %s', (tier, like) => {
    const name = unusedEnvironmentName(`new-${tier.slice(0, 3)}`);
    fs.writeFileSync(path.join(dir, 'environments', `${name}.yaml`), `tier: ${tier}\n`);
    const loaded = loadConfig(dir).environments.find((e) => e.name === name)!;
    const committed = environment(like);
    expect(committed.tier).toBe(tier);
    expect(sizes(loaded)).toEqual(sizes(committed));
    // and not the schema defaults (production sizes)
    const defaults = parseEnvironment(name, CONFIG.layers.base, { tier });
    expect(loaded.platform.quota).not.toEqual(defaults.platform.quota);
  });

  test('the environment file overrides its preset, key by key', () => {
    const name = unusedEnvironmentName('new-override');
    fs.writeFileSync(path.join(dir, 'environments', `${name}.yaml`), 'tier: staging\napp:\n  autoscaling: { maxReplicas: 3 }\n');
    const loaded = loadConfig(dir).environments.find((e) => e.name === name)!;
    expect(loaded.app.autoscaling.maxReplicas).toBe(3);
    expect(loaded.app.autoscaling.minReplicas).toBe((CONFIG.layers.tiers.staging as any).app.autoscaling.minReplicas);
  });
});

describe('environmentLayers', () => {
  const tiers = { staging: { backup: { retentionDays: 14 } }, development: { backup: { retentionDays: 7 } } };
  test('takes the tier from the last layer that sets it, default production (no preset)', () => {
    expect(environmentLayers(tiers, {}, { tier: 'staging' })).toEqual([{}, tiers.staging, { tier: 'staging' }]);
    expect(environmentLayers(tiers, { tier: 'staging' }, {}, { tier: 'development' })[1]).toBe(tiers.development);
    expect(environmentLayers(tiers, {}, {})[1]).toEqual({});
    expect(environmentLayers(tiers, {}, { tier: 'live' })[1]).toEqual({});
  });
});

describe('config/tiers.yaml itself', () => {
  test('holds a preset for known tiers only, each valid on its own', () => {
    const known = environmentSchema.shape.tier.unwrap().options as readonly string[];
    for (const [tier, preset] of Object.entries(CONFIG.layers.tiers)) {
      expect(known).toContain(tier);
      expect(() => parseEnvironment('tier-check', CONFIG.layers.base, preset, { tier })).not.toThrow();
    }
  });

  test('an unknown tier, a non-mapping or a preset that sets the tier is a one-line error', () => {
    expect(() => parseTiers({ stage: {} })).toThrow(new ConfigError('config[tiers].stage: unknown tier, allowed tiers are development, staging, production'));
    expect(() => parseTiers({ staging: [1] })).toThrow(new ConfigError('config[tiers].staging: must be a mapping of settings, got [1]'));
    expect(() => parseTiers({ staging: { tier: 'production' } })).toThrow(new ConfigError('config[tiers].staging.tier: a tier preset cannot set the tier'));
  });

  test('the committed environment files do not repeat what their tier brings', () => {
    const repeated: string[] = [];
    const walk = (file: unknown, preset: unknown, at: string) => {
      if (typeof file !== 'object' || file === null || typeof preset !== 'object' || preset === null) {
        if (JSON.stringify(file) === JSON.stringify(preset)) repeated.push(at);
        return;
      }
      for (const [k, v] of Object.entries(file)) if (k in preset) walk(v, (preset as any)[k], `${at}.${k}`);
    };
    for (const env of CONFIG.environments) walk(CONFIG.layers.environments[env.name], CONFIG.layers.tiers[env.tier] ?? {}, env.name);
    expect(repeated).toEqual([]);
  });
});
