import { spawnSync } from 'child_process';
import * as http from 'http';
import { imageRow, IMAGES, parseImage, RunnableImage } from './images';
import { PodPlan, selects } from './manifests';
import { PodFailure, PodNode, RunningPod } from './runner';

// One rendered environment brought up on the node: the StatefulSets' pods until Ready, then
// every Job and CronJob (run as a Job) against them, with a table of what ran.

export interface Outcome {
  readonly pod: string;
  readonly container: string;
  readonly image: string;
  readonly result: string;
  readonly ok: boolean;
}

const versions = new Map<string, string>();
export function programVersion(row: RunnableImage): string {
  if (!versions.has(row.repository)) {
    const r = spawnSync(row.versionCommand[0], row.versionCommand.slice(1), { encoding: 'utf8' });
    versions.set(row.repository, (r.stdout || r.stderr || `exit ${r.status}`).trim().split('\n')[0]);
  }
  return versions.get(row.repository)!;
}

function outcomes(pod: RunningPod, error?: string): Outcome[] {
  return pod.statuses.map((s) => {
    const ok = s.state === 'not run' || s.ready || (s.state === 'exited' && s.exitCode === 0) || s.detail === 'exit 0' || s.detail === 'sidecar started';
    const result = s.state === 'not run' ? s.detail : s.ready ? 'Ready' : s.detail === 'sidecar started' ? 'sidecar, started' : s.state === 'exited' ? `exited ${s.exitCode}` : s.detail || s.state;
    return { pod: pod.name, container: s.name, image: s.image, result: !ok && error ? `FAILED: ${result}` : result, ok };
  });
}

export class Stack {
  readonly outcomes: Outcome[] = [];
  readonly failures: string[] = [];
  constructor(
    readonly node: PodNode,
    readonly label: string,
  ) {}

  servers(): PodPlan[] {
    return this.node.plans.filter((p) => p.owner.kind === 'StatefulSet');
  }

  jobs(): PodPlan[] {
    return this.node.plans.filter((p) => p.owner.kind !== 'StatefulSet');
  }

  private record(pod: RunningPod, error?: string): void {
    const i = this.outcomes.findIndex((o) => o.pod === pod.name);
    if (i >= 0) this.outcomes.splice(i, this.outcomes.filter((o) => o.pod === pod.name).length);
    this.outcomes.push(...outcomes(pod, error));
    if (error) this.failures.push(error);
  }

  /** Starts the pods (in parallel) and waits until each is Ready. */
  async startServers(plans = this.servers()): Promise<void> {
    await Promise.all(
      plans.map(async (plan) => {
        let pod: RunningPod | undefined;
        try {
          pod = await this.node.start(plan.name);
          await this.node.waitReady(pod);
          this.record(pod);
        } catch (e) {
          if (pod) this.record(pod, (e as Error).message);
          else this.failures.push((e as Error).message);
        }
      }),
    );
  }

  /** Required pod affinity must find a running pod; anti-affinity means stopping its targets first (one node). */
  private antiAffinityTargets(plan: PodPlan): PodPlan[] {
    const terms = plan.spec.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
    return this.servers().filter((s) => terms.some((t: any) => selects(t.labelSelector?.matchLabels, s.labels)) && this.node.pod(s.name) && !this.node.pod(s.name)!.isStopped());
  }

  /** Runs a Job pod to completion: init containers, then the runnable containers. */
  async runJob(plan: PodPlan): Promise<RunningPod | undefined> {
    const blockers = this.antiAffinityTargets(plan);
    for (const b of blockers) await this.node.pod(b.name)!.stop();
    let pod: RunningPod | undefined;
    try {
      pod = await this.node.start(plan.name);
      await this.node.waitCompleted(pod);
      this.record(pod);
    } catch (e) {
      if (pod) this.record(pod, (e as Error).message);
      else this.failures.push((e as Error).message);
    } finally {
      await pod?.stop();
      if (blockers.length) await this.startServers(blockers);
    }
    return pod;
  }

  async runJobs(plans = this.jobs()): Promise<void> {
    for (const plan of plans) await this.runJob(plan);
  }

  /**
   * Each running postgres-exporter must reach its server: pg_up 1 on its /metrics (the
   * kubelet's probes only see the exporter's HTTP server, which answers either way).
   */
  async checkExporters(timeoutMs = 10_000): Promise<void> {
    for (const plan of this.servers()) {
      const pod = this.node.pod(plan.name);
      if (!pod || pod.isStopped()) continue;
      for (const c of pod.containers) {
        if (imageRow(c.spec.image).repository !== 'quay.io/prometheuscommunity/postgres-exporter') continue;
        const port = (c.spec.ports ?? [])[0]?.containerPort ?? 9187;
        const deadline = Date.now() + timeoutMs;
        let last = '';
        for (;;) {
          last = await metricsOverSocket(pod.portSocket(port)).then((t) => /^pg_up (\S+)$/m.exec(t)?.[1] ?? 'absent', (e) => `unreachable (${(e as Error).message})`);
          if (last === '1' || Date.now() > deadline) break;
          await new Promise((r) => setTimeout(r, 250));
        }
        if (last !== '1') this.failures.push(`pod ${pod.name}, container ${c.spec.name}: pg_up is ${last} on its /metrics: the exporter cannot log in to PostgreSQL\n      log: ${c.log(4)}`);
      }
    }
  }

  /** Throws one error naming every failed pod and its cause. */
  assertOk(): void {
    if (this.failures.length) throw new PodFailure(`${this.label}: ${this.failures.length} pod(s) failed:\n  ${this.failures.join('\n  ')}\n\n${this.table()}`);
  }

  table(): string {
    const rows = this.outcomes.map((o) => {
      const row = imageRow(o.image);
      const program = row.kind === 'run' ? `${programVersion(row)}${row.divergence ? ' *' : ''}` : '-';
      return [o.pod, o.container, o.image, program, o.result.split('\n')[0].slice(0, 110)];
    });
    const head = ['pod', 'container', 'image', 'program here', 'result'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
    const used = new Set(this.outcomes.map((o) => parseImage(o.image).repository.replace(/^docker\.io\/(library\/)?/, '')));
    const notes = IMAGES.filter((r) => r.kind === 'run' && used.has(r.repository) && r.divergence).map((r) => `  * ${r.repository}: ${(r as RunnableImage).divergence}`);
    return [`pod runner, ${this.label} (time scale 1/${this.node.scale}):`, line(head), ...rows.map(line), ...notes].join('\n');
  }
}

function metricsOverSocket(socketPath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get({ socketPath, path: '/metrics', timeout: 5000 }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(body));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
  });
}
