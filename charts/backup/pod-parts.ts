import { k8s } from 'cdk8s-plus-27';
import { scratchVolume } from '../../lib/workload';
import { SCRIPT_FILES, ScriptName } from '../../scripts';
import { BACKUP_NAMES, SCRIPTS_DIR } from './names';

// Volumes, mounts and commands that every backup pod shares.

/** The file name a script has in the ConfigMap (and so under /scripts). */
export function scriptFile(name: ScriptName): string {
  return SCRIPT_FILES[name].split('/').pop()!;
}

/** The command that runs script `name` from the scripts ConfigMap. */
export function runScript(name: ScriptName): string[] {
  return ['bash', `${SCRIPTS_DIR}/${scriptFile(name)}`];
}

export const scriptsVolume: k8s.Volume = { name: 'scripts', configMap: { name: BACKUP_NAMES.scripts, defaultMode: 0o444 } };
export const scriptsMount: k8s.VolumeMount = { name: 'scripts', mountPath: SCRIPTS_DIR, readOnly: true };
export const tmpMount: k8s.VolumeMount = { name: 'tmp', mountPath: '/tmp' };
export const tmpVolume = (): k8s.Volume => scratchVolume('tmp');

export function present<T>(x: T | undefined): T[] {
  return x === undefined ? [] : [x];
}

/** The TCP port of an http(s) URL. */
export function endpointPort(url: string): number {
  const u = new URL(url);
  return u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80;
}

/**
 * Jobs that talk to the API server do not automount the token (automountServiceAccountToken
 * stays false on every pod): they mount the same projected volume explicitly, with a
 * one-hour token.
 */
export function serviceAccountToken(): k8s.Volume {
  return {
    name: 'kube-api-access',
    projected: {
      defaultMode: 0o444,
      sources: [
        { serviceAccountToken: { path: 'token', expirationSeconds: 3600 } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardApi: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
    },
  };
}
