import { execFileSync } from 'child_process';
import * as fs from 'fs';

// Tests that need an outside tool: skip loudly on a laptop, fail in CI (CI=true).

const IN_CI = process.env.CI === 'true';

function onPath(cmd: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The PostgreSQL server binaries directory (initdb, pg_ctl, postgres), if any. */
export function postgresBinDir(): string | undefined {
  for (const v of ['17', '16', '15']) {
    const dir = `/usr/lib/postgresql/${v}/bin`;
    if (fs.existsSync(`${dir}/initdb`)) return dir;
  }
  const initdb = onPath('initdb');
  return initdb ? initdb.replace(/\/initdb$/, '') : undefined;
}

/**
 * `describe` when the tool is there; otherwise a loud skip, or in CI a failing test
 * that says what to install.
 */
export function describeWithTool(tool: string, found: string | undefined | boolean, name: string, body: () => void): void {
  if (found) {
    describe(name, body);
    return;
  }
  const why = `${tool} is not installed (run tools/install-test-deps.sh)`;
  if (IN_CI) {
    describe(name, () => {
      test(`requires ${tool}`, () => {
        throw new Error(`${why}; CI=true, so this is a failure, not a skip`);
      });
    });
  } else {
    process.stderr.write(`\n*** SKIPPED "${name}": ${why} ***\n\n`);
    describe.skip(`${name} [SKIPPED: ${why}]`, body);
  }
}

/** `test` when the tool is there; otherwise, as describeWithTool, a loud skip or in CI a failure. */
export function testWithTool(tool: string, found: string | undefined | boolean, name: string, fn: () => unknown, timeout?: number): void {
  if (found) {
    test(name, fn as jest.ProvidesCallback, timeout);
    return;
  }
  const why = `${tool} is not installed (run tools/install-test-deps.sh)`;
  if (IN_CI) {
    test(`${name} (requires ${tool})`, () => {
      throw new Error(`${why}; CI=true, so this is a failure, not a skip`);
    });
  } else {
    process.stderr.write(`\n*** SKIPPED "${name}": ${why} ***\n\n`);
    test.skip(`${name} [SKIPPED: ${why}]`, fn as jest.ProvidesCallback);
  }
}

export const which = onPath;
