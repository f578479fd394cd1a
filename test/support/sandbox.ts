import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from './synth';

// A copy of what synth reads (config/, scripts/, docs/, package.json) and of the committed
// dist/, in a temporary folder: tests change config there and run the real synth on it.
// The code itself is not copied: tools/synth.js bundles the repository's main.ts.

export interface Sandbox {
  /** The copied inputs (LLM_STACK_ROOT). */
  readonly root: string;
  /** The copied dist/ (CDK8S_OUTDIR). */
  readonly dist: string;
  /** Runs tools/synth.js on the copy. */
  synth(args?: string[], env?: Record<string, string>): { status: number | null; stdout: string; stderr: string };
  remove(): void;
}

export function makeSandbox(prefix = 'llm-stack-sandbox-'): Sandbox {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const root = path.join(dir, 'repo');
  for (const entry of ['config', 'scripts', 'docs', 'package.json']) {
    fs.cpSync(path.join(REPO_ROOT, entry), path.join(root, entry), { recursive: true, filter: (f) => !f.endsWith('.ts') });
  }
  const dist = path.join(dir, 'dist');
  fs.cpSync(path.join(REPO_ROOT, 'dist'), dist, { recursive: true });
  return {
    root,
    dist,
    synth(args = [], env = {}) {
      const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'tools', 'synth.js'), ...args], {
        cwd: dir,
        env: { ...process.env, LLM_STACK_ROOT: root, CDK8S_OUTDIR: dist, LLM_STACK_DEBUG: '', ...env },
        encoding: 'utf8',
        timeout: 60_000,
      });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Every file below `dir` with its bytes, to compare a folder before and after. */
export function snapshotFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name), `${rel}${e.name}/`);
      else out[`${rel}${e.name}`] = fs.readFileSync(path.join(d, e.name), 'latin1');
    }
  };
  walk(dir, '');
  return out;
}
