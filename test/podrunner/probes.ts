import { spawn } from 'child_process';

// The kubelet's three probe handlers, run for real: exec inside the container (its mount,
// network and UTS namespaces, root, user and environment), httpGet and tcpSocket from
// outside the container to the pod's address, inside the pod's network namespace.

export interface ProbeResult {
  readonly ok: boolean;
  readonly detail: string;
}

export function runBounded(argv: readonly string[], timeoutMs: number): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: -1, output: String(e), timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output: output.trim(), timedOut });
    });
  });
}

export async function execProbe(argv: readonly string[], timeoutMs: number): Promise<ProbeResult> {
  const r = await runBounded(argv, timeoutMs);
  if (r.timedOut) return { ok: false, detail: `exec probe timed out after ${timeoutMs} ms` };
  return { ok: r.code === 0, detail: `exit ${r.code}${r.output ? `: ${r.output.split('\n').slice(-3).join(' | ')}` : ''}` };
}

/** GET http://<pod ip>:<port><path>, from the pod's network namespace; 200-399 is success. */
export async function httpProbe(netPid: number, host: string, port: number, urlPath: string, headers: { name: string; value: string }[], timeoutMs: number): Promise<ProbeResult> {
  const argv = ['nsenter', `--net=/proc/${netPid}/ns/net`, '--', 'curl', '-sS', '-o', '/dev/null', '-w', '%{http_code}', '--max-time', String(timeoutMs / 1000), '-H', 'User-Agent: kube-probe/1.30'];
  for (const h of headers) argv.push('-H', `${h.name}: ${h.value}`);
  argv.push(`http://${host}:${port}${urlPath}`);
  const r = await runBounded(argv, timeoutMs + 1000);
  const status = Number(/(\d{3})$/.exec(r.output)?.[1] ?? 0);
  const ok = r.code === 0 && status >= 200 && status < 400;
  return { ok, detail: status ? `HTTP ${status} for GET ${urlPath} on port ${port}` : `GET ${urlPath} on port ${port}: ${r.output.replace(/\d{3}$/, '') || 'no response'}` };
}

/** A TCP connect to <pod ip>:<port> from the pod's network namespace. */
export async function tcpProbe(netPid: number, host: string, port: number, timeoutMs: number): Promise<ProbeResult> {
  const r = await runBounded(['nsenter', `--net=/proc/${netPid}/ns/net`, '--', 'bash', '-c', `exec 3<>/dev/tcp/${host}/${port}`], timeoutMs);
  return { ok: r.code === 0, detail: r.code === 0 ? `TCP connect to port ${port} succeeded` : `TCP connect to port ${port} failed${r.output ? `: ${r.output}` : ''}` };
}
