import * as fs from 'fs';
import * as path from 'path';
import { which } from '../support/tools';

export { readManifests } from './manifests';
export { PodNode, PodFailure } from './runner';
export { Stack } from './stack';
export { PrometheusServer, metricNames } from './prometheus';

/** dist/ by default; PODRUNNER_DIST=<folder with <env>/ inside> runs the harness on another rendering (e.g. an old one). */
export function distDir(env: string): string {
  return path.join(process.env.PODRUNNER_DIST ?? path.resolve(__dirname, '..', '..', 'dist'), env);
}

/** What the runner needs on this machine, or undefined when all is there. */
export function missingTools(): string | undefined {
  if (process.getuid?.() !== 0) return 'root (mount namespaces)';
  for (const t of ['unshare', 'nsenter', 'setpriv', 'ip', 'nft', 'curl', 'prometheus-postgres-exporter', 'prometheus']) if (!which(t)) return t;
  if (!fs.existsSync('/usr/lib/postgresql/15/bin/postgres')) return 'PostgreSQL 15 server binaries';
  return undefined;
}
