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
 * What runs when `tool` is missing: in CI a failing test that says what to install (`fail`),
 * on a laptop a loud skip (`skip`, with the reason in its title).
 */
function withoutTool(tool: string, name: string, fail: (title: string, body: () => never) => void, skip: (title: string) => void): void {
  const why = `${tool} is not installed (run tools/install-test-deps.sh)`;
  if (IN_CI) {
    fail(`requires ${tool}`, () => {
      throw new Error(`${why}; CI=true, so this is a failure, not a skip`);
    });
  } else {
    process.stderr.write(`\n*** SKIPPED "${name}": ${why} ***\n\n`);
    skip(`${name} [SKIPPED: ${why}]`);
  }
}

/**
 * `describe` when the tool is there; otherwise a loud skip, or in CI a failing test
 * that says what to install.
 */
export function describeWithTool(tool: string, found: string | undefined | boolean, name: string, body: () => void): void {
  if (found) describe(name, body);
  else withoutTool(tool, name, (title, fail) => describe(name, () => test(title, fail)), (title) => describe.skip(title, body));
}

/** `test` when the tool is there; otherwise, as describeWithTool, a loud skip or in CI a failure. */
export function testWithTool(tool: string, found: string | undefined | boolean, name: string, fn: () => unknown, timeout?: number): void {
  if (found) test(name, fn as jest.ProvidesCallback, timeout);
  else withoutTool(tool, name, (title, fail) => test(`${name} (${title})`, fail), (title) => test.skip(title, fn as jest.ProvidesCallback));
}

export const which = onPath;
