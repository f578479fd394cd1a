import { spawn, SpawnOptions, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { find, K8sObject } from './synth';

// Runs the containers of the synthesized backup CronJobs on this machine: the script text
// comes from the rendered ConfigMap, the command and environment from the rendered
// container, with only paths, hosts and secret values replaced by the test.

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}

/** Writes every key of ConfigMap `name` into a new directory (the pod's /scripts). */
export function writeConfigMap(objects: K8sObject[], name: string): string {
  const dir = tempDir(name);
  for (const [key, text] of Object.entries<string>(find(objects, 'ConfigMap', name).data)) fs.writeFileSync(path.join(dir, key), text);
  return dir;
}

/** A container of a CronJob's pod (init containers included). */
export function jobContainer(objects: K8sObject[], cronJob: string, container: string): any {
  const spec = find(objects, 'CronJob', cronJob).spec.jobTemplate.spec.template.spec;
  const all = [...(spec.initContainers ?? []), ...spec.containers];
  const found = all.find((c: any) => c.name === container);
  if (!found) throw new Error(`CronJob ${cronJob} has no container ${container} (has ${all.map((c: any) => c.name).join(', ')})`);
  return found;
}

/**
 * The container's environment with `overrides` applied. Every override must name a
 * variable the manifest sets (a test cannot invent inputs the cluster would not give),
 * and every secret reference must be overridden.
 */
export function containerEnv(container: any, overrides: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  const names = new Set<string>();
  for (const e of container.env ?? []) {
    names.add(e.name);
    if (e.name in overrides) env[e.name] = overrides[e.name];
    else if (e.valueFrom) throw new Error(`${container.name}: ${e.name} comes from ${JSON.stringify(e.valueFrom)}; the test must supply it`);
    else env[e.name] = e.value ?? '';
  }
  for (const name of Object.keys(overrides)) {
    if (!names.has(name)) throw new Error(`${container.name}: the manifest sets no ${name} (it sets ${[...names].join(', ')})`);
  }
  return env;
}

/** The container's command with its /scripts path pointing at `scriptsDir`. */
export function commandOf(container: any, scriptsDir: string): [string, string[]] {
  const [cmd, ...args] = container.command as string[];
  return [cmd, args.map((a) => a.replace(/^\/scripts\//, `${scriptsDir}/`))];
}

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a container's command to completion. `base` holds what the image provides (PATH). */
export function runContainer(container: any, scriptsDir: string, env: Record<string, string>, base: Record<string, string> = { PATH: process.env.PATH ?? '' }): RunResult {
  const [cmd, args] = commandOf(container, scriptsDir);
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...base, ...env }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts a container's command in its own process group (so a test can kill it all). */
export function startContainer(container: any, scriptsDir: string, env: Record<string, string>, base: Record<string, string>) {
  const [cmd, args] = commandOf(container, scriptsDir);
  const options: SpawnOptions = { env: { ...base, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] };
  return spawn(cmd, args, options);
}

/** Files in a directory, sorted, without hidden ones. */
export function listDir(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => !f.startsWith('.')).sort();
}

/** `YYYYmmddTHHMMSSZ`, the stamp the backup scripts put in file names, `daysAgo` days before now. */
export function stampDaysAgo(daysAgo: number): string {
  return new Date(Date.now() - daysAgo * 86_400_000).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** The pod spec of a CronJob's jobs. */
export function jobPod(objects: K8sObject[], cronJob: string): any {
  return find(objects, 'CronJob', cronJob).spec.jobTemplate.spec.template.spec;
}

/**
 * Stand-ins for the volumes a container of a CronJob mounts, for the env values that point
 * into them: a Secret volume becomes a directory holding `secrets[secretName][key]` as files
 * of mode 0440 (what the kubelet writes under an fsGroup), an emptyDir a new empty directory.
 * Returns the env overrides, with those values rewritten, and the directories to remove.
 * A Secret the container mounts but `secrets` does not give is an error.
 */
export function mountedFiles(
  objects: K8sObject[],
  cronJob: string,
  containerName: string,
  secrets: Record<string, Record<string, string>>,
): { env: Record<string, string>; dirs: string[] } {
  const pod = jobPod(objects, cronJob);
  const c = jobContainer(objects, cronJob, containerName);
  const dirs: string[] = [];
  const replaced = new Map<string, string>();
  for (const m of c.volumeMounts ?? []) {
    const v = pod.volumes.find((x: any) => x.name === m.name);
    if (!v.secret && !v.emptyDir) continue;
    const dir = tempDir(`mount-${m.name}`);
    dirs.push(dir);
    fs.chmodSync(dir, 0o755);
    if (v.secret) {
      const values = secrets[v.secret.secretName];
      if (!values) throw new Error(`${containerName} mounts Secret ${v.secret.secretName}; the test must give its values`);
      for (const [key, value] of Object.entries(values)) fs.writeFileSync(path.join(dir, key), value, { mode: 0o440 });
    }
    replaced.set(m.mountPath, dir);
  }
  const env: Record<string, string> = {};
  for (const e of c.env ?? []) {
    for (const [mount, dir] of replaced) {
      if (e.value === mount || e.value?.startsWith(`${mount}/`)) env[e.name] = dir + e.value.slice(mount.length);
    }
  }
  return { env, dirs };
}
