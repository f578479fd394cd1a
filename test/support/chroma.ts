import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { tempDir } from './jobs';
import { find, K8sObject, REPO_ROOT } from './synth';

// A real Chroma server for the tests: npm chromadb's `chroma run CONFIG.yaml` (Chroma
// core 1.0.0 from chromadb-js-bindings-linux-x64-gnu 1.0.5) started with a config file
// the charts rendered, on loopback, in its own process group so that a test can always
// end it. The image runs Chroma 1.5.9; the config keys used are read by both versions
// (rust/frontend/src/config.rs).

export const CHROMA_BIN = path.join(REPO_ROOT, 'node_modules', '.bin', 'chroma');
export const WRITER = path.join(REPO_ROOT, 'test', 'support', 'chroma-writer.py');
export const CHECKER = path.join(REPO_ROOT, 'test', 'support', 'chroma-check.py');

/** True when `chroma` from npm chromadb runs here (its native bindings load). */
export function chromaAvailable(): boolean {
  try {
    return fs.existsSync(CHROMA_BIN) && !!execFileSync('python3', ['--version'], { encoding: 'utf8' });
  } catch {
    return false;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A rendered Chroma config file (a ConfigMap key) with only the host's paths and port
 * put in: every other key stays as rendered.
 */
export function localConfig(objects: K8sObject[], configMap: string, key: string, dataDir: string, port: number): string {
  const rendered = parse(find(objects, 'ConfigMap', configMap).data[key]);
  return stringify({ ...rendered, persist_path: dataDir, listen_address: '127.0.0.1', port });
}

export interface ChromaServer {
  readonly url: string;
  readonly dataDir: string;
  readonly log: () => string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Starts `chroma run` on a config text and waits until /api/v2/healthcheck answers 200. */
export async function startChroma(configText: string, dataDir: string, port: number, timeoutMs = 60_000): Promise<ChromaServer> {
  const dir = tempDir('chroma-config');
  const file = path.join(dir, 'config.yaml');
  fs.writeFileSync(file, configText);
  let log = '';
  const child = spawn(CHROMA_BIN, ['run', file], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  running.add(child);
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    running.delete(child);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`chroma run exited with ${child.exitCode}: ${log.slice(-2000)}`);
    try {
      const r = await fetch(`${url}/api/v2/healthcheck`);
      if (r.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`chroma run did not get ready within ${timeoutMs} ms: ${log.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, dataDir, log: () => log, stop };
}

/** Ends every server still running (afterAll, also after a failure). */
export async function stopAllChroma(): Promise<void> {
  for (const child of [...running]) {
    running.delete(child);
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

export interface Writer {
  readonly log: string;
  /** Resolves once the initial records are in. */
  ready(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Starts chroma-writer.py against `url` (see its header for the arguments). */
export function startWriter(url: string, opts: { collections: number; dim: number; seed: number; initial: number; syncThreshold: number }): Writer {
  const dir = tempDir('chroma-writer');
  const log = path.join(dir, 'writes.jsonl');
  let err = '';
  const child = spawn('python3', [WRITER, url, log, String(opts.collections), String(opts.dim), String(opts.seed), String(opts.initial)], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, WRITER_SYNC_THRESHOLD: String(opts.syncThreshold) },
  });
  running.add(child);
  child.stderr!.on('data', (d) => (err += d));
  return {
    log,
    async ready(timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      while (!(fs.existsSync(log) && fs.readFileSync(log, 'utf8').includes('"ready": true'))) {
        if (child.exitCode !== null) throw new Error(`the writer exited with ${child.exitCode}: ${err}`);
        if (Date.now() > deadline) throw new Error(`the writer was not ready within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      running.delete(child);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        process.kill(-child.pid!, 'SIGTERM');
        await exited;
      }
      if (child.exitCode !== 0 && child.exitCode !== null) throw new Error(`the writer failed (${child.exitCode}): ${err}`);
    },
  };
}

export interface CheckResult {
  unreadable: string[];
  lost: number;
  stale: number;
  wrong: number;
  phantom: number;
  ghosts: number;
  records: number;
  examples: string[];
}

/** chroma-check.py: the server against the writes acknowledged before `start` (seconds). */
export function checkAgainstWrites(url: string, writer: Writer, seed: number, dim: number, start: number, end: number, sample = 100): CheckResult {
  const out = execFileSync('python3', [CHECKER, url, writer.log, String(seed), String(dim), String(start), String(end), String(sample)], { encoding: 'utf8', timeout: 300_000 });
  return JSON.parse(out);
}

/** A problem-free check, for a readable message when a test expects one. */
export const CLEAN = { unreadable: [], lost: 0, stale: 0, wrong: 0, phantom: 0, ghosts: 0 };
export function problemsOf(r: CheckResult): Record<string, unknown> {
  return { unreadable: r.unreadable, lost: r.lost, stale: r.stale, wrong: r.wrong, phantom: r.phantom, ghosts: r.ghosts };
}
