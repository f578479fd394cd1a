import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { imageRow, RunnableImage } from './images';
import { containerArgv, containerEnv, ContainerConfigError, runAs } from './kubelet';
import { K8sObject, planPods, PodPlan, selects, testSecrets } from './manifests';
import { execProbe, httpProbe, ProbeResult, tcpProbe } from './probes';
import { execInContainer, launchScript, LaunchSpec, Mount, q } from './sandbox';
import { materialiseVolumes, Volume } from './volumes';

// The pod runner: starts the pods of one rendered environment on this machine the way the
// kubelet would (see README.md for what it models and what it does not).

export interface RunnerOptions {
  /** Probe periods, initial delays, `for:` and scrape intervals are divided by this. */
  readonly timeScale?: number;
  /** Upper bound for any wait, in ms (a Job's activeDeadlineSeconds is scaled, then capped by this). */
  readonly maxWaitMs?: number;
  readonly log?: (line: string) => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LIVE = new Set<number>();
process.on('exit', () => {
  for (const pgid of LIVE) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
});

/** Registers a process group to be killed if the test process exits without ending it. */
export function trackGroup(pid: number | undefined, live = true): void {
  if (!pid) return;
  if (live) LIVE.add(pid);
  else LIVE.delete(pid);
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    /* gone */
  }
}

export class PodFailure extends Error {}

export interface ContainerStatus {
  readonly name: string;
  readonly image: string;
  readonly init: boolean;
  state: 'waiting' | 'running' | 'exited' | 'not run' | 'failed';
  ready: boolean;
  exitCode?: number | null;
  detail: string;
}

interface Service {
  readonly name: string;
  readonly namespace: string;
  readonly ip: string;
  readonly headless: boolean;
  readonly publishNotReady: boolean;
  readonly selector: Record<string, string>;
  readonly ports: { name?: string; port: number; targetPort: number | string }[];
}

class Container {
  proc?: ChildProcess;
  exited?: { code: number | null; signal: NodeJS.Signals | null };
  startupDone = false;
  readonly status: ContainerStatus;
  constructor(
    readonly spec: any,
    readonly image: RunnableImage,
    readonly launch: LaunchSpec,
    readonly logFile: string,
    init: boolean,
  ) {
    this.status = { name: spec.name, image: spec.image, init, state: 'waiting', ready: false, detail: '' };
  }
  log(lines = 8): string {
    try {
      return fs.readFileSync(this.logFile, 'utf8').trim().split('\n').slice(-lines).join('\n      ');
    } catch {
      return '';
    }
  }
  pid(): number | undefined {
    return fs.existsSync(this.launch.startedFile) ? this.proc?.pid : undefined;
  }
}

export class RunningPod {
  readonly containers: Container[] = [];
  readonly statuses: ContainerStatus[] = [];
  netd?: ChildProcess;
  private stopped = false;
  failure?: string;
  private readonly probeLoops: Promise<void>[] = [];
  constructor(
    readonly node: PodNode,
    readonly plan: PodPlan,
    readonly dir: string,
  ) {}

  get name(): string {
    return this.plan.name;
  }

  ready(): boolean {
    const main = this.statuses.filter((s) => !s.init && s.state !== 'not run');
    return main.length > 0 && main.every((s) => s.ready);
  }

  portSocket(port: number): string {
    return path.join(this.dir, 'ports', `${port}.sock`);
  }

  /** Runs a probe (the manifest's, or one a test gives) against a container of this pod. */
  async probe(containerName: string, probe: any): Promise<ProbeResult> {
    const c = this.containers.find((x) => x.spec.name === containerName);
    if (!c) throw new Error(`pod ${this.name} has no running container ${containerName}`);
    return this.node.runProbe(this, c, probe);
  }

  /** Stops one container (its image's stop signal, then SIGKILL after 10 s); the pod's other containers go on. */
  async stopContainer(name: string): Promise<void> {
    const c = this.containers.find((x) => x.spec.name === name);
    if (!c?.proc || c.exited) return;
    killGroup(c.proc.pid, c.image.stopSignal);
    const deadline = Date.now() + 10_000;
    while (!c.exited && Date.now() < deadline) await sleep(50);
    if (!c.exited) killGroup(c.proc.pid, 'SIGKILL');
    while (!c.exited) await sleep(20);
  }

  fail(message: string): void {
    this.failure ??= message;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.node.unpublish(this);
    const grace = Math.min((this.plan.spec.terminationGracePeriodSeconds ?? 30) * 1000, 10_000);
    for (const c of this.containers) if (c.proc && !c.exited) killGroup(c.proc.pid, c.image.stopSignal);
    const deadline = Date.now() + grace;
    while (this.containers.some((c) => c.proc && !c.exited) && Date.now() < deadline) await sleep(50);
    for (const c of this.containers) if (c.proc && !c.exited) killGroup(c.proc.pid, 'SIGKILL');
    while (this.containers.some((c) => c.proc && !c.exited)) await sleep(20);
    const netd = this.netd;
    if (netd && netd.exitCode === null && netd.signalCode === null) {
      const gone = new Promise((r) => netd.once('exit', r));
      killGroup(netd.pid, 'SIGKILL');
      await gone;
    }
    for (const c of this.containers) if (c.proc?.pid) LIVE.delete(c.proc.pid);
    if (this.netd?.pid) LIVE.delete(this.netd.pid);
    await Promise.all(this.probeLoops);
  }

  addProbeLoop(p: Promise<void>): void {
    this.probeLoops.push(p);
  }

  isStopped(): boolean {
    return this.stopped;
  }

  describe(): string {
    return this.statuses.map((s) => `${s.init ? 'init ' : ''}container ${s.name} (${s.image}): ${s.state}${s.ready ? ', ready' : ''}${s.detail ? ` - ${s.detail}` : ''}`).join('\n    ');
  }
}

/** One node: the kubelet for the pods of one rendered environment. */
export class PodNode {
  readonly runDir: string;
  readonly shmDir: string;
  readonly plans: PodPlan[];
  readonly secrets: Map<string, Record<string, string>>;
  readonly services: Service[];
  readonly scale: number;
  readonly maxWaitMs: number;
  private readonly pods = new Map<string, RunningPod>();
  private readonly log: (line: string) => void;

  constructor(readonly objects: readonly K8sObject[], options: RunnerOptions = {}) {
    this.scale = options.timeScale ?? 10;
    this.maxWaitMs = options.maxWaitMs ?? 60_000;
    this.log = options.log ?? (() => undefined);
    // The node's disk is a tmpfs where there is one (/dev/shm): PVCs, emptyDirs and sockets
    // live there, so fsync costs nothing (initdb syncs its files) and nothing is left on disk.
    this.runDir = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'podrunner-'));
    this.shmDir = path.join(this.runDir, 'memory');
    fs.mkdirSync(this.shmDir);
    this.plans = planPods(objects);
    this.secrets = testSecrets(objects);
    this.services = objects
      .filter((o) => o.kind === 'Service')
      .map((o, i) => ({
        name: o.metadata.name,
        namespace: o.metadata.namespace ?? 'default',
        ip: `127.20.0.${i + 1}`,
        headless: o.spec.clusterIP === 'None',
        publishNotReady: Boolean(o.spec.publishNotReadyAddresses),
        selector: o.spec.selector ?? {},
        ports: (o.spec.ports ?? []).map((p: any) => ({ name: p.name, port: p.port, targetPort: p.targetPort ?? p.port })),
      }));
  }

  plan(name: string): PodPlan {
    const p = this.plans.find((x) => x.name === name || x.owner.name === name);
    if (!p) throw new Error(`no pod ${name} in the rendered manifests (pods: ${this.plans.map((x) => x.name).join(', ')})`);
    return p;
  }

  pod(name: string): RunningPod | undefined {
    return this.pods.get(name);
  }

  scaled(seconds: number): number {
    return Math.max(50, (seconds * 1000) / this.scale);
  }

  private containerPorts(plan: PodPlan): { name?: string; containerPort: number }[] {
    return [...(plan.spec.initContainers ?? []), ...plan.spec.containers].flatMap((c: any) => c.ports ?? []);
  }

  private hostsFile(plan: PodPlan): string {
    const ns = plan.namespace;
    const lines = ['# Kubernetes-managed hosts file (pod runner).', '127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback'];
    lines.push(plan.subdomain ? `${plan.ip}\t${plan.hostname}.${plan.subdomain}.${ns}.svc.cluster.local\t${plan.hostname}` : `${plan.ip}\t${plan.hostname}`);
    lines.push('# The cluster DNS, as hosts entries: Service names resolve to their ClusterIP, headless ones to their pods.');
    const names = (n: string, svcNs: string) => [n, `${n}.${svcNs}`, `${n}.${svcNs}.svc`, `${n}.${svcNs}.svc.cluster.local`].join(' ');
    for (const s of this.services) {
      if (!s.headless) lines.push(`${s.ip}\t${names(s.name, s.namespace)}`);
      else for (const p of this.plans.filter((x) => selects(s.selector, x.labels))) lines.push(`${p.ip}\t${names(s.name, s.namespace)}`);
    }
    for (const p of this.plans) if (p.subdomain && p !== plan) lines.push(`${p.ip}\t${names(`${p.hostname}.${p.subdomain}`, p.namespace)}`);
    return `${lines.join('\n')}\n`;
  }

  private serviceSocket(s: Service, port: number): string {
    return path.join(this.runDir, 'svc', s.name, `${port}.sock`);
  }

  /**
   * The pod sandbox's network: inbound, a Unix socket per declared container port (what the
   * kubelet, Prometheus and other pods connect to); outbound, every Service port and every
   * other pod's port, NATed (nftables, as kube-proxy does) to a netd listener on
   * 127.0.0.1:61000+ that forwards to the serving pod. The real port numbers stay free for
   * the pod's own `*` binds.
   */
  private netConfig(plan: PodPlan, dir: string): { config: any; nft: string } {
    const inbound = this.containerPorts(plan).map((p) => ({ socket: path.join(dir, 'ports', `${p.containerPort}.sock`), host: plan.ip, port: p.containerPort }));
    const targets: { ip: string; port: number; socket: string }[] = [];
    for (const s of this.services) {
      if (s.headless) continue;
      for (const p of s.ports) targets.push({ ip: s.ip, port: p.port, socket: this.serviceSocket(s, p.port) });
    }
    for (const other of this.plans) {
      if (other === plan) continue;
      for (const p of this.containerPorts(other)) targets.push({ ip: other.ip, port: p.containerPort, socket: path.join(this.runDir, 'pods', other.name, 'ports', `${p.containerPort}.sock`) });
    }
    const outbound = targets.map((t, i) => ({ host: '127.0.0.1', port: 61000 + i, socket: t.socket }));
    const rules = targets.map((t, i) => `    ip daddr ${t.ip} tcp dport ${t.port} dnat to 127.0.0.1:${61000 + i}`);
    const nft = ['table ip podrunner {', '  chain output {', '    type nat hook output priority -100; policy accept;', ...rules, '  }', '}', ''].join('\n');
    return { config: { inbound, outbound, readyFile: path.join(dir, 'netd.ready') }, nft };
  }

  /** Service endpoints: the pod's ports behind each Service that selects it. */
  publish(pod: RunningPod, readyOnly: boolean): void {
    for (const s of this.services) {
      if (s.headless || !selects(s.selector, pod.plan.labels) || (readyOnly && !s.publishNotReady && !pod.ready())) continue;
      for (const p of s.ports) {
        const target = typeof p.targetPort === 'number' ? p.targetPort : this.containerPorts(pod.plan).find((c) => c.name === p.targetPort)?.containerPort;
        if (target === undefined) continue;
        const link = this.serviceSocket(s, p.port);
        fs.mkdirSync(path.dirname(link), { recursive: true });
        fs.rmSync(link, { force: true });
        fs.symlinkSync(pod.portSocket(target), link);
      }
    }
  }

  unpublish(pod: RunningPod): void {
    for (const s of this.services) {
      if (!selects(s.selector, pod.plan.labels)) continue;
      for (const p of s.ports) {
        const link = this.serviceSocket(s, p.port);
        try {
          if (fs.readlinkSync(link).startsWith(pod.dir)) fs.rmSync(link);
        } catch {
          /* none */
        }
      }
    }
  }

  private async startNetwork(pod: RunningPod): Promise<void> {
    const dir = pod.dir;
    fs.mkdirSync(path.join(dir, 'ports'), { recursive: true });
    const cfg = path.join(dir, 'netd.json');
    const nft = path.join(dir, 'services.nft');
    const net = this.netConfig(pod.plan, dir);
    fs.writeFileSync(cfg, JSON.stringify(net.config));
    fs.writeFileSync(nft, net.nft);
    const log = fs.openSync(path.join(dir, 'netd.log'), 'a');
    const netd = spawn(
      'unshare',
      ['--net', '--uts', '--', 'bash', '-c', `ip link set lo up && nft -f ${q(nft)} && hostname ${q(pod.plan.hostname)} && exec ${q(process.execPath)} ${q(path.join(__dirname, 'netd.js'))} ${q(cfg)}`],
      { detached: true, stdio: ['ignore', log, log] },
    );
    fs.closeSync(log);
    pod.netd = netd;
    if (netd.pid) LIVE.add(netd.pid);
    const deadline = Date.now() + 10_000;
    while (!fs.existsSync(path.join(dir, 'netd.ready'))) {
      if (netd.exitCode !== null || Date.now() > deadline) throw new PodFailure(`pod ${pod.name}: the pod sandbox (network namespace) did not start: ${fs.readFileSync(path.join(dir, 'netd.log'), 'utf8')}`);
      await sleep(20);
    }
  }

  private buildContainer(pod: RunningPod, spec: any, volumes: Map<string, Volume>, init: boolean): Container | ContainerStatus {
    const row = imageRow(spec.image);
    if (row.kind === 'not-run') return { name: spec.name, image: spec.image, init, state: 'not run', ready: false, detail: `not run: ${row.reason}` };
    const plan = pod.plan;
    const cdir = path.join(pod.dir, 'containers', spec.name);
    fs.mkdirSync(cdir, { recursive: true });
    const user = runAs(plan, spec, row);
    const env = containerEnv(plan, spec, row, user, { objects: this.objects, secrets: this.secrets });
    const argv = containerArgv(plan, spec, row, env);
    const etc = path.join(cdir, 'etc');
    fs.mkdirSync(etc, { recursive: true });
    fs.writeFileSync(path.join(etc, 'hosts'), this.hostsFile(plan));
    fs.writeFileSync(path.join(etc, 'hostname'), `${plan.hostname}\n`);
    fs.writeFileSync(path.join(etc, 'resolv.conf'), `search ${plan.namespace}.svc.cluster.local svc.cluster.local cluster.local\noptions ndots:5\n`);
    const mounts: Mount[] = [
      { target: '/etc/passwd', source: row.passwd, readOnly: true },
      { target: '/etc/group', source: row.group, readOnly: true },
      { target: '/etc/hosts', source: path.join(etc, 'hosts'), readOnly: false },
      { target: '/etc/hostname', source: path.join(etc, 'hostname'), readOnly: false },
      { target: '/etc/resolv.conf', source: path.join(etc, 'resolv.conf'), readOnly: false },
    ];
    row.files.forEach((f, i) => {
      let source = f.source;
      if (!source) {
        source = path.join(cdir, `image-file-${i}`);
        fs.writeFileSync(source, f.content ?? '');
      }
      mounts.push({ target: f.path, source, readOnly: true });
    });
    for (const m of spec.volumeMounts ?? []) {
      const vol = volumes.get(m.name);
      if (!vol) throw new ContainerConfigError(`pod ${plan.name}, container ${spec.name}: volumeMount ${m.name} names no volume of the pod`);
      const source = m.subPath ? path.join(vol.dir, m.subPath) : vol.dir;
      if (m.subPath && !fs.existsSync(source)) fs.mkdirSync(source, { recursive: true });
      mounts.push({ target: m.mountPath, source: fs.realpathSync(source), readOnly: Boolean(m.readOnly) || vol.alwaysReadOnly });
    }
    const sc = spec.securityContext ?? {};
    const launch: LaunchSpec = {
      runDir: cdir,
      mounts,
      readOnlyRoot: Boolean(sc.readOnlyRootFilesystem),
      user,
      noNewPrivs: sc.allowPrivilegeEscalation === false,
      dropAllCaps: (sc.capabilities?.drop ?? []).includes('ALL'),
      workingDir: spec.workingDir ?? '/',
      env,
      argv,
      startedFile: path.join(cdir, 'started'),
      extraHostPaths: row.hostPaths,
    };
    return new Container(spec, row, launch, path.join(cdir, 'log'), init);
  }

  private spawnContainer(pod: RunningPod, c: Container): void {
    const script = path.join(path.dirname(c.logFile), 'setup.sh');
    fs.writeFileSync(script, launchScript(c.launch));
    const log = fs.openSync(c.logFile, 'a');
    const netPid = pod.netd!.pid!;
    c.proc = spawn('/usr/bin/nsenter', [`--net=/proc/${netPid}/ns/net`, `--uts=/proc/${netPid}/ns/uts`, '--', '/usr/bin/unshare', '--mount', '--propagation', 'private', '--', '/bin/bash', script], {
      detached: true,
      stdio: ['ignore', log, log],
      env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' },
    });
    fs.closeSync(log);
    if (c.proc.pid) LIVE.add(c.proc.pid);
    c.status.state = 'running';
    c.proc.on('exit', (code, signal) => {
      c.exited = { code, signal };
      c.status.state = 'exited';
      c.status.exitCode = code;
      c.status.ready = false;
      if (c.proc?.pid) LIVE.delete(c.proc.pid);
    });
  }

  async runProbe(pod: RunningPod, c: Container, probe: any): Promise<ProbeResult> {
    const timeoutMs = (probe.timeoutSeconds ?? 1) * 1000;
    const port = (p: number | string): number => {
      if (typeof p === 'number' || /^\d+$/.test(String(p))) return Number(p);
      const found = (c.spec.ports ?? []).find((x: any) => x.name === p);
      if (!found) throw new PodFailure(`pod ${pod.name}, container ${c.spec.name}: probe names port "${p}", which the container does not declare`);
      return found.containerPort;
    };
    if (probe.exec) {
      const pid = c.pid();
      if (!pid || c.exited) return { ok: false, detail: 'container is not running' };
      return execProbe(execInContainer(pid, c.launch, probe.exec.command), timeoutMs);
    }
    if (probe.httpGet) {
      if ((probe.httpGet.scheme ?? 'HTTP') !== 'HTTP') throw new PodFailure(`pod ${pod.name}: httpGet scheme ${probe.httpGet.scheme} is not modelled`);
      return httpProbe(pod.netd!.pid!, probe.httpGet.host ?? pod.plan.ip, port(probe.httpGet.port), probe.httpGet.path ?? '/', probe.httpGet.httpHeaders ?? [], timeoutMs);
    }
    if (probe.tcpSocket) return tcpProbe(pod.netd!.pid!, probe.tcpSocket.host ?? pod.plan.ip, port(probe.tcpSocket.port), timeoutMs);
    throw new PodFailure(`pod ${pod.name}, container ${c.spec.name}: probe handler ${Object.keys(probe).join(',')} is not modelled`);
  }

  /** The kubelet's probe worker for one probe of one container. */
  private async probeLoop(pod: RunningPod, c: Container, kind: 'startup' | 'readiness' | 'liveness', probe: any): Promise<void> {
    const period = this.scaled(probe.periodSeconds ?? 10);
    const failureThreshold = probe.failureThreshold ?? 3;
    const successThreshold = probe.successThreshold ?? 1;
    await sleep(this.scaled(probe.initialDelaySeconds ?? 0) - 50);
    let failures = 0;
    let successes = 0;
    while (!pod.isStopped() && !c.exited) {
      if (kind !== 'startup' && !c.startupDone) {
        await sleep(20);
        continue;
      }
      if (!c.pid()) {
        await sleep(20);
        continue;
      }
      // The kubelet's probe worker ticks every period, however long a probe takes.
      const next = Date.now() + period;
      let r: ProbeResult;
      try {
        r = await this.runProbe(pod, c, probe);
      } catch (e) {
        pod.fail(String((e as Error).message));
        return;
      }
      if (pod.isStopped() || c.exited) return;
      if (r.ok) {
        failures = 0;
        successes++;
        if (kind === 'startup') {
          c.startupDone = true;
          this.log(`pod ${pod.name}, container ${c.spec.name}: startup probe succeeded (${r.detail})`);
          return;
        }
        if (kind === 'readiness' && successes >= successThreshold && !c.status.ready) {
          c.status.ready = true;
          this.publish(pod, true);
          this.log(`pod ${pod.name}, container ${c.spec.name}: ready (${r.detail})`);
        }
      } else {
        successes = 0;
        failures++;
        c.status.detail = `${kind} probe failed ${failures}/${failureThreshold}: ${r.detail}`;
        if (failures >= failureThreshold) {
          if (kind === 'readiness') {
            if (c.status.ready) this.unpublish(pod);
            c.status.ready = false;
          } else {
            const budget = kind === 'startup' ? ` (startupProbe budget failureThreshold*periodSeconds = ${failureThreshold * (probe.periodSeconds ?? 10)} s, scaled 1/${this.scale})` : '';
            pod.fail(`pod ${pod.name}, container ${c.spec.name}: ${kind} probe failed ${failures} times${budget}: ${r.detail}; the kubelet would kill and restart the container\n      log: ${c.log()}`);
            return;
          }
        }
      }
      await sleep(Math.max(0, next - Date.now()));
    }
  }

  private startProbes(pod: RunningPod, c: Container): void {
    const s = c.spec;
    if (s.startupProbe) pod.addProbeLoop(this.probeLoop(pod, c, 'startup', s.startupProbe));
    else c.startupDone = true;
    if (s.readinessProbe) pod.addProbeLoop(this.probeLoop(pod, c, 'readiness', s.readinessProbe));
    if (s.livenessProbe) pod.addProbeLoop(this.probeLoop(pod, c, 'liveness', s.livenessProbe));
    if (!s.readinessProbe) {
      pod.addProbeLoop(
        (async () => {
          while (!c.startupDone && !c.exited && !pod.isStopped()) await sleep(20);
          if (!c.exited && !pod.isStopped()) {
            c.status.ready = true;
            this.publish(pod, true);
          }
        })(),
      );
    }
  }

  private jobDeadlineMs(plan: PodPlan): number {
    const d = plan.job?.activeDeadlineSeconds;
    return Math.min(d === undefined ? this.maxWaitMs : this.scaled(d), this.maxWaitMs);
  }

  /**
   * Starts a pod: sandbox, volumes, init containers one after another (each must exit 0),
   * then the containers with their probes. Resolves once the init containers are done and
   * the containers are started; `waitReady` / `waitCompleted` wait for the rest.
   */
  async start(name: string): Promise<RunningPod> {
    const plan = this.plan(name);
    if (this.pods.get(plan.name) && !this.pods.get(plan.name)!.isStopped()) throw new Error(`pod ${plan.name} is already running`);
    const dir = path.join(this.runDir, 'pods', plan.name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const pod = new RunningPod(this, plan, dir);
    this.pods.set(plan.name, pod);
    const volumes = materialiseVolumes(plan, this.objects, this.secrets, { root: this.runDir, shm: this.shmDir });
    await this.startNetwork(pod);
    this.publish(pod, true);
    const deadline = Date.now() + (plan.job ? this.jobDeadlineMs(plan) : this.maxWaitMs);
    for (const spec of plan.spec.initContainers ?? []) {
      const c = this.buildContainer(pod, spec, volumes, true);
      if (!(c instanceof Container)) {
        pod.statuses.push(c);
        pod.fail(`pod ${plan.name}: init container ${spec.name} ${c.detail}; the pod cannot proceed`);
        return pod;
      }
      pod.containers.push(c);
      pod.statuses.push(c.status);
      this.spawnContainer(pod, c);
      if (spec.restartPolicy === 'Always') {
        // A native sidecar (Kubernetes 1.29+): it keeps running; the next init container
        // starts once its startup probe has passed (or at once without one).
        this.startProbes(pod, c);
        while (!c.startupDone && !c.exited && !pod.failure && Date.now() < deadline && !pod.isStopped()) await sleep(50);
        if (c.startupDone && !c.exited) {
          c.status.detail = 'sidecar started';
          continue;
        }
        c.status.state = 'failed';
        c.status.detail = c.exited ? `exit ${c.exited.code ?? c.exited.signal}` : 'never started';
        pod.fail(pod.failure ?? `pod ${plan.name}: sidecar container ${spec.name} ${c.exited ? `exited with ${c.exited.code ?? c.exited.signal}` : 'did not pass its startup probe in time'}:\n      ${c.log()}`);
        return pod;
      }
      while (!c.exited && Date.now() < deadline && !pod.isStopped()) await sleep(50);
      if (!c.exited) {
        c.status.state = 'failed';
        c.status.detail = 'never completed';
        const why = plan.job ? `the Job's activeDeadlineSeconds ${plan.job.activeDeadlineSeconds ?? '(none)'} s, scaled 1/${this.scale} (capped at ${this.maxWaitMs / 1000} s)` : `${this.maxWaitMs / 1000} s`;
        pod.fail(`pod ${plan.name}: init container ${spec.name} never completed (never became ready) within ${why}; last output:\n      ${c.log()}`);
        return pod;
      }
      if (c.exited.code !== 0) {
        c.status.state = 'failed';
        c.status.detail = `exit ${c.exited.code ?? c.exited.signal}`;
        pod.fail(`pod ${plan.name}: init container ${spec.name} exited with ${c.exited.code ?? c.exited.signal}:\n      ${c.log()}`);
        return pod;
      }
      c.status.detail = 'exit 0';
      this.log(`pod ${plan.name}: init container ${spec.name} exited 0`);
    }
    for (const spec of plan.spec.containers) {
      const c = this.buildContainer(pod, spec, volumes, false);
      if (!(c instanceof Container)) {
        pod.statuses.push(c);
        continue;
      }
      pod.containers.push(c);
      pod.statuses.push(c.status);
      this.spawnContainer(pod, c);
      this.startProbes(pod, c);
    }
    return pod;
  }

  /** Waits until every runnable container is Ready; throws naming the pod and the cause. */
  async waitReady(pod: RunningPod): Promise<void> {
    const plan = pod.plan;
    const budgets = pod.containers
      .filter((c) => !c.status.init)
      .map((c) => {
        const s = c.spec.startupProbe;
        const r = c.spec.readinessProbe;
        const startup = s ? this.scaled((s.initialDelaySeconds ?? 0) + (s.failureThreshold ?? 3) * (s.periodSeconds ?? 10)) : 0;
        const ready = r ? this.scaled((r.initialDelaySeconds ?? 0) + (r.failureThreshold ?? 3) * (r.periodSeconds ?? 10)) : 0;
        return 1.5 * (startup + ready) + 5000;
      });
    const deadline = Date.now() + Math.min(this.maxWaitMs, Math.max(0, ...budgets));
    for (;;) {
      if (pod.failure) throw new PodFailure(pod.failure);
      const dead = pod.containers.find((c) => !c.status.init && c.exited);
      if (dead) throw new PodFailure(`pod ${plan.name}, container ${dead.spec.name} exited with ${dead.exited!.code ?? dead.exited!.signal} before becoming ready:\n      ${dead.log(12)}`);
      if (pod.ready()) return;
      if (pod.containers.filter((c) => !c.status.init).length === 0) throw new PodFailure(`pod ${plan.name}: no container can run here:\n    ${pod.describe()}`);
      if (Date.now() > deadline) {
        const waiting = pod.containers.filter((c) => !c.status.init && !c.status.ready);
        throw new PodFailure(`pod ${plan.name} did not become Ready: ${waiting.map((c) => `container ${c.spec.name}: ${c.status.detail || 'no probe succeeded'}\n      log: ${c.log()}`).join('\n    ')}`);
      }
      await sleep(50);
    }
  }

  /** Job pods: waits until every runnable container has exited; throws unless each exited 0. */
  async waitCompleted(pod: RunningPod): Promise<void> {
    const deadline = Date.now() + this.jobDeadlineMs(pod.plan);
    if (pod.failure) throw new PodFailure(pod.failure);
    while (pod.containers.some((c) => !c.status.init && !c.exited) && Date.now() < deadline) await sleep(50);
    const running = pod.containers.filter((c) => !c.status.init && !c.exited);
    if (running.length) throw new PodFailure(`pod ${pod.name}: ${running.map((c) => `container ${c.spec.name}`).join(', ')} did not finish within the Job's deadline:\n      ${running[0].log()}`);
    const bad = pod.containers.find((c) => !c.status.init && c.exited!.code !== 0);
    if (bad) throw new PodFailure(`pod ${pod.name}, container ${bad.spec.name} exited with ${bad.exited!.code ?? bad.exited!.signal}:\n      ${bad.log(12)}`);
    for (const c of pod.containers) if (!c.status.init) c.status.detail = 'exit 0';
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.pods.values()].map((p) => p.stop()));
  }

  async destroy(): Promise<void> {
    await this.stopAll();
    fs.rmSync(this.runDir, { recursive: true, force: true });
    fs.rmSync(this.shmDir, { recursive: true, force: true });
  }
}
