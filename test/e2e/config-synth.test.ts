import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { EXAMPLE_WARNING } from '../../config/cross-checks';
import { makeSandbox } from '../support/sandbox';
import { unusedEnvironmentName } from '../support/synth';

// The real synth on a copy of the project: warnings printed, and a value that used to crash
// (a TypeError after dist/ was half deleted) stopping it with one line. The rules themselves
// are unit-tested in test/config-validation.test.ts (npm test).

describe('synth prints the warnings and refuses bad values in one line each', () => {
  const sandbox = makeSandbox('llm-stack-validation-synth-');
  afterAll(() => sandbox.remove());
  const name = unusedEnvironmentName('warned');

  test('a setting with no effect is printed as a warning, and the synth succeeds', () => {
    fs.writeFileSync(path.join(sandbox.root, 'config', 'environments', `${name}.yaml`), YAML.stringify({ tier: 'development', backup: { offsite: { bucket: 'acme-backups' } } }));
    const run = sandbox.synth(['--quiet']);
    expect(run.stderr).toContain(`warning: config[${name}].backup.offsite.bucket: has no effect while backup.offsite.enabled is false; remove it, got "acme-backups"\n`);
    expect(run.stderr).toContain(`warning: ${EXAMPLE_WARNING}\n`);
    expect(run.status).toBe(0);
  }, 120_000);

  test('an off-site endpoint with port 99999 stops synth with one line, no stack trace', () => {
    fs.writeFileSync(
      path.join(sandbox.root, 'config', 'environments', `${name}.yaml`),
      YAML.stringify({ tier: 'development', backup: { offsite: { enabled: true, bucket: 'acme-backups', endpoint: 'https://s3.example.com:99999' } } }),
    );
    const run = sandbox.synth(['--quiet']);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter((l) => l && !l.startsWith('warning: '))).toEqual([
      `config[${name}].backup.offsite.endpoint: must have a port between 1 and 65535, got "https://s3.example.com:99999"`,
    ]);
  }, 120_000);
});
