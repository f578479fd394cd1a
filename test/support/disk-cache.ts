import * as fs from 'fs';
import * as path from 'path';

// A file under node_modules/.cache computed once for all jest workers. On a cold run the two
// workers start test files that need the same parsed CRDs (6.7 MB of YAML, 1.8 s to parse) or
// compiled validators at the same moment; without a lock both would compute them. The first
// takes `<file>.lock` (its pid inside) and computes; the others wait for the file, at most a
// minute, and compute it themselves if the holder died or time ran out.

const WAIT_MS = 60_000;
const POLL_MS = 25;

function readOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Writes a file whole or not at all (a reader in another process sees the old state or the new). */
function writeAtomically(file: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.${process.pid}`, text);
    fs.renameSync(`${file}.${process.pid}`, file);
  } catch {
    // a read-only checkout: computed every time
  }
}

/** Waits while another live process holds `lock`; true when `file` appeared meanwhile. */
function waitForHolder(file: string, lock: string): boolean {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (fs.existsSync(file)) return true;
    const holder = Number(readOrUndefined(lock));
    if (!holder || !alive(holder)) {
      fs.rmSync(lock, { force: true }); // its holder is gone: a killed run
      return fs.existsSync(file);
    }
    sleep(POLL_MS);
  }
  return fs.existsSync(file);
}

/** The text of `file`; when it does not exist yet, `compute()`d (by one process at a time) and stored there. */
export function computeOnce(file: string, compute: () => string): string {
  const cached = readOrUndefined(file);
  if (cached !== undefined) return cached;
  const lock = `${file}.lock`;
  let owner = false;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
    owner = true;
  } catch {
    if (waitForHolder(file, lock)) {
      const done = readOrUndefined(file);
      if (done !== undefined) return done;
    }
  }
  try {
    const text = compute();
    writeAtomically(file, text);
    return text;
  } finally {
    if (owner) fs.rmSync(lock, { force: true });
  }
}
