import { z } from 'zod';
import { cronSchedule, dnsLabel, email, hostName, imageTag, positiveInt, quantity, timeZone } from './validators';

// The one source of the configuration's types, defaults and descriptions.
// config/base.yaml and config/environments/<env>.yaml are merged over these defaults
// and parsed by config/load.ts; docs/configuration.md is generated from this file.

/** A third-party image with a pinned default tag. */
const image = (repository: string, tag: string) =>
  z
    .strictObject({
      repository: z.string().min(1).default(repository).describe('Image repository, without tag.'),
      tag: imageTag().default(tag).describe('Pinned image tag (never latest).'),
    })
    .prefault({})
    .describe('Container image.');

/** The app's own image: no default tag, base.yaml or the environment file names the release. */
const releaseImage = (repository: string) =>
  z
    .strictObject({
      repository: z.string().min(1).default(repository).describe('Image repository, without tag.'),
      tag: imageTag().describe('Pinned image tag of the release (never latest).'),
    })
    .describe('Container image.');

const resources = (requests: { cpu: string; memory: string }, limits: { cpu: string; memory: string }) =>
  z
    .strictObject({
      requests: z
        .strictObject({
          cpu: quantity().default(requests.cpu).describe('CPU request.'),
          memory: quantity().default(requests.memory).describe('Memory request.'),
        })
        .prefault({}),
      limits: z
        .strictObject({
          cpu: quantity().default(limits.cpu).describe('CPU limit.'),
          memory: quantity().default(limits.memory).describe('Memory limit.'),
        })
        .prefault({}),
    })
    .prefault({})
    .describe('Container resource requests and limits.');

const storage = (size: string) =>
  z
    .strictObject({
      size: quantity().default(size).describe('Volume size.'),
      storageClassName: z
        .string()
        .optional()
        .describe('StorageClass of the volume; unset uses the cluster default.'),
    })
    .prefault({});

const topologySpread = z
  .strictObject({
    maxSkew: positiveInt().default(1).describe('Largest allowed difference in pod count between nodes or zones.'),
    nodes: z
      .enum(['DoNotSchedule', 'ScheduleAnyway'])
      .default('DoNotSchedule')
      .describe('What the scheduler does when spreading across nodes cannot be met.'),
    zones: z
      .enum(['DoNotSchedule', 'ScheduleAnyway'])
      .default('ScheduleAnyway')
      .describe('What the scheduler does when spreading across zones cannot be met.'),
  })
  .prefault({})
  .describe('Topology spread of the app pods across nodes and zones.');

const appSettings = z
  .strictObject({
    llmProvider: z.enum(['groq', 'openai', 'ollama']).default('groq').describe('LLM_PROVIDER.'),
    groqModel: z.string().min(1).default('mixtral-8x7b-32768').describe('GROQ_MODEL.'),
    logLevel: z.enum(['DEBUG', 'INFO', 'WARNING', 'ERROR']).default('INFO').describe('LOG_LEVEL.'),
    debug: z.boolean().default(false).describe('DEBUG.'),
    maxFileSizeMb: positiveInt().default(10).describe('MAX_FILE_SIZE_MB; also sets the Ingress body size limit.'),
    allowedFileTypes: z
      .array(z.string().regex(/^\.[a-z0-9]+$/, { error: 'must be a file extension such as .pdf' }))
      .min(1)
      .default(['.txt', '.pdf', '.md', '.json', '.yaml', '.yml', '.py', '.js', '.html', '.css'])
      .describe('ALLOWED_FILE_TYPES.'),
    embeddingCacheSize: positiveInt().default(5000).describe('EMBEDDING_CACHE_SIZE.'),
    embeddingCacheTtlSeconds: positiveInt().default(3600).describe('EMBEDDING_CACHE_TTL.'),
    queryCacheSize: positiveInt().default(100).describe('QUERY_CACHE_SIZE.'),
    queryCacheTtlSeconds: positiveInt().default(1800).describe('QUERY_CACHE_TTL.'),
    queryCacheSimilarityThreshold: z
      .number()
      .min(0, { error: 'must be >= 0' })
      .max(1, { error: 'must be <= 1' })
      .default(0.95)
      .describe('QUERY_CACHE_SIMILARITY_THRESHOLD.'),
    rateLimitRequestsPerMinute: positiveInt().default(60).describe('RATE_LIMIT_REQUESTS_PER_MINUTE; the Ingress enforces the same per-client limit.'),
    rateLimitBurst: positiveInt().default(10).describe('RATE_LIMIT_BURST; the Ingress allows the same burst.'),
    chromaCollectionName: z.string().min(1).default('api_docs').describe('CHROMA_COLLECTION_NAME.'),
  })
  .prefault({})
  .describe('Application settings rendered into the app ConfigMap.');

const autoscaling = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Create a HorizontalPodAutoscaler; the Deployment then has no replicas field.'),
    minReplicas: positiveInt().default(2).describe('HPA minimum replicas.'),
    maxReplicas: positiveInt().default(10).describe('HPA maximum replicas.'),
    targetCpuUtilizationPercent: z
      .number()
      .int()
      .min(10, { error: 'must be >= 10' })
      .max(100, { error: 'must be <= 100' })
      .default(75)
      .describe('Average CPU utilisation (percent of requests) the HPA aims for.'),
  })
  .prefault({})
  .superRefine((a, ctx) => {
    if (a.maxReplicas < a.minReplicas) {
      ctx.addIssue({ code: 'custom', path: ['maxReplicas'], message: `must be >= minReplicas (${a.minReplicas})` });
    }
  });

const app = z
  .strictObject({
    image: releaseImage('ghcr.io/example/api-integration-assistant'),
    replicas: z
      .number()
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must be >= 0' })
      .default(2)
      .describe('Replicas when autoscaling is off.'),
    autoscaling,
    resources: resources({ cpu: '250m', memory: '512Mi' }, { cpu: '1', memory: '1Gi' }),
    maxUnavailable: positiveInt().default(1).describe('PodDisruptionBudget maxUnavailable (a PDB exists when 2 or more replicas run).'),
    topologySpread,
    settings: appSettings,
    migration: z
      .strictObject({
        command: z.array(z.string().min(1)).min(1).default(['alembic', 'upgrade', 'head']).describe('Schema migration command run from the app image.'),
        activeDeadlineSeconds: positiveInt().default(600).describe('Time limit of the migration Job.'),
        backoffLimit: z.number().int().min(0).default(2).describe('Retries of the migration Job.'),
      })
      .prefault({})
      .describe('Database schema migration Job.'),
  })
  .describe('The API Integration Assistant web app.');

const ingress = z
  .strictObject({
    className: z.string().min(1).default('nginx').describe('IngressClass name.'),
    controllerNamespace: dnsLabel().default('ingress-nginx').describe('Namespace of the ingress controller, admitted to the app by NetworkPolicy.'),
    host: hostName().optional().describe('Public host; default `<domain>` for production tier, `<env>.<domain>` otherwise.'),
    clusterIssuer: z
      .enum(['letsencrypt-staging', 'letsencrypt-production'])
      .optional()
      .describe('cert-manager ClusterIssuer; default letsencrypt-production for production tier, letsencrypt-staging otherwise.'),
    websocketTimeoutSeconds: positiveInt().default(3600).describe('Proxy read/send timeout, long enough for Streamlit websockets.'),
    hstsMaxAgeSeconds: positiveInt().default(31536000).describe('Strict-Transport-Security max-age.'),
  })
  .prefault({})
  .describe('Public entry point (ingress-nginx + cert-manager).');

const remoteKey = (key: string) =>
  z
    .strictObject({
      key: z.string().min(1).default(key).describe('Key in the external secret store.'),
      property: z.string().min(1).optional().describe('Property within the key, for JSON secrets.'),
    })
    .prefault({});

const secrets = z
  .strictObject({
    mode: z
      .enum(['external-secrets', 'existing'])
      .default('external-secrets')
      .describe('external-secrets: ExternalSecret objects fill the Secrets; existing: an operator creates them by hand.'),
    storeName: dnsLabel().default('llm-stack').describe('ClusterSecretStore the ExternalSecrets read from.'),
    refreshInterval: z
      .string()
      .regex(/^\d+(s|m|h)$/, { error: 'must be a duration such as 30m or 1h' })
      .default('1h')
      .describe('How often external-secrets re-reads the store.'),
    remoteKeys: z
      .strictObject({
        groqApiKey: remoteKey('llm-stack/groq-api-key').describe('GROQ_API_KEY.'),
        postgresPassword: remoteKey('llm-stack/postgres-password').describe('Password of the app database user.'),
        postgresSuperuserPassword: remoteKey('llm-stack/postgres-superuser-password').describe('Password of the postgres superuser.'),
        backupS3AccessKeyId: remoteKey('llm-stack/backup-s3').describe('Access key id for off-site backups.'),
        backupS3SecretAccessKey: remoteKey('llm-stack/backup-s3').describe('Secret access key for off-site backups.'),
      })
      .prefault({}),
  })
  .prefault({})
  .describe('Where Secret values come from. dist/ never holds a secret value.');

const platform = z
  .strictObject({
    quota: z
      .strictObject({
        requestsCpu: quantity().default('8').describe('ResourceQuota requests.cpu.'),
        requestsMemory: quantity().default('16Gi').describe('ResourceQuota requests.memory.'),
        limitsCpu: quantity().default('16').describe('ResourceQuota limits.cpu.'),
        limitsMemory: quantity().default('32Gi').describe('ResourceQuota limits.memory.'),
        requestsStorage: quantity().default('200Gi').describe('ResourceQuota requests.storage.'),
        persistentVolumeClaims: positiveInt().default(10).describe('ResourceQuota persistentvolumeclaims.'),
        pods: positiveInt().default(50).describe('ResourceQuota pods.'),
      })
      .prefault({}),
    dns: z
      .strictObject({
        namespace: dnsLabel().default('kube-system').describe('Namespace of the cluster DNS pods.'),
        podLabels: z.record(z.string(), z.string()).default({ 'k8s-app': 'kube-dns' }).describe('Labels of the cluster DNS pods.'),
      })
      .prefault({})
      .describe('Cluster DNS, the one egress every pod is allowed.'),
    containerDefaults: resources({ cpu: '100m', memory: '128Mi' }, { cpu: '500m', memory: '512Mi' }).describe(
      'LimitRange defaults for a container that sets no resources.',
    ),
  })
  .prefault({})
  .describe('Namespace guard rails.');

const chroma = z
  .strictObject({
    image: image('chromadb/chroma', '1.0.15'),
    resources: resources({ cpu: '250m', memory: '512Mi' }, { cpu: '1', memory: '2Gi' }),
    storage: storage('10Gi').describe('The /data volume.'),
  })
  .prefault({})
  .describe('Chroma vector database (one replica).');

const postgres = z
  .strictObject({
    image: image('postgres', '17.6-bookworm'),
    database: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, { error: 'must be a lower-case SQL identifier' })
      .default('assistant')
      .describe('Database the app uses.'),
    user: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, { error: 'must be a lower-case SQL identifier' })
      .refine((u) => !['postgres', 'metrics'].includes(u), { error: 'must not be a reserved role (postgres, metrics)' })
      .default('assistant')
      .describe('Role the app logs in as (owner of the database, not a superuser).'),
    maxConnections: z.number().int().min(10, { error: 'must be >= 10' }).max(10000, { error: 'must be <= 10000' }).default(100).describe('max_connections.'),
    sharedBuffers: z
      .string()
      .regex(/^\d+(kB|MB|GB)$/, { error: 'must be a PostgreSQL size such as 128MB' })
      .default('256MB')
      .describe('shared_buffers (about a quarter of the memory limit).'),
    resources: resources({ cpu: '250m', memory: '1Gi' }, { cpu: '2', memory: '2Gi' }),
    storage: storage('20Gi').describe('The data volume (volumeClaimTemplate).'),
    exporter: z
      .strictObject({
        image: image('quay.io/prometheuscommunity/postgres-exporter', 'v0.17.1'),
        resources: resources({ cpu: '50m', memory: '64Mi' }, { cpu: '200m', memory: '128Mi' }),
      })
      .prefault({})
      .describe('postgres-exporter sidecar (port 9187).'),
  })
  .prefault({})
  .describe('PostgreSQL (official image, one primary).');

const monitoring = z
  .strictObject({
    prometheusNamespace: dnsLabel().default('monitoring').describe('Namespace of Prometheus, admitted to metrics ports by NetworkPolicy.'),
  })
  .prefault({})
  .describe('Prometheus Operator integration.');

const backup = z
  .strictObject({
    schedule: cronSchedule().default('0 2 * * *').describe('When the daily backups run (cron, five fields).'),
    timeZone: timeZone().default('Etc/UTC').describe('Time zone of the backup schedules (CronJob spec.timeZone).'),
    retentionDays: positiveInt().default(30).describe('Days a backup is kept; the newest good backup is always kept.'),
  })
  .prefault({})
  .describe('Backups of PostgreSQL and Chroma.');

export const environmentSchema = z
  .strictObject({
    tier: z
      .enum(['development', 'staging', 'production'])
      .default('production')
      .describe('Kind of environment; production forbids zero replicas and selects the production ACME issuer.'),
    namespace: dnsLabel().optional().describe('Namespace of the environment; default `llm-stack-<env>`.'),
    domain: hostName().default('example.com').describe('Base DNS domain.'),
    ingress,
    secrets,
    platform,
    app,
    chroma,
    postgres,
    backup,
    monitoring,
  })
  .superRefine((env, ctx) => {
    if (env.tier === 'production' && !env.app.autoscaling.enabled && env.app.replicas < 1) {
      ctx.addIssue({ code: 'custom', path: ['app', 'replicas'], message: 'must be >= 1 in a production-tier environment' });
    }
  });

/** Settings shared by the whole cluster, not by one environment (config/cluster.yaml). */
export const clusterSchema = z.strictObject({
  acme: z
    .strictObject({
      email: email().describe('E-mail address Let\'s Encrypt sends expiry notices to.'),
      ingressClassName: z.string().min(1).default('nginx').describe('IngressClass that solves ACME HTTP-01 challenges.'),
    })
    .describe('cert-manager ClusterIssuers for Let\'s Encrypt.'),
});

export type EnvironmentInput = z.input<typeof environmentSchema>;
export type ParsedEnvironment = z.output<typeof environmentSchema>;
export type ClusterConfig = z.output<typeof clusterSchema>;

/** An environment after parsing, with the values derived from its name filled in. */
export interface EnvironmentConfig extends ParsedEnvironment {
  /** Environment name, from the file name (`config/environments/<name>.yaml`). */
  readonly name: string;
  readonly namespace: string;
  readonly ingress: ParsedEnvironment['ingress'] & {
    readonly host: string;
    readonly clusterIssuer: 'letsencrypt-staging' | 'letsencrypt-production';
  };
}

export type AppConfig = EnvironmentConfig['app'];
export type IngressConfig = EnvironmentConfig['ingress'];
export type SecretsConfig = EnvironmentConfig['secrets'];
export type PlatformConfig = EnvironmentConfig['platform'];
export type ChromaConfig = EnvironmentConfig['chroma'];
export type PostgresConfig = EnvironmentConfig['postgres'];
export type ResourcesConfig = AppConfig['resources'];
