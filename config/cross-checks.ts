import { ClusterConfig, EnvironmentConfig } from './schema';

// Checks that need more than one environment, the cluster settings too, or the raw files
// (to see what a person wrote rather than what the defaults filled in). config/load.ts
// runs them after parsing. Errors and warnings read `config[<env>].<path>: ..., got <value>`.

export interface CrossCheckInput {
  readonly cluster: ClusterConfig;
  readonly environments: readonly EnvironmentConfig[];
  /** Per environment, its base.yaml and environment file merged: what people wrote. */
  readonly written: Readonly<Record<string, unknown>>;
}

export interface CrossCheckResult {
  readonly errors: string[];
  readonly warnings: string[];
}

const show = (v: unknown) => JSON.stringify(v);

export function crossCheck(input: CrossCheckInput): CrossCheckResult {
  const errors = [...uniqueHosts(input.environments), ...reservedNamespaces(input)];
  if (!input.cluster.example) errors.push(...placeholders(input));
  const warnings = input.environments.flatMap((env) => noEffect(env, input.written[env.name]));
  if (input.cluster.example) warnings.unshift(EXAMPLE_WARNING);
  return { errors, warnings };
}

export const EXAMPLE_WARNING =
  'config[cluster].example: true: dist/ is the runnable example, with placeholder domains, buckets, repositories and e-mail (example.com, ghcr.io/example/...); set your own and remove example: true from config/cluster.yaml before deploying';

// --- names that must be unique or unreserved ---

function uniqueHosts(environments: readonly EnvironmentConfig[]): string[] {
  const seen = new Map<string, string>();
  const errors: string[] = [];
  for (const env of environments) {
    const other = seen.get(env.ingress.host);
    if (other) errors.push(`config[${env.name}].ingress.host: must differ from environment ${other}'s (one Ingress host, one certificate per environment), got ${show(env.ingress.host)}`);
    else seen.set(env.ingress.host, env.name);
  }
  return errors;
}

function reservedNamespaces({ cluster, environments }: CrossCheckInput): string[] {
  return environments.flatMap((env) => {
    const reserved: [string, string][] = [
      [cluster.argocd.namespace, "Argo CD's namespace (argocd.namespace)"],
      [env.monitoring.prometheusNamespace, "Prometheus' namespace (monitoring.prometheusNamespace)"],
      [env.ingress.controllerNamespace, "the ingress controller's namespace (ingress.controllerNamespace)"],
      ...(env.edge.kind === 'gateway-api' ? ([[env.edge.gatewayApi.dataPlaneNamespace, "the Gateway's data-plane namespace (edge.gatewayApi.dataPlaneNamespace)"]] as [string, string][]) : []),
      [env.platform.dns.namespace, "the cluster DNS namespace (platform.dns.namespace)"],
    ];
    const hit = reserved.find(([ns]) => ns === env.namespace);
    return hit ? [`config[${env.name}].namespace: must not be ${hit[1]}: the environment's quota, default-deny policies and pruning would hit it, got ${show(env.namespace)}`] : [];
  });
}

// --- placeholders: RFC 2606 and RFC 6761 names, refused in production-tier environments ---

/** example.com/.net/.org and the special-use top-level names example, invalid, test, local, localhost. */
export function isPlaceholderDomain(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return /(^|\.)example\.(com|net|org)$/.test(h) || /(^|\.)(example|invalid|test|local|localhost)$/.test(h);
}

/** A URL or image repository on a placeholder host, or under the placeholder owner `example/`. */
export function isPlaceholderLocation(location: string): boolean {
  const withoutScheme = location.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^[^@/]*@/, '');
  const [host, owner] = withoutScheme.split(/[/:]/);
  return isPlaceholderDomain(host) || owner === 'example' || (!host.includes('.') && host === 'example');
}

const isPlaceholderBucket = (bucket: string) => isPlaceholderDomain(bucket) || /^example([.-]|$)/.test(bucket);

const ALLOWED =
  'must not be a placeholder in a production-tier environment (example.com, .net, .org, *.example, *.invalid, *.test, *.local, *.localhost per RFC 2606/6761, or an example/ owner): set the real value, or mark the whole repository as the example with example: true in config/cluster.yaml';

function placeholders({ cluster, environments }: CrossCheckInput): string[] {
  const production = environments.filter((e) => e.tier === 'production');
  const errors = production.flatMap((env) => {
    const offsite = env.backup.offsite;
    const checks: [string, string | undefined, (v: string) => boolean][] = [
      ['domain', env.domain, isPlaceholderDomain],
      ['ingress.host', env.ingress.host, isPlaceholderDomain],
      ['app.image.repository', env.app.image.repository, isPlaceholderLocation],
      ['monitoring.runbookBaseUrl', env.monitoring.runbookBaseUrl, isPlaceholderLocation],
      ['backup.offsite.endpoint', offsite.enabled ? offsite.endpoint : undefined, isPlaceholderLocation],
      ['backup.offsite.bucket', offsite.enabled ? offsite.bucket : undefined, isPlaceholderBucket],
    ];
    return checks.filter(([, v, bad]) => v !== undefined && bad(v)).map(([p, v]) => `config[${env.name}].${p}: ${ALLOWED}, got ${show(v)}`);
  });
  if (production.length === 0) return errors;
  // Cluster-wide values every environment relies on, the production ones included.
  const names = production.map((e) => e.name).join(', ');
  const email = cluster.acme.email;
  if (isPlaceholderDomain(email.slice(email.lastIndexOf('@') + 1))) {
    errors.push(`config[cluster].acme.email: ${ALLOWED} (Let's Encrypt refuses it; production-tier: ${names}), got ${show(email)}`);
  }
  if (isPlaceholderLocation(cluster.argocd.repoURL)) errors.push(`config[cluster].argocd.repoURL: ${ALLOWED} (production-tier: ${names}), got ${show(cluster.argocd.repoURL)}`);
  return errors;
}

// --- settings that do nothing in the current mode: warnings synth prints ---

function has(raw: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), raw);
}

function noEffect(env: EnvironmentConfig, written: unknown): string[] {
  const rules: [boolean, string[], string][] = [
    [!env.backup.offsite.enabled, ['endpoint', 'bucket', 'region', 'prefix', 'credentialsSecret', 'egressCidrs', 'image'].map((k) => `backup.offsite.${k}`), 'backup.offsite.enabled is false'],
    [
      env.backup.chroma.mode !== 'snapshot',
      ['volumeSnapshotClassName', 'snapshotReadyTimeoutSeconds', 'kubectlImage'].map((k) => `backup.chroma.${k}`),
      `backup.chroma.mode is ${env.backup.chroma.mode} (they are for snapshot mode)`,
    ],
    [
      env.backup.chroma.mode !== 'unsafe-live-archive',
      ['backup.chroma.storage'],
      `backup.chroma.mode is ${env.backup.chroma.mode} (the chroma-backup volume is for unsafe-live-archive mode; exports go to the postgresql-backup volume)`,
    ],
    [env.app.autoscaling.enabled, ['app.replicas'], 'app.autoscaling.enabled is true (the HorizontalPodAutoscaler sets the replicas)'],
    [!env.app.autoscaling.enabled, ['minReplicas', 'maxReplicas', 'targetCpuUtilizationPercent'].map((k) => `app.autoscaling.${k}`), 'app.autoscaling.enabled is false'],
    [env.secrets.mode === 'existing', ['secrets.storeName', 'secrets.refreshInterval', 'secrets.remoteKeys'], 'secrets.mode is existing (they are for external-secrets mode)'],
    [env.edge.kind === 'ingress-nginx', ['edge.gatewayApi'], 'edge.kind is ingress-nginx (it is for gateway-api)'],
    [env.edge.kind === 'gateway-api', ['ingress.className', 'ingress.controllerNamespace'], 'edge.kind is gateway-api (they are ingress-nginx\'s)'],
  ];
  return rules.flatMap(([inactive, paths, why]) =>
    inactive ? paths.filter((p) => has(written, p) !== undefined).map((p) => `config[${env.name}].${p}: has no effect while ${why}; remove it, got ${show(has(written, p))}`) : [],
  );
}

/** A value with any `user:password@` in a URL replaced, for messages that echo what they got. */
export function redactCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/?#@\s"]*@/gi, '$1***@');
}
