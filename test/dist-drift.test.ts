import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from './support/synth';

// The committed dist/ must be exactly what synth makes from the committed code and config.
// This runs the real entry point (npm run synth's command) into a temporary directory.

function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

test('dist/ is current: re-run `npm run synth` and commit dist/ when this fails', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-stack-dist-'));
  try {
    execFileSync(process.execPath, ['tools/synth.js'], {
      cwd: REPO_ROOT,
      env: { ...process.env, CDK8S_OUTDIR: out, LLM_STACK_DOCS_CHECK_ONLY: '1' },
      stdio: 'pipe',
    });
    const committed = path.join(REPO_ROOT, 'dist');
    expect(listFiles(out)).toEqual(listFiles(committed));
    const stale = listFiles(out).filter((f) => fs.readFileSync(path.join(out, f), 'utf8') !== fs.readFileSync(path.join(committed, f), 'utf8'));
    expect(stale).toEqual([]);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
